import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { useQuery } from '../../api/use-query.ts';
import { confirmDelete } from '../../components/confirm-delete.tsx';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { FieldList } from '../../components/FieldList.tsx';
import { formatHours } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useCourseMap, useFacultyMap, useSemesters } from '../../lookups/use-lookups.ts';
import { ClassFlags } from './ClassFlags.tsx';
import { ClassForm } from './ClassForm.tsx';
import { deleteClassWithSessions } from './class-edits.ts';
import { SessionTable } from './SessionTable.tsx';
import { classTexts as t } from './texts.ts';
import { RouteLink } from '../../components/RouteLink.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { useCan } from '../auth/use-can.ts';

/** One class: its fields and its sessions. */
export function ClassDetailPage() {
  const id = useParams().id!;
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const canEdit = useCan('classes.update');
  const { data: cls, error, refetch } = useQuery('classes.get', { id });
  const { data: sessions } = useQuery('sessions.list', { class: id, limit: MAX_PAGE });
  const courses = useCourseMap();
  const faculty = useFacultyMap();
  const semester = useSemesters().find((s) => s.id === cls?.semester);

  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!cls) return <Loading />;
  const rows = sessions?.rows ?? [];

  const remove = () =>
    confirmDelete({
      title: t.deleteTitle,
      message: t.deleteMessage(cls.name, rows.length),
      onConfirm: async () => {
        try {
          await deleteClassWithSessions(cls, rows, t.undoDelete(cls.name));
          notifySaved(t.deleted(cls.name));
          navigate('/classes');
        } catch (e) {
          notifyError(commonTexts.deleteFailed, e);
        }
      },
    });

  return (
    <Stack gap="md">
      <BackLink to="/classes" label={t.backToList} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} fz={22}>
              {cls.name}
            </Title>
            <ClassFlags cls={cls} />
          </Group>
          <Text c="dimmed" size="sm">
            {cls.id}
          </Text>
        </Stack>
        {canEdit && (
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {commonTexts.edit}
            </Button>
            <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
              {commonTexts.delete}
            </Button>
          </Group>
        )}
      </Group>
      <Paper withBorder p="md">
        <FieldList
          items={[
            { label: t.fields.semester, value: semester ? <RouteLink to={`/planner/${encodeURIComponent(semester.id)}`}>{semester.name}</RouteLink> : cls.semester },
            { label: t.fields.start, value: cls.start ?? t.unknown },
            { label: t.fields.end, value: cls.end ?? t.unknown },
            { label: t.fields.traineeCount, value: cls.traineeCount === null ? t.unknown : t.persons(cls.traineeCount) },
          ]}
        />
      </Paper>
      <Group justify="space-between" align="baseline">
        <Title order={3} fz={18}>
          {t.sessionsTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {t.totals(rows.length, formatHours(rows.reduce((h, s) => h + s.hours, 0)))}
        </Text>
      </Group>
      {sessions && rows.length === 0 ? (
        <EmptyHint icon={<IconCalendarOff />} title={t.sessionsEmptyTitle} description={t.sessionsEmptyDescription} />
      ) : (
        <Paper withBorder>
          <SessionTable rows={rows} courses={courses} faculty={faculty} />
        </Paper>
      )}
      {editing && <ClassForm cls={cls} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
