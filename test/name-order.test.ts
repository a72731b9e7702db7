// Names in pinyin order, numbers by value: the collator orders as Chinese readers expect, and the stored
// sort keys (whose binary order is what SQLite sorts by) agree with it on names of every kind.
import { describe, expect, it } from 'vitest';
import { compareNames, compareOptionalNames, nameSortKey, optionalNameSortKey, sortedNames } from '../shared/domain/name-order.ts';

const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** What SQL does with the key column: by key, ties by the name's bytes. */
const byKey = (names: string[]) =>
  names
    .map((name) => ({ name, key: nameSortKey(name) }))
    .sort((a, b) => binary(a.key, b.key) || binary(a.name, b.name))
    .map((x) => x.name);

describe('pinyin order of names', () => {
  it('orders surnames by pinyin, not by code point', () => {
    const names = ['张三', '李四', '王五', '赵六', '陈七', '欧阳修'];
    // by code point 张 (U+5F20) comes before 李 (U+674E) and 王 (U+738B)
    expect([...names].sort(binary)).toEqual(['张三', '李四', '欧阳修', '王五', '赵六', '陈七']);
    expect([...names].sort(compareNames)).toEqual(['陈七', '李四', '欧阳修', '王五', '张三', '赵六']);
    expect(byKey(names)).toEqual(['陈七', '李四', '欧阳修', '王五', '张三', '赵六']);
  });

  it('orders numbers by their value, as the numeric collator does', () => {
    const classes = ['第100期中青班', '第9期中青班', '第10期中青班', '第10期县处班', '２０２６年春季班', '2025年秋季班'];
    // 县 (xian) before 中 (zhong)
    const expected = ['2025年秋季班', '２０２６年春季班', '第9期中青班', '第10期县处班', '第10期中青班', '第100期中青班'];
    expect(byKey(classes)).toEqual(expected);
    expect([...classes].sort(compareNames)).toEqual(expected);
    // leading zeros do not change a number (the name itself breaks the tie)
    expect(nameSortKey('第010期')).toBe(nameSortKey('第10期'));
  });

  it('puts a name before its longer extensions and compares character by character', () => {
    expect(byKey(['李四光', '李四', '李', '林一'])).toEqual(['李', '李四', '李四光', '林一']);
  });

  it('orders the keys as the collator orders the names, on random names mixing Han, Latin, digits and punctuation', () => {
    const han = '张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔阿安欧区单长重乐';
    const other = 'AaBbz09 （）《》、·ⅡⅢ①②ａＢ-_班期';
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const names = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + next(5) }, () => (next(5) === 0 ? other[next(other.length)] : han[next(han.length)])).join(''),
    );
    const base = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });
    const ordered = byKey(names);
    const outOfOrder = ordered.filter((name, i) => i > 0 && base.compare(ordered[i - 1]!, name) > 0);
    expect(outOfOrder).toEqual([]);
  });

  it('sorts characters outside the ranked table after it, by code point, and skips ignorable ones', () => {
    // an extension-B ideograph (U+20000) and an emoji (U+1F600) are not ranked; the Chinese collation
    // puts Han characters before Latin letters
    expect(['a', '张'].sort(compareNames)).toEqual(['张', 'a']);
    expect(byKey(['𠀀', '张', '😀', 'a'])).toEqual(['张', 'a', '😀', '𠀀']);
    expect(nameSortKey('张\u200b三')).toBe(nameSortKey('张三'));
    expect(nameSortKey('')).toBe('');
  });

  it('keeps absent names absent and first', () => {
    expect(optionalNameSortKey(null)).toBeNull();
    expect(optionalNameSortKey(undefined)).toBeNull();
    expect([null, '王', '李'].sort(compareOptionalNames)).toEqual([null, '李', '王']);
    expect(sortedNames(['市委组织部', '东城区', '市委组织部', '安徽省'])).toEqual(['安徽省', '东城区', '市委组织部']);
  });
});
