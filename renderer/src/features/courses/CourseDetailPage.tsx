import { Alert, Button, Paper, Stack } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { CATEGORY_LABELS, FORM_LABELS, METHOD_LABELS } from '../../../../shared/domain/enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { DetailHeader } from '../../components/DetailHeader.tsx';
import { EditButton } from '../../components/EditButton.tsx';
import { FieldList } from '../../components/FieldList.tsx';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { Section } from '../../components/Section.tsx';
import { commonTexts } from '../../components/texts.ts';
import { updateRecord } from '../../undo/record-edits.ts';
import { CourseBadges } from './CourseBadges.tsx';
import { deleteCourse } from './course-edits.ts';
import { CourseForm } from './CourseForm.tsx';
import { CourseUsage } from './CourseUsage.tsx';
import { RevisionForm } from './RevisionForm.tsx';
import { RevisionList } from './RevisionList.tsx';
import { courseTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

/** One course: its fields, where it is taught, and its substantial revisions. */
export function CourseDetailPage() {
  const id = useParams().id!;
  const [editing, setEditing] = useState(false);
  const canEdit = useCan('courses.update');
  const [revising, setRevising] = useState(false);
  const { data: course, error, refetch } = useQuery('courses.get', { id });
  const usage = useQuery('courses.usage', { id });
  const revisions = useQuery('courses.revisions', { id });

  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!course) return <Loading />;

  const toggleRetired = async () => {
    const retired = !course.retired;
    try {
      await updateRecord('courses', course, { ...course, retired }, retired ? t.undoRetire(course.title) : t.undoReinstate(course.title));
      notifySaved(retired ? t.retired(course.title) : t.reinstated(course.title));
    } catch (e) {
      notifyError(commonTexts.saveFailed, e);
    }
  };

  return (
    <Stack gap="md">
      <DetailHeader back={{ to: '/courses', label: t.backToList }} title={course.title} badges={<CourseBadges course={course} />} id={course.id}>
        {canEdit && (
          <>
            <EditButton onClick={() => setEditing(true)} />
            <Button variant="default" leftSection={course.retired ? <IconArchiveOff size={16} /> : <IconArchive size={16} />} onClick={toggleRetired}>
              {course.retired ? t.reinstate : t.retire}
            </Button>
            <DeleteButton
              ask={{ title: t.deleteTitle, message: t.deleteMessage(course.title) }}
              remove={() => deleteCourse(course, t.undoDelete(course.title))}
              deleted={t.deleted(course.title)}
              refused={t.deleteRefused}
              then="/courses"
            />
          </>
        )}
      </DetailHeader>
      {course.retired && <Alert color="gray">{t.retiredNote}</Alert>}
      <Paper withBorder p="md">
        <FieldList
          items={[
            { label: t.fields.category, value: course.category ? CATEGORY_LABELS[course.category] : t.fields.unset },
            { label: t.fields.method, value: course.method ? METHOD_LABELS[course.method] : t.fields.unset },
            { label: t.fields.form, value: course.form ? FORM_LABELS[course.form] : t.fields.unset },
            { label: t.fields.isCase, value: course.isCase ? t.yes : t.no },
            { label: t.fields.firstOfferedYear, value: course.firstOfferedYear ?? t.none },
            { label: t.fields.revisedYears, value: course.revisedYears.length ? course.revisedYears.join('、') : t.none },
          ]}
        />
      </Paper>
      <Section title={t.usage.title}>
        {usage.error ? <QueryError error={usage.error} onRetry={usage.refetch} /> : usage.data ? <CourseUsage usage={usage.data} /> : <Loading />}
      </Section>
      <Section title={t.revisions.title} hint={t.revisions.hint}>
        {revisions.data ? <RevisionList course={course.id} title={course.title} revisions={revisions.data} editable={canEdit} /> : <Loading />}
        {canEdit && (
          <Button mt="md" variant="light" leftSection={<IconPlus size={16} />} onClick={() => setRevising(true)}>
            {t.revisions.add}
          </Button>
        )}
      </Section>
      {editing && <CourseForm course={course} onClose={() => setEditing(false)} />}
      {revising && <RevisionForm course={course.id} title={course.title} existing={revisions.data ?? []} onClose={() => setRevising(false)} />}
    </Stack>
  );
}
