import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { FACULTY_TYPE_LABELS } from '../../../../shared/domain/enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { confirmDelete } from '../../components/confirm-delete.tsx';
import { FieldList } from '../../components/FieldList.tsx';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { Section } from '../../components/Section.tsx';
import { commonTexts } from '../../components/texts.ts';
import { deleteRecord } from '../../undo/record-edits.ts';
import { FacultyForm } from './FacultyForm.tsx';
import { TaughtSessions } from './TaughtSessions.tsx';
import { facultyTexts as t } from './texts.ts';
import { WorkloadTable } from './WorkloadTable.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { useCan } from '../auth/use-can.ts';

/** One lecturer: fields, workload per semester, and the sessions they teach. */
export function FacultyDetailPage() {
  const id = useParams().id!;
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const canEdit = useCan('faculty.update');
  const { data: faculty, error, refetch } = useQuery('faculty.get', { id });
  const workload = useQuery('faculty.workload', { id });
  const sessions = useQuery('sessions.list', { lecturer: id, limit: MAX_PAGE });
  const classes = useQuery('classes.list', { limit: MAX_PAGE });
  const classNames = useMemo(() => new Map((classes.data?.rows ?? []).map((c) => [c.id, c.name])), [classes.data]);

  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!faculty) return <Loading />;

  const remove = () =>
    confirmDelete({
      title: t.deleteTitle,
      message: t.deleteMessage(faculty.name),
      onConfirm: async () => {
        try {
          await deleteRecord('faculty', faculty, t.undoDelete(faculty.name));
          notifySaved(t.deleted(faculty.name));
          navigate('/faculty');
        } catch (e) {
          notifyError(t.deleteRefused, e);
        }
      },
    });

  return (
    <Stack gap="md">
      <BackLink to="/faculty" label={t.backToList} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} fz={22}>
              {faculty.name}
            </Title>
            <Badge variant="light" color={faculty.type === 'leader' ? 'red' : 'blue'}>
              {FACULTY_TYPE_LABELS[faculty.type]}
            </Badge>
          </Group>
          <Text c="dimmed" size="sm">
            {faculty.id}
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
