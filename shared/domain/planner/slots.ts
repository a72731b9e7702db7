// The timetable's day slots (上午/下午/晚上). Their default start times, default hours, the minutes of one
// 学时 and where one slot ends and the next begins are settings a school can change, not code.
import { DEFAULT_HOUR_MINUTES } from '../rules/builtin.ts';
import { minutesOf, timeOf } from './dates.ts';
import type { Session } from '../types.ts';

export const SLOT_IDS = ['morning', 'afternoon', 'evening'] as const;
export type SlotId = (typeof SLOT_IDS)[number];

export interface SlotSetting {
  id: SlotId;
  label: string;
  /** Default start time of a session placed in this slot. */
  start: string;
  /** Default hours (学时) of a session placed in this slot. */
  hours: number;
  /** A session starting at or after this time (and before the next slot's) belongs to this slot. */
  from: string;
}

export interface TimetableSettings {
  slots: SlotSetting[];
  /** Minutes of one 学时 (a class period): a session lasts hours × this. */
  minutesPerHour: number;
}

export const DEFAULT_TIMETABLE_SETTINGS: TimetableSettings = {
  slots: [
    { id: 'morning', label: '上午', start: '08:30', hours: 3, from: '00:00' },
    { id: 'afternoon', label: '下午', start: '14:30', hours: 3, from: '12:00' },
    { id: 'evening', label: '晚上', start: '19:00', hours: 2, from: '18:00' },
  ],
  minutesPerHour: DEFAULT_HOUR_MINUTES,
};

export function slotSetting(settings: TimetableSettings, id: SlotId): SlotSetting {
  const slot = settings.slots.find((s) => s.id === id);
  if (!slot) throw new Error(`unknown slot ${id}`);
  return slot;
}

/** The slot a start time falls in; null for a session without a start time. */
export function slotOfTime(settings: TimetableSettings, start: string | null): SlotId | null {
  if (start === null) return null;
  const minutes = minutesOf(start);
  let found: SlotId = settings.slots[0]!.id;
  for (const slot of settings.slots) if (minutesOf(slot.from) <= minutes) found = slot.id;
  return found;
}

/** Where a session sits in the week grid. */
export interface SlotPosition {
  date: string;
  slot: SlotId | null;
}

export const positionOf = (settings: TimetableSettings, s: Pick<Session, 'date' | 'start'>): SlotPosition => ({
  date: s.date,
  slot: slotOfTime(settings, s.start),
});

/**
 * Moves a session to another day and slot. A session already in the target slot keeps its start time
 * (only the day changes); otherwise it takes the slot's default start. Hours are kept: they are the
 * session's teaching time, not the slot's.
 */
export function moveSession<S extends Session>(settings: TimetableSettings, session: S, date: string, slot: SlotId): S {
  const keepStart = session.start !== null && slotOfTime(settings, session.start) === slot;
  return { ...session, date, start: keepStart ? session.start : slotSetting(settings, slot).start };
}

/** The end time of a session (start + hours × minutes per 学时) as HH:MM, capped at 24:00, for display. */
export function endTimeOf(settings: TimetableSettings, s: Pick<Session, 'start' | 'hours'>): string | null {
  if (s.start === null) return null;
  const end = minutesOf(s.start) + Math.max(s.hours, 0) * settings.minutesPerHour;
  return timeOf(Math.min(Math.round(end), 24 * 60));
}
