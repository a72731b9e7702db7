import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { useQuery } from '../../api/use-query.ts';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { DetailHeader } from '../../components/DetailHeader.tsx';
import { EditButton } from '../../components/EditButton.tsx';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { FieldList } from '../../components/FieldList.tsx';
import { formatHours } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { useCourseMap, useFacultyMap, useSemesters } from '../../lookups/use-lookups.ts';
import { ClassFlags } from './ClassFlags.tsx';
import { ClassForm } from './ClassForm.tsx';
import { deleteWithDependents } from '../../undo/record-edits.ts';
import { SessionTable } from './SessionTable.tsx';
import { classTexts as t } from './texts.ts';
import { RouteLink } from '../../components/RouteLink.tsx';
import { useCan } from '../auth/use-can.ts';

/** One class: its fields and its sessions. */
export function ClassDetailPage() {
  const id = useParams().id!;
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

  return (
    <Stack gap="md">
      <DetailHeader back={{ to: '/classes', label: t.backToList }} title={cls.name} badges={<ClassFlags cls={cls} />} id={cls.id}>
        {canEdit && (
          <>
            <EditButton onClick={() => setEditing(true)} />
            <DeleteButton
              ask={{ title: t.deleteTitle, message: t.deleteMessage(cls.name, rows.length) }}
              remove={() => deleteWithDependents('classes', cls, 'sessions', rows, t.undoDelete(cls.name))}
              deleted={t.deleted(cls.name)}
              then="/classes"
            />
          </>
        )}
      </DetailHeader>
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
