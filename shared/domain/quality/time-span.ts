// When a session takes place, for conflict checks. A session spans [start, start + hours × minutes per
// 学时) on its date. Rule for a session without a start time: its slot is unknown, so it conflicts with
// nothing timed; two untimed sessions on the same date are reported as a possible conflict (a warning).
import type { Session } from '../types.ts';

export interface Span {
  from: number;
  to: number;
}

export function spanOf(session: Session, hourMinutes: number): Span | null {
  if (session.start === null) return null;
  const from = Number(session.start.slice(0, 2)) * 60 + Number(session.start.slice(3, 5));
  return { from, to: from + session.hours * hourMinutes };
}

export type Overlap = 'overlap' | 'possible' | null;

export function overlapOf(a: Session, b: Session, hourMinutes: number): Overlap {
  if (a.date !== b.date || a.hours <= 0 || b.hours <= 0) return null;
  const [sa, sb] = [spanOf(a, hourMinutes), spanOf(b, hourMinutes)];
  if (sa === null && sb === null) return 'possible';
  if (sa === null || sb === null) return null;
  return sa.from < sb.to && sb.from < sa.to ? 'overlap' : null;
}

export const showSpan = (s: Session, hourMinutes: number): string => {
  const span = spanOf(s, hourMinutes);
  if (!span) return `${s.date}（未填开始时间）`;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(Math.round(m % 60)).padStart(2, '0')}`;
  return `${s.date} ${hhmm(span.from)}–${hhmm(span.to)}`;
};
