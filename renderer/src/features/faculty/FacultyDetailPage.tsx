import { Badge, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { FACULTY_TYPE_LABELS } from '../../../../shared/domain/enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { useClassNames } from '../../lookups/use-lookups.ts';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { DetailHeader } from '../../components/DetailHeader.tsx';
import { EditButton } from '../../components/EditButton.tsx';
import { FieldList } from '../../components/FieldList.tsx';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { Section } from '../../components/Section.tsx';
import { deleteRecord } from '../../undo/record-edits.ts';
import { FacultyForm } from './FacultyForm.tsx';
import { TaughtSessions } from './TaughtSessions.tsx';
import { facultyTexts as t } from './texts.ts';
import { WorkloadTable } from './WorkloadTable.tsx';
import { useCan } from '../auth/use-can.ts';

/** One lecturer: fields, workload per semester, and the sessions they teach. */
export function FacultyDetailPage() {
  const id = useParams().id!;
  const [editing, setEditing] = useState(false);
  const canEdit = useCan('faculty.update');
  const { data: faculty, error, refetch } = useQuery('faculty.get', { id });
  const workload = useQuery('faculty.workload', { id });
  const sessions = useQuery('sessions.list', { lecturer: id, limit: MAX_PAGE });
  const classNames = useClassNames();

  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!faculty) return <Loading />;

  return (
    <Stack gap="md">
      <DetailHeader
        back={{ to: '/faculty', label: t.backToList }}
        title={faculty.name}
        badges={
          <Badge variant="light" color={faculty.type === 'leader' ? 'red' : 'blue'}>
            {FACULTY_TYPE_LABELS[faculty.type]}
          </Badge>
        }
        id={faculty.id}
      >
        {canEdit && (
          <>
            <EditButton onClick={() => setEditing(true)} />
            <DeleteButton
              ask={{ title: t.deleteTitle, message: t.deleteMessage(faculty.name) }}
              remove={() => deleteRecord('faculty', faculty, t.undoDelete(faculty.name))}
              deleted={t.deleted(faculty.name)}
              refused={t.deleteRefused}
              then="/faculty"
            />
          </>
        )}
      </DetailHeader>
      <Paper withBorder p="md">
        <FieldList
          items={[
            { label: t.fields.title, value: faculty.title ?? t.none },
            { label: t.fields.organization, value: faculty.organization ?? t.none },
            { label: t.fields.tier, value: faculty.tier ?? t.none },
          ]}
        />
      </Paper>
      <Section title={t.workload.title} hint={t.workload.hint}>
        {workload.data ? <WorkloadTable rows={workload.data} /> : <Loading />}
      </Section>
      {sessions.data && sessions.data.rows.length > 0 && (
        <Section title={t.sessions.title}>
          <TaughtSessions lecturer={faculty.id} sessions={sessions.data.rows} classNames={classNames} />
        </Section>
      )}
      {editing && <FacultyForm faculty={faculty} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
