import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import type { Conflict } from '../../../../shared/domain/planner/conflicts.ts';
import { endTimeOf } from '../../../../shared/domain/planner/slots.ts';
import { effectiveOf } from '../../../../shared/domain/indicators/engine.ts';
import { METHOD_LABELS } from '../../../../shared/domain/enums.ts';
import type { Session } from '../../../../shared/domain/types.ts';
import { formatHours } from '../../components/format.ts';
import classes from './planner.module.css';
import type { PlannerLookups } from './planner-context.ts';
import { plannerTexts as t } from './texts.ts';

interface Props {
  session: Session;
  lookups: PlannerLookups;
  conflicts: Conflict[] | undefined;
  touched: boolean;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onOpen(): void;
  /** Dragging moves the session: off for a user who may not edit. */
  draggable: boolean;
}

/** One session in the week grid: focusable, draggable, marked when it is in a conflict or just changed. */
export function SessionCard({ session, lookups, conflicts, touched, onKeyDown, onOpen, draggable }: Props) {
  const course = lookups.courses.get(session.course);
  const method = effectiveOf(session, course).method;
  const lecturers = session.lecturers.map((id) => lookups.names.faculty(id)).join('、') || t.noLecturer;
  const time = session.start ? `${session.start}–${endTimeOf(lookups.settings, session)}` : t.untimed;
  const title = lookups.names.course(session.course);
  return (
    <div
      className={classes.card}
      data-conflict={conflicts ? 'true' : undefined}
      data-touched={touched ? 'true' : undefined}
      data-method={method}
      data-session-id={session.id}
      data-testid="session-card"
      tabIndex={0}
      role="button"
      aria-label={t.sessionLabel(title, time, lecturers)}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', session.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDoubleClick={onOpen}
      onKeyDown={onKeyDown}
    >
      <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
        <Text size="xs" fw={600} lineClamp={2} className={classes.cardTitle}>
          {title}
        </Text>
        {conflicts && (
          <Tooltip label={conflicts.map((c) => c.message).join('\n')} multiline maw={360} withArrow>
            <IconAlertTriangle size={16} className={classes.conflictIcon} aria-label={conflicts.map((c) => c.message).join('；')} />
          </Tooltip>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {time} · {formatHours(session.hours)} 学时
      </Text>
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="xs" truncate="end" c={session.lecturers.length === 0 ? 'red' : undefined}>
          {lecturers}
        </Text>
        {method !== 'lecture' && (
          <Badge size="xs" variant="light" color={method === 'case' ? 'grape' : 'teal'} className={classes.methodBadge}>
            {METHOD_LABELS[method]}
          </Badge>
        )}
      </Group>
    </div>
  );
}
