import { Button, Paper } from '@mantine/core';
import { IconCalendarPlus, IconCalendarStats } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Semester } from '../../../../shared/domain/types.ts';
import { useQuery } from '../../api/use-query.ts';
import { confirmDelete } from '../../components/confirm-delete.tsx';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { commonTexts } from '../../components/texts.ts';
import { deleteRecord } from '../../undo/record-edits.ts';
import { SemesterForm } from './SemesterForm.tsx';
import { SemesterTable, type SemesterSummary } from './SemesterTable.tsx';
import { semesterTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

const toSemester = ({ id, name, year, start, end }: SemesterSummary): Semester => ({ id, name, year, start, end });

/** 学期规划: the semesters; each opens its classes. */
export function SemestersPage() {
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery('semesters.summary', {});
  const [editing, setEditing] = useState<Semester | 'new' | null>(null);

  const remove = (s: SemesterSummary) =>
    confirmDelete({
      title: t.deleteTitle,
      message: t.deleteMessage(s.name),
      onConfirm: async () => {
        try {
          await deleteRecord('semesters', toSemester(s), t.undoDelete(s.name));
          notifySaved(t.deleted(s.name));
        } catch (e) {
          notifyError(commonTexts.deleteFailed, e);
        }
      },
    });

  const canEdit = useCan('semesters.create');
  const createButton = canEdit ? (
    <Button leftSection={<IconCalendarPlus size={18} />} onClick={() => setEditing('new')}>
      {t.create}
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      {error && <QueryError error={error} onRetry={refetch} />}
      {loading && !data ? (
        <Loading />
      ) : data && data.length === 0 ? (
        <EmptyHint icon={<IconCalendarStats />} title={t.emptyTitle} description={t.emptyDescription} actions={createButton} />
      ) : (
        data && (
          <Paper withBorder>
            <SemesterTable
              rows={data}
              onOpen={(s) => navigate(`/planner/${encodeURIComponent(s.id)}`)}
              onEdit={canEdit ? (s) => setEditing(toSemester(s)) : undefined}
              onDelete={canEdit ? remove : undefined}
            />
          </Paper>
        )
      )}
      {editing && (
        <SemesterForm
          key={editing === 'new' ? 'new' : editing.id}
          semester={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
