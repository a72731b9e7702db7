import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { addDays, daysBetween, mondayOf, WEEKDAY_LABELS } from '../../../../shared/domain/planner/dates.ts';
import { slotOfTime, type SlotId } from '../../../../shared/domain/planner/slots.ts';
import type { Conflict } from '../../../../shared/domain/planner/conflicts.ts';
import type { Semester, Session, TrainingClass } from '../../../../shared/domain/types.ts';
import { keyMove } from './grid-keys.ts';
import classes from './planner.module.css';
import type { PlannerLookups } from './planner-context.ts';
import { SessionCard } from './SessionCard.tsx';
import { plannerTexts as t } from './texts.ts';

interface Props {
  klass: TrainingClass;
  semester: Semester;
  sessions: readonly Session[];
  lookups: PlannerLookups;
  conflicts: Map<string, Conflict[]>;
  /** The conflicts belong to the sessions before the latest edit: their marks show faded until computed again. */
  conflictsPending: boolean;
  touched: ReadonlySet<string>;
  /** The Monday of the week shown. */
  week: string;
  onWeekChange(monday: string): void;
  /** Asks the grid to focus this session after the next render (after a move, or from the conflict list). */
  focusRequest: string | null;
  onFocusDone(): void;
  onMove(session: Session, date: string, slot: SlotId): void;
  onEdit(session: Session): void;
  onDelete(session: Session): void;
  onCreate(date: string, slot: SlotId): void;
  /** For a user who may not edit: no add buttons, no dragging, keys only browse. */
  readOnly: boolean;
}

const shortDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** A class's week as days × 上午/下午/晚上, with drag and drop and keyboard moves. */
export function TimetableGrid(props: Props) {
  const { klass, semester, sessions, lookups, conflicts, touched, week, onWeekChange, focusRequest } = props;
  const root = useRef<HTMLDivElement>(null);
  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i));
  const from = klass.start ?? semester.start;
  const to = klass.end ?? semester.end;
  const firstMonday = mondayOf(from);
  const weekNumber = Math.floor(daysBetween(firstMonday, week) / 7) + 1;

  const cell = new Map<string, Session[]>();
  const untimed: Session[] = [];
  for (const s of sessions) {
    if (s.date < week || s.date > days[6]!) continue;
    const slot = slotOfTime(lookups.settings, s.start);
    if (slot === null) {
      untimed.push(s);
      continue;
    }
    const key = `${s.date}|${slot}`;
    cell.set(key, [...(cell.get(key) ?? []), s]);
  }
  for (const list of cell.values()) list.sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1));

  // Weekends are rarely taught: narrower unless this week has sessions on them (still a drop target).
  const columns = days
    .map((d, i) => (i < 5 || sessions.some((s) => s.date === d) ? 'minmax(0, 1fr)' : 'minmax(0, 0.6fr)'))
    .join(' ');

  useEffect(() => {
    if (!focusRequest) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(focusRequest)}"]`);
    if (el) {
      el.focus();
      props.onFocusDone();
    }
  });

  const onCardKey = (s: Session) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (props.readOnly) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onEdit(s);
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      props.onDelete(s);
      return;
    }
    const slot = slotOfTime(lookups.settings, s.start) ?? lookups.settings.slots[0]!.id;
    const to = keyMove(lookups.settings, { date: s.date, slot }, event.key);
    if (!to || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    props.onMove(s, to.date, to.slot);
    if (to.date < week || to.date > days[6]!) onWeekChange(mondayOf(to.date));
  };

  const card = (s: Session) => (
    <SessionCard
      key={s.id}
      session={s}
      lookups={lookups}
      conflicts={conflicts.get(s.id)}
      touched={touched.has(s.id)}
      onKeyDown={onCardKey(s)}
      onOpen={() => props.onEdit(s)}
      draggable={!props.readOnly}
    />
  );
  const dropOn = (date: string, slot: SlotId) => ({
    onDragOver: (e: React.DragEvent) => {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
    },
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      const id = e.dataTransfer.getData('text/plain');
      const s = sessions.find((x) => x.id === id);
      if (s && !props.readOnly) props.onMove(s, date, slot);
    },
  });

  return (
    <div ref={root}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Tooltip label={t.prevWeek}>
            <ActionIcon variant="default" aria-label={t.prevWeek} onClick={() => onWeekChange(addDays(week, -7))}>
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Text fw={600} data-testid="week-label">
            {t.week(weekNumber)}
          </Text>
          <Tooltip label={t.nextWeek}>
            <ActionIcon variant="default" aria-label={t.nextWeek} onClick={() => onWeekChange(addDays(week, 7))}>
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" c="dimmed">
            {t.weekOf(days[0]!, days[6]!)}
          </Text>
        </Group>
      </Group>
      <div
        className={classes.grid}
        style={{ gridTemplateColumns: `60px ${columns}` }}
        role="grid"
        aria-label={klass.name}
        data-testid="timetable-grid"
        data-conflicts-pending={props.conflictsPending}
      >
        <div className={classes.corner} />
        {days.map((d, i) => (
          <div key={d} className={classes.dayHead} data-outside={d < from || d > to ? 'true' : undefined} role="columnheader">
            <Text size="sm" fw={600}>
              {WEEKDAY_LABELS[i]}
            </Text>
            <Text size="xs" c="dimmed">
              {shortDate(d)}
            </Text>
          </div>
        ))}
        {lookups.settings.slots.map((slot) => (
          <div key={slot.id} className={classes.row} role="row">
            <div className={classes.slotHead} role="rowheader">
              <Text size="sm" fw={600}>
                {slot.label}
              </Text>
              <Text size="xs" c="dimmed">
                {slot.start}
              </Text>
            </div>
            {days.map((d) => {
              const list = cell.get(`${d}|${slot.id}`) ?? [];
              const outside = d < from || d > to;
              return (
                <div
                  key={d}
                  role="gridcell"
                  className={classes.cell}
                  data-outside={outside ? 'true' : undefined}
                  data-date={d}
                  data-slot={slot.id}
                  {...dropOn(d, slot.id)}
                >
                  {list.map(card)}
                  {!props.readOnly && (
                    <button
                      type="button"
                      className={classes.addButton}
                      data-empty={list.length === 0 ? 'true' : undefined}
                      aria-label={t.addHere(d, slot.label)}
                      title={t.addHere(d, slot.label)}
                      onClick={() => props.onCreate(d, slot.id)}
                    >
                      <IconPlus size={14} />
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        ))}
        {untimed.length > 0 && (
          <div className={classes.row} role="row">
            <div className={classes.slotHead} role="rowheader">
              <Text size="sm" fw={600}>
                {t.untimed}
              </Text>
            </div>
            {days.map((d) => (
              <div key={d} role="gridcell" className={classes.cell}>
                {untimed.filter((s) => s.date === d).map(card)}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
