import { describe, expect, it } from 'vitest';
import { readBool, readDate, readNumber, readTime, splitList } from '../../shared/exchange/cell-values.ts';

const value = <T>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : 'bad');

describe('spreadsheet cell readers', () => {
  it('reads dates in every spelling and refuses impossible ones', () => {
    for (const v of ['2026-03-03', '2026/3/3', '2026年3月3日', '２０２６年３月３日', ' 2026.3.3 ', '20260303', 46084, '46084', new Date(Date.UTC(2026, 2, 3))])
      expect(value(readDate(v))).toBe('2026-03-03');
    expect(value(readDate(60.5))).toBe('1900-02-28');
    expect(readDate('2026-02-30').ok).toBe(false);
    expect(readDate('下周一').ok).toBe(false);
  });
  it('reads times from text, full-width text and time cells', () => {
    for (const v of ['08:30', '8:30', '８：３０', '8时30分', 0.3541666667, new Date(Date.UTC(1899, 11, 30, 8, 30))]) expect(value(readTime(v))).toBe('08:30');
    expect(readTime('25:00').ok).toBe(false);
  });
  it('reads numbers stored as text with units and separators', () => {
    expect(value(readNumber('１,２３４.５'))).toBe(1234.5);
    expect(value(readNumber(' 3学时 ', ['学时']))).toBe(3);
    expect(readNumber('三').ok).toBe(false);
  });
  it('reads 是/否 and lists', () => {
    expect([readBool('是'), readBool(' 否 '), readBool('Y'), readBool(true)].map(value)).toEqual([true, false, true, true]);
    expect(readBool('也许').ok).toBe(false);
    expect(splitList('张三、李四，王五; 赵六')).toEqual(['张三', '李四', '王五', '赵六']);
  });
});
