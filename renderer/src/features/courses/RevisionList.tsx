import { ActionIcon, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { CourseRevision } from '../../../../shared/domain/types.ts';
import { confirmDelete } from '../../components/confirm-delete.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { commonTexts } from '../../components/texts.ts';
import { removeRevision } from './course-edits.ts';
import { courseTexts } from './texts.ts';

const t = courseTexts.revisions;

/** The course's revisions; `editable` adds the remove button of each. */
export function RevisionList({ course, title, revisions, editable }: { course: string; title: string; revisions: CourseRevision[]; editable: boolean }) {
  if (revisions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t.empty}
      </Text>
    );
  const remove = (r: CourseRevision) =>
    confirmDelete({
      title: t.removeTitle,
      message: t.removeMessage(r.year),
      onConfirm: async () => {
        try {
          await removeRevision(course, r, t.undoRemove(title, r.year));
          notifySaved(t.removed(r.year));
        } catch (error) {
          notifyError(commonTexts.deleteFailed, error);
        }
      },
    });
  return (
    <Table verticalSpacing={6} aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>{t.year}</Table.Th>
          <Table.Th w={120}>{t.date}</Table.Th>
          <Table.Th>{t.note}</Table.Th>
          {editable && <Table.Th w={50} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {revisions.map((r) => (
          <Table.Tr key={r.year}>
            <Table.Td>{r.year}</Table.Td>
            <Table.Td>{r.date ?? commonTexts.none}</Table.Td>
            <Table.Td>{r.note ?? commonTexts.none}</Table.Td>
            {editable && (
              <Table.Td>
                <Tooltip label={t.remove}>
                  <ActionIcon variant="subtle" color="red" aria-label={`${t.remove} ${r.year}`} onClick={() => remove(r)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
