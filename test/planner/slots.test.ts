import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, mondayOf, weekdayOf } from '../../shared/domain/planner/dates.ts';
import {
  DEFAULT_TIMETABLE_SETTINGS as S,
  endTimeOf,
  moveSession,
  positionOf,
  slotOfTime,
} from '../../shared/domain/planner/slots.ts';
import { session } from './sample.ts';

describe('timetable slots', () => {
  it('maps start times to 上午/下午/晚上 by the settings’ boundaries', () => {
    expect(slotOfTime(S, '08:30')).toBe('morning');
    expect(slotOfTime(S, '11:59')).toBe('morning');
    expect(slotOfTime(S, '12:00')).toBe('afternoon');
    expect(slotOfTime(S, '14:30')).toBe('afternoon');
    expect(slotOfTime(S, '19:00')).toBe('evening');
    expect(slotOfTime(S, null)).toBeNull();
    expect(positionOf(S, session('a', { date: '2026-09-08', start: '14:30' }))).toEqual({ date: '2026-09-08', slot: 'afternoon' });
  });

  it('reads boundaries from the settings, not from code', () => {
    const late = { ...S, slots: S.slots.map((s) => (s.id === 'evening' ? { ...s, from: '20:00' } : s)) };
    expect(slotOfTime(late, '19:00')).toBe('afternoon');
  });

  it('moving to another slot takes its default start; moving within a slot keeps the start', () => {
    const s = session('a', { start: '09:00', hours: 2 });
    expect(moveSession(S, s, '2026-09-09', 'afternoon')).toMatchObject({ date: '2026-09-09', start: '14:30', hours: 2 });
    expect(moveSession(S, s, '2026-09-09', 'morning')).toMatchObject({ date: '2026-09-09', start: '09:00' });
    expect(moveSession(S, session('b', { start: null }), '2026-09-09', 'evening').start).toBe('19:00');
  });

  it('a session ends hours × minutes per 学时 after its start', () => {
    expect(endTimeOf(S, { start: '08:30', hours: 3 })).toBe('10:45');
    expect(endTimeOf(S, { start: '14:30', hours: 1.5 })).toBe('15:38');
    expect(endTimeOf({ ...S, minutesPerHour: 40 }, { start: '08:30', hours: 3 })).toBe('10:30');
    expect(endTimeOf(S, { start: null, hours: 3 })).toBeNull();
  });

  it('does calendar arithmetic across months and weeks', () => {
    expect(addDays('2026-08-30', 3)).toBe('2026-09-02');
    expect(daysBetween('2025-09-01', '2026-09-01')).toBe(365);
    expect(weekdayOf('2026-09-07')).toBe(0);
    expect(weekdayOf('2026-09-13')).toBe(6);
    expect(mondayOf('2026-09-10')).toBe('2026-09-07');
  });
});
