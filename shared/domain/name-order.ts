// Chinese names in the order Chinese users expect: by pinyin (李 < 王 < 张), not by code point, and
// numbers by their value (第9期 < 第10期 < 第100期). In-memory lists compare with the ICU pinyin collator;
// lists paged in SQL order by a stored sort key built from the same collator, character by character,
// so both kinds of list agree.

/** The ICU pinyin collation of Simplified Chinese (also the default of 'zh-CN', but said explicitly). */
export const NAME_LOCALE = 'zh-Hans-CN-u-co-pinyin';

const collator = new Intl.Collator(NAME_LOCALE, { numeric: true });

/** Compares two names in pinyin order (for Array.prototype.sort). */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

/** Compares two optional names: an absent one comes first, as SQL orders NULL. */
export const compareOptionalNames = (a: string | null | undefined, b: string | null | undefined): number =>
  a == null ? (b == null ? 0 : -1) : b == null ? 1 : collator.compare(a, b);

/** A sorted copy of distinct values, in pinyin order. */
export const sortedNames = (values: Iterable<string>): string[] => [...new Set(values)].sort(compareNames);

/**
 * The characters names are made of, ranked by the collator: ASCII, Latin, punctuation, number forms,
 * circled numbers, CJK symbols, CJK ideographs (extension A, unified, compatibility) and full-width forms.
 */
const RANKED_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2000, 0x206f],
  [0x2150, 0x218f],
  [0x2460, 0x24ff],
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];

/** An ignorable character (it weighs nothing in the collation) takes no place in the key. */
const IGNORED = -1;
const UNRANKED = -2;
let ranks: Int32Array | undefined;

/**
 * Each ranked character's place in collation order; characters equal at the base level (a and A,
 * A and Ａ) share a place, so the key orders as the collator does before case and width decide.
 * Built once, on first use (about 0.1 s).
 */
function rankTable(): Int32Array {
  if (ranks) return ranks;
  const table = new Int32Array(0x10000).fill(UNRANKED);
  const chars: string[] = [];
  for (const [from, to] of RANKED_RANGES) for (let cp = from; cp <= to; cp++) chars.push(String.fromCharCode(cp));
  const base = new Intl.Collator(NAME_LOCALE, { sensitivity: 'base', numeric: true });
  chars.sort(collator.compare);
  let rank = -1;
  let previous = '';
  for (const ch of chars) {
    if (base.compare(ch, '') === 0) table[ch.charCodeAt(0)] = IGNORED;
    else {
      if (rank < 0 || base.compare(previous, ch) !== 0) rank++;
      table[ch.charCodeAt(0)] = rank;
      previous = ch;
    }
  }
  ranks = table;
  return table;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A run of digits (ASCII or full-width), compared by its value as the numeric collator does. */
const NUMBER = /[0-9０-９]+/y;

/**
 * A text whose binary order (SQLite's default) is the pinyin order of the names: four hex digits per
 * ranked character (fewer than 0xf000 of them), and 'f' with the six-digit code point for any other,
 * which so sorts after them. A number is the rank of the digits, its length without leading zeros and
 * its digits, so a longer number sorts after a shorter one. Ties (names equal but for case, width or
 * leading zeros) are left to the name itself.
 */
export function nameSortKey(name: string): string {
  const table = rankTable();
  let key = '';
  for (let i = 0; i < name.length; ) {
    NUMBER.lastIndex = i;
    const digits = NUMBER.exec(name)?.[0];
    if (digits) {
      const value = digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/^0+(?=.)/, '');
      key += `${hex(table[0x30]!, 4)}${hex(value.length, 4)}${value}`;
      i += digits.length;
      continue;
    }
    const cp = name.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const rank = cp < 0x10000 ? table[cp]! : UNRANKED;
    if (rank === IGNORED) continue;
    key += rank === UNRANKED ? `f${hex(cp, 6)}` : hex(rank, 4);
  }
  return key;
}

/** The sort key of an optional name (absent stays absent). */
export const optionalNameSortKey = (name: string | null | undefined): string | null => (name == null ? null : nameSortKey(name));
