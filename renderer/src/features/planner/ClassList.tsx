import { Badge, Group, Text } from '@mantine/core';
import type { Session, TrainingClass } from '../../../../shared/domain/types.ts';
import { formatHours } from '../../components/format.ts';
import classes from './planner.module.css';
import { plannerTexts as t } from './texts.ts';

interface Props {
  classes: TrainingClass[];
  sessions: readonly Session[];
  selected: string | null;
  conflictsByClass: Map<string, number>;
  /** The counts belong to the sessions before the latest edit: shown faded until computed again. */
  conflictsPending: boolean;
  onSelect(id: string): void;
}

/** The semester's classes with their flags, dates, trainees and timetable totals. */
export function ClassList({ classes: list, sessions, selected, conflictsByClass, conflictsPending, onSelect }: Props) {
  const totals = new Map<string, { n: number; hours: number }>();
  for (const s of sessions) {
    const x = totals.get(s.class) ?? { n: 0, hours: 0 };
    totals.set(s.class, { n: x.n + 1, hours: x.hours + s.hours });
  }
  return (
    <div className={classes.classRow} data-testid="class-list" role="group" aria-label={t.classes}>
      {list.map((c) => {
        const total = totals.get(c.id) ?? { n: 0, hours: 0 };
        const conflicts = conflictsByClass.get(c.id) ?? 0;
        return (
          <button
            key={c.id}
            type="button"
            className={classes.classItem}
            data-active={c.id === selected ? 'true' : undefined}
            aria-pressed={c.id === selected}
            onClick={() => onSelect(c.id)}
          >
            <Text size="sm" fw={600} lineClamp={1} title={c.name}>
              {c.name}
            </Text>
            <Group gap={4} mt={4}>
              {c.isMain && (
                <Badge size="xs" variant="light">
                  {t.main}
                </Badge>
              )}
              {c.isPartySpirit && (
                <Badge size="xs" variant="light" color="red">
                  {t.partySpirit}
                </Badge>
              )}
              {c.traineeCount !== null && (
                <Badge size="xs" variant="outline" color="gray">
                  {t.trainees(c.traineeCount)}
                </Badge>
              )}
              {conflicts > 0 && (
                <Badge size="xs" color="red" variant="filled" className={classes.figures} data-pending={conflictsPending}>
                  {t.conflictCount(conflicts)}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {c.start && c.end ? `${c.start} 至 ${c.end}` : t.noDates} · {t.sessionsOf(total.n, formatHours(total.hours))}
            </Text>
          </button>
        );
      })}
    </div>
  );
}
