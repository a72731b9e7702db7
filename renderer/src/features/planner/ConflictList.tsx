import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { CONFLICT_KIND_LABELS, type Conflict, type ConflictFix } from '../../../../shared/domain/planner/conflicts.ts';
import { PendingMark } from './PendingMark.tsx';
import classes from './planner.module.css';
import { plannerTexts as t } from './texts.ts';

interface Props {
  /** The conflicts to list (at most CONFLICT_LIST_LIMIT), with their fixes; null until first computed. */
  conflicts: Conflict[] | null;
  /** How many there are in all. */
  total: number;
  /** The list belongs to the sessions before the latest edit: shown greyed until computed again. */
  pending: boolean;
  /** How a session is named for the planner: its course title. */
  sessionTitle(id: string): string;
  onLocate(sessionId: string): void;
  /** Absent for a user who may not edit: the conflicts are listed without their fixes. */
  onFix?: (fix: ConflictFix) => void;
}

const SEVERITY_COLOR: Record<Conflict['severity'], string> = { error: 'red', warning: 'orange', info: 'gray' };

/**
 * Every conflict of the semester with a way to fix it: move to the suggested free slot, or pick other
 * lecturers. Memoised, with the items kept while only `pending` changes: the planner renders on every
 * edit, and sixty items with their buttons are not redrawn until their figures are.
 */
export const ConflictList = memo(function ConflictList({ conflicts, total, pending, sessionTitle, onLocate, onFix }: Props) {
  const items = useMemo(
    () =>
      conflicts?.map((c) => (
        <Paper key={c.key} withBorder p="xs" data-testid="conflict" data-kind={c.kind}>
          <Group gap={6} mb={4} wrap="nowrap">
            <Badge size="xs" color={SEVERITY_COLOR[c.severity]} variant="light" style={{ flex: 'none' }}>
              {CONFLICT_KIND_LABELS[c.kind]}
            </Badge>
            <Text size="xs" fw={600} truncate="end">
              {c.sessions.map((id) => `“${sessionTitle(id)}”`).join(' 与 ')}
            </Text>
          </Group>
          <Text size="xs">{c.message}</Text>
          <Group gap={6} mt={6}>
            <Button size="compact-xs" variant="default" onClick={() => onLocate(c.sessions[0]!)}>
              {t.show}
            </Button>
            {onFix &&
              c.fixes.map((f) => (
                <Button key={f.label} size="compact-xs" variant="light" onClick={() => onFix(f)}>
                  {f.label}
                </Button>
              ))}
          </Group>
        </Paper>
      )),
    [conflicts, sessionTitle, onLocate, onFix],
  );
  const busy = pending || conflicts === null;
  return (
    <Stack gap={6} data-testid="conflict-list" data-pending={busy} aria-busy={busy}>
      <Group justify="space-between">
        <Title order={4} fz="md">
          {t.conflicts}
        </Title>
        <Group gap="xs">
          {busy && <PendingMark />}
          {conflicts && total > 0 && (
            <Badge color="red" variant="filled" className={classes.figures} data-pending={pending}>
              {t.conflictCount(total)}
            </Badge>
          )}
        </Group>
      </Group>
      {conflicts && (
        <div className={classes.figures} data-pending={pending}>
          {total === 0 ? (
            <Group gap={6} c="teal.8">
              <IconCircleCheck size={18} />
              <Text size="sm">{t.noConflicts}</Text>
            </Group>
          ) : (
            <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
              <Stack gap={6}>{items}</Stack>
            </ScrollArea.Autosize>
          )}
          {total > conflicts.length && (
            <Text size="xs" c="dimmed">
              {t.moreConflicts(total - conflicts.length)}
            </Text>
          )}
        </div>
      )}
    </Stack>
  );
});
