// Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no time zone can shift a date.

const DAY_MS = 86_400_000;

const toUtc = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * DAY_MS);

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

/** Monday = 0 … Sunday = 6, as a Chinese week is printed. */
export const weekdayOf = (date: string): number => (new Date(toUtc(date)).getUTCDay() + 6) % 7;

/** The Monday of the week holding the date. */
export const mondayOf = (date: string): string => addDays(date, -weekdayOf(date));

export const WEEKDAY_LABELS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** Minutes since midnight of an HH:MM time. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
