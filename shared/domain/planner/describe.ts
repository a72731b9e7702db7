// How records are named on screen and in undo labels: names by id, a session's date and time.
import { endTimeOf, slotOfTime, slotSetting, type TimetableSettings } from './slots.ts';
import type { Session } from '../types.ts';

/** Looks up display names; unknown ids show as themselves so a message never hides a broken reference. */
export interface Names {
  course(id: string): string;
  class(id: string): string;
  faculty(id: string): string;
}

export function namesFrom(data: {
  courses: { id: string; title: string }[];
  classes: { id: string; name: string }[];
  faculty: { id: string; name: string }[];
}): Names {
  const courses = new Map(data.courses.map((c) => [c.id, c.title]));
  const classes = new Map(data.classes.map((c) => [c.id, c.name]));
  const faculty = new Map(data.faculty.map((f) => [f.id, f.name]));
  return {
    course: (id) => courses.get(id) ?? id,
    class: (id) => classes.get(id) ?? id,
    faculty: (id) => faculty.get(id) ?? id,
  };
}

export function describeTime(settings: TimetableSettings, s: Pick<Session, 'date' | 'start' | 'hours'>): string {
  const slot = slotOfTime(settings, s.start);
  if (slot === null) return `${s.date}（未定时间）`;
  return `${s.date} ${slotSetting(settings, slot).label} ${s.start}–${endTimeOf(settings, s)}`;
}
