import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { deltaText, IndicatorRow } from './IndicatorRow.tsx';
import type { IndicatorRowData } from './indicator-rows.ts';
import { PendingMark } from './PendingMark.tsx';
import classes from './planner.module.css';
import { plannerTexts as t } from './texts.ts';

interface Props {
  /** Null until first computed. */
  rows: IndicatorRowData[] | null;
  /** The saved plan's rows while a draft is compared with it. */
  savedRows?: IndicatorRowData[];
  /** The rows belong to the sessions before the latest edit: shown greyed until computed again. */
  pending: boolean;
}

const CHANGE_VISIBLE_MS = 4000;

/** The semester's live indicators; an edit that moves one shows by how much, for a few seconds. */
export function IndicatorPanel({ rows, savedRows, pending }: Props) {
  const previous = useRef<IndicatorRowData[] | null>(null);
  const [changes, setChanges] = useState<Map<string, string>>(new Map());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    const before = previous.current;
    previous.current = rows;
    if (!before || !rows) return;
    const next = new Map<string, string>();
    for (const row of rows) {
      const old = before.find((b) => b.id === row.id);
      if (old?.value !== undefined && row.value !== undefined && Math.abs(old.value - row.value) > 1e-12)
        next.set(row.id, deltaText(row, row.value - old.value));
    }
    if (next.size === 0) return;
    setChanges(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setChanges(new Map()), CHANGE_VISIBLE_MS);
  }, [rows]);

  return (
    <Stack gap={6} data-testid="indicator-panel" data-pending={pending || rows === null} aria-busy={pending || rows === null}>
      <div>
        <Group justify="space-between" wrap="nowrap">
          <Title order={4} fz="md">
            {t.indicators}
          </Title>
          {(pending || rows === null) && <PendingMark />}
        </Group>
        <Text size="xs" c="dimmed">
          {t.indicatorsHint}
        </Text>
      </div>
      {rows && (
        <Stack gap={6} className={classes.figures} data-pending={pending}>
          {rows.map((row) => (
            <IndicatorRow key={row.id} row={row} saved={savedRows?.find((s) => s.id === row.id)} change={changes.get(row.id)} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
