import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconTrash } from '@tabler/icons-react';
import { CATEGORY_LABELS, FORM_LABELS, METHOD_LABELS } from '../../../../shared/domain/enums.ts';
import { effectiveOf } from '../../../../shared/domain/indicators/engine.ts';
import type { Conflict } from '../../../../shared/domain/planner/conflicts.ts';
import { describeTime } from '../../../../shared/domain/planner/describe.ts';
import type { Session } from '../../../../shared/domain/types.ts';
import { formatHours } from '../../components/format.ts';
import classes from './planner.module.css';
import type { PlannerLookups } from './planner-context.ts';
import { plannerTexts as t } from './texts.ts';

interface Props {
  sessions: readonly Session[];
  lookups: PlannerLookups;
  conflicts: Map<string, Conflict[]>;
  /** The conflicts belong to the sessions before the latest edit: their marks show faded until computed again. */
  conflictsPending: boolean;
  touched: ReadonlySet<string>;
  /** Both absent for a user who may not edit: the list only shows. */
  onEdit?: (session: Session) => void;
  onDelete?: (session: Session) => void;
}

const order = (a: Session, b: Session) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.start ?? '') < (b.start ?? '') ? -1 : 1);

/** The class's sessions as a list in date order; a row's own value (not the course's) shows in bold. */
export function SessionList({ sessions, lookups, conflicts, conflictsPending, touched, onEdit, onDelete }: Props) {
  const c = t.columns;
  return (
    <Table striped highlightOnHover stickyHeader data-testid="session-list" className={classes.sessionTable} data-conflicts-pending={conflictsPending}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c.time}</Table.Th>
          <Table.Th>{c.course}</Table.Th>
          <Table.Th>{c.hours}</Table.Th>
          <Table.Th>{c.category}</Table.Th>
          <Table.Th>{c.method}</Table.Th>
          <Table.Th>{c.form}</Table.Th>
          <Table.Th>{c.lecturers}</Table.Th>
          {onEdit && <Table.Th>{c.actions}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...sessions].sort(order).map((s) => {
          const eff = effectiveOf(s, lookups.courses.get(s.course));
          const problems = conflicts.get(s.id);
          return (
            <Table.Tr
              key={s.id}
              tabIndex={0}
              data-session-id={s.id}
              bg={touched.has(s.id) ? 'yellow.0' : undefined}
              onKeyDown={(e) => {
                if (e.target !== e.currentTarget) return;
                if (e.key === 'Enter') onEdit?.(s);
                if (e.key === 'Delete' || e.key === 'Backspace') onDelete?.(s);
              }}
              onDoubleClick={() => onEdit?.(s)}
            >
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {problems && (
                    <Tooltip label={problems.map((p) => p.message).join('\n')} multiline maw={360}>
                      <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" className={classes.conflictIcon} />
                    </Tooltip>
                  )}
                  <div>
                    <Text size="sm">{s.date}</Text>
                    <Text size="xs" c="dimmed">
                      {describeTime(lookups.settings, s).slice(s.date.length + 1)}
                    </Text>
                  </div>
                </Group>
              </Table.Td>
              <Table.Td>{lookups.names.course(s.course)}</Table.Td>
              <Table.Td>{formatHours(s.hours)}</Table.Td>
              <Table.Td fw={s.category ? 600 : undefined}>{CATEGORY_LABELS[eff.category]}</Table.Td>
              <Table.Td fw={s.method ? 600 : undefined}>{METHOD_LABELS[eff.method]}</Table.Td>
              <Table.Td fw={s.form ? 600 : undefined}>{FORM_LABELS[eff.form]}</Table.Td>
              <Table.Td c={s.lecturers.length === 0 ? 'red' : undefined}>
                {s.lecturers.map((id) => lookups.names.faculty(id)).join('、') || t.noLecturer}
              </Table.Td>
              {onEdit && onDelete && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t.edit} onClick={() => onEdit(s)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t.delete} onClick={() => onDelete(s)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
