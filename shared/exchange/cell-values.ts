// Reads the values real spreadsheets hold: Excel serial dates, Date cells or text dates in several
// Chinese spellings, numbers stored as text, stray spaces, full-width characters, 是/否, and Chinese
// enumeration labels instead of codes. Pure; each reader answers the exchange value or a Chinese reason.

export type CellRead<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const bad = (reason: string): CellRead<never> => ({ ok: false, reason });

/** Full-width letters, digits and punctuation to their ASCII forms; every kind of space removed at the ends. */
export function normalizeToken(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/** Text as the user meant it: trimmed, inner runs of spaces collapsed, but Chinese punctuation kept. */
export function normalizeText(text: string): string {
  return text.replace(/[\u3000\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): CellRead<string> {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return bad(`${y}年${m}月${d}日不是存在的日期`);
  return ok(`${y}-${pad(m)}-${pad(d)}`);
}

/** Days from Excel's epoch (1899-12-30, which absorbs the 1900 leap-year bug) to a calendar date. */
export function excelSerialToIso(serial: number): CellRead<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return bad(`${serial} 不是有效的日期序号`);
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return ok(`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`);
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** A date cell: a Date (spreadsheet readers hand date cells as UTC midnight), a serial number or text. */
export function readDate(value: unknown): CellRead<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad('不是有效日期');
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') return excelSerialToIso(value);
  if (typeof value !== 'string') return bad('应为日期');
  const text = normalizeToken(value);
  const m = DATE_TEXT.exec(text) ?? COMPACT_DATE.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d+(\.\d+)?$/.test(text)) return excelSerialToIso(Number(text));
  return bad('不是可识别的日期，请写成 2026-03-03、2026/3/3 或 2026年3月3日');
}

/** A time of day: a Date or day fraction from a time cell, or text such as 8:30, ０８：３０ or 8时30分. */
export function readTime(value: unknown): CellRead<string> {
  let minutes: number | undefined;
  if (value instanceof Date) minutes = value.getUTCHours() * 60 + value.getUTCMinutes() + Math.round(value.getUTCSeconds() / 60);
  else if (typeof value === 'number' && value >= 0 && value < 1) minutes = Math.round(value * 1440);
  else if (typeof value === 'string') {
    const text = normalizeToken(value);
    const m = /^(\d{1,2})\s*[:.时点]\s*(\d{1,2})?\s*分?(?::\d{2})?$/.exec(text);
    if (m) {
      const h = Number(m[1]);
      const mi = Number(m[2] ?? 0);
      if (h < 24 && mi < 60) minutes = h * 60 + mi;
    }
  }
  if (minutes === undefined || minutes >= 1440) return bad('不是可识别的时间，请写成 08:30');
  return ok(`${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
}

/** A number, also when stored as text, with full-width digits, thousands separators or a unit after it. */
export function readNumber(value: unknown, units: readonly string[] = []): CellRead<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad('不是有效数字');
  if (typeof value !== 'string') return bad('应为数字');
  let text = normalizeToken(value).replace(/,/g, '');
  for (const unit of units) if (text.endsWith(unit)) text = text.slice(0, -unit.length).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return bad('不是数字');
  return ok(Number(text));
}

const TRUE_WORDS = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '对']);
const FALSE_WORDS = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗', '不是']);

export function readBool(value: unknown): CellRead<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number' && (value === 0 || value === 1)) return ok(value === 1);
  if (typeof value !== 'string') return bad('应填“是”或“否”');
  const text = normalizeToken(value).toLowerCase();
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return bad('应填“是”或“否”');
}

/** An enumeration value from its code (any case) or its Chinese label or one of its aliases. */
export function readEnum(
  value: unknown,
  codes: readonly string[],
  labels: Record<string, string>,
  aliases: Record<string, string> = {},
): CellRead<string> {
  if (typeof value !== 'string') return bad(`应为 ${codes.map((c) => labels[c] ?? c).join('、')} 之一`);
  const text = normalizeToken(value);
  const lower = text.toLowerCase();
  const code = codes.find((c) => c === lower) ?? codes.find((c) => normalizeToken(labels[c] ?? '') === text) ?? aliases[text];
  if (code && codes.includes(code)) return ok(code);
  return bad(`应为 ${codes.map((c) => labels[c] ?? c).join('、')} 之一`);
}

/** Items of a list cell, separated by commas, 、, semicolons or line breaks in either width. */
export function splitList(value: unknown): string[] {
  if (typeof value === 'number') return [String(value)];
  if (typeof value !== 'string') return [];
  return value
    .split(/[,，、;；\n\r/]+/)
    .map((s) => normalizeText(s))
    .filter((s) => s !== '');
}
