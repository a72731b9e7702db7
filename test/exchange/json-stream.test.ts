// The streaming JSON reader: the same values as JSON.parse however the bytes are cut into reads, and
// a Chinese error with the byte offset for text that is not JSON.
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, streamJson, type ChunkReader, type TopLevelVisitor } from '../../shared/exchange/json-stream.ts';

/** Hands out the bytes at most `step` at a time, so values are cut at every possible place. */
function trickle(text: string, step: number): ChunkReader {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return (into) => {
    const n = Math.min(step, into.length, bytes.length - at);
    into.set(bytes.subarray(at, at + n));
    at += n;
    return n;
  };
}

/** Rebuilds the document from the visitor's calls, streaming the keys named. */
function rebuild(read: ChunkReader, streamed: string[]): { doc: unknown; calls: string[] } {
  const doc: Record<string, unknown> = {};
  const calls: string[] = [];
  let root: unknown = doc;
  const visitor: TopLevelVisitor = {
    streams: (key) => streamed.includes(key),
    value: (key, value) => {
      calls.push(`value ${key}`);
      doc[key] = value;
    },
    start: (key) => {
      calls.push(`start ${key}`);
      doc[key] = [];
    },
    element: (key, index, value) => {
      expect((doc[key] as unknown[]).length).toBe(index);
      (doc[key] as unknown[]).push(value);
    },
    end: (key, count) => calls.push(`end ${key} ${count}`),
    root: (value) => (root = value),
  };
  streamJson(read, visitor);
  return { doc: root, calls };
}

const document = {
  format: 'jiaowu-exchange',
  version: 1,
  institution: { name: '某省委党校 "一校"', level: 'provincial' },
  trainees: [
    { id: 'T1', name: '李四', organization: '某县发改局[办公室]', exempt: false },
    { id: 'T\\2', name: '王五\u0000\n', tags: [[1, 2], { a: '}' }] },
    { id: 'T3', name: '赵六😀', hours: -1.5e3 },
  ],
  empty: [],
  trainingRecords: [1, 'x', null, true, [], {}],
};

describe('streamJson', () => {
  const text = JSON.stringify(document, null, 1);

  it.each([1, 2, 3, 7, 64, 100_000])('gives the same values as JSON.parse when read %i bytes at a time', (step) => {
    const { doc, calls } = rebuild(trickle(text, step), ['trainees', 'empty', 'trainingRecords']);
    expect(doc).toEqual(document);
    expect(calls).toEqual([
      'value format',
      'value version',
      'value institution',
      'start trainees',
      'end trainees 3',
      'start empty',
      'end empty 0',
      'start trainingRecords',
      'end trainingRecords 6',
    ]);
  });

  it('reads a list far larger than its window, and a value larger than the window', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ trainee: `T${i}`, note: '长'.repeat(i % 50) }));
    const big = { trainingRecords: rows, name: '名'.repeat(300_000) };
    const { doc } = rebuild(trickle(JSON.stringify(big), 50_000), ['trainingRecords']);
    expect(doc).toEqual(big);
  });

  it('skips a byte-order mark and hands a document that is no object to root', () => {
    expect(rebuild(trickle('\ufeff {"a":[1]} ', 5), ['a']).doc).toEqual({ a: [1] });
    expect(rebuild(trickle('[1, 2, 3]', 2), ['a']).doc).toEqual([1, 2, 3]);
    expect(rebuild(trickle('"jiaowu"', 2), []).doc).toBe('jiaowu');
  });

  const bad: [string, string, RegExp][] = [
    ['empty', '', /文件是空的/],
    ['truncated in a list', '{"a":[{"x":1},{"x"', /文件/],
    ['truncated after a list', '{"a":[1,2]', /之前结束/],
    ['a trailing comma', '{"a":[1,2,]}', /多了“,”/],
    ['NaN in an element', '{"a":[{"h":1},{"h":NaN}]}', /不是有效的 JSON/],
    ['a bad value outside lists', '{"format":jiaowu}', /不是有效的 JSON/],
    ['a missing colon', '{"a" 1}', /“:”/],
    ['an unquoted key', '{a:1}', /键名/],
    ['text after the document', '{"a":1} x', /多余的内容/],
    ['a missing comma in a list', '{"a":[1 2]}', /“,”或“]”/],
  ];

  it.each(bad)('refuses %s with a Chinese reason and the byte offset', (_name, input, reason) => {
    let error: unknown;
    try {
      rebuild(trickle(input, 3), ['a']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect((error as JsonSyntaxError).message).toMatch(reason);
    expect((error as JsonSyntaxError).offset).toBeGreaterThanOrEqual(0);
    expect((error as JsonSyntaxError).offset).toBeLessThanOrEqual(input.length);
  });
});
