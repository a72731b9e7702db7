import { Badge, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { useQuery } from '../../api/use-query.ts';
import { useClassNames } from '../../lookups/use-lookups.ts';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { DetailHeader } from '../../components/DetailHeader.tsx';
import { EditButton } from '../../components/EditButton.tsx';
import { FieldList } from '../../components/FieldList.tsx';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { Section } from '../../components/Section.tsx';
import { RecordTable } from './RecordTable.tsx';
import { RecordYearTotals } from './RecordYearTotals.tsx';
import { TraineeForm } from './TraineeForm.tsx';
import { deleteWithDependents } from '../../undo/record-edits.ts';
import { traineeTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';
import type { Erased } from './EraseTraineeModal.tsx';
import { ErasedNotice } from './ErasedNotice.tsx';
import { PersonalDataActions } from './PersonalDataActions.tsx';

/** One trainee: fields, yearly totals and every training record. */
export function TraineeDetailPage() {
  const id = useParams().id!;
  const [editing, setEditing] = useState(false);
  const [erased, setErased] = useState<Erased | null>(null);
  const canEdit = useCan('trainees.update');
  const { data: trainee, error, refetch } = useQuery('trainees.get', { id });
  const records = useQuery('trainingRecords.list', { trainee: id, limit: MAX_PAGE });
  const classNames = useClassNames();
  const rows = useMemo(() => [...(records.data?.rows ?? [])].sort((a, b) => b.date.localeCompare(a.date)), [records.data]);

  if (erased?.id === id) return <ErasedNotice erased={erased} />;
  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!trainee) return <Loading />;

  return (
    <Stack gap="md">
      <DetailHeader
        back={{ to: '/trainees', label: t.backToList }}
        title={trainee.name}
        badges={
          <>
            {trainee.group && <Badge variant="light">{trainee.group}</Badge>}
            {trainee.exempt && (
              <Badge variant="light" color="gray">
                {t.exemptBadge}
              </Badge>
            )}
          </>
        }
        id={trainee.id}
      >
        {canEdit && (
          <>
            <EditButton onClick={() => setEditing(true)} />
            <DeleteButton
              ask={{ title: t.deleteTitle, message: t.deleteMessage(trainee.name, rows.length) }}
              remove={() => deleteWithDependents('trainees', trainee, 'trainingRecords', rows, t.undoDelete(trainee.name))}
              deleted={t.deleted(trainee.name)}
              then="/trainees"
            />
          </>
        )}
        <PersonalDataActions trainee={trainee} records={rows.length} onErased={setErased} />
      </DetailHeader>
      <Paper withBorder p="md">
        <FieldList
          items={[
            { label: t.fields.organization, value: trainee.organization ?? t.none },
            { label: t.fields.group, value: trainee.group ?? t.none },
            { label: t.fields.exemptShort, value: trainee.exempt ? t.yes : t.no },
          ]}
        />
      </Paper>
      <Section title={t.records.title}>
        {!records.data ? (
          <Loading />
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t.records.empty}
          </Text>
        ) : (
          <Stack gap="lg">
            <RecordYearTotals rows={rows} />
            <RecordTable rows={rows} classNames={classNames} />
          </Stack>
        )}
      </Section>
      {editing && <TraineeForm trainee={trainee} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
