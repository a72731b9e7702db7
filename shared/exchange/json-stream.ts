// Reads a JSON document whose top level is an object without holding it whole: the arrays under the
// keys the visitor chooses are handed over element by element, as the bytes arrive. Pure (the caller
// supplies the bytes), so a 144 MB exchange document costs its largest row in memory, not its size.
//
// Element boundaries are found by a byte scan (brackets and strings); the text of the elements that a
// chunk holds whole is then parsed by one JSON.parse, which also checks their syntax.

/** Reads the next bytes of the document into `into` (from its start); answers how many, 0 at the end. */
export type ChunkReader = (into: Uint8Array) => number;

export interface TopLevelVisitor {
  /** Whether the array under this top-level key is handed over element by element. */
  streams(key: string): boolean;
  /** A top-level value handed whole: any key not streamed, or a streamed key whose value is no array. */
  value(key: string, value: unknown): void;
  start(key: string): void;
  element(key: string, index: number, value: unknown): void;
  end(key: string, count: number): void;
  /** The whole document when it is not an object (nothing else is called). */
  root(value: unknown): void;
}

/** The bytes are not JSON; `offset` counts bytes from the start of the document. */
export class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.offset = offset;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const INCOMPLETE = -1;

/** Index just past the string whose opening quote is before `i`, or INCOMPLETE. */
function stringEnd(buf: Uint8Array, i: number, end: number): number {
  for (; i < end; i++) {
    const b = buf[i]!;
    if (b === BACKSLASH) i++;
    else if (b === QUOTE) return i + 1;
  }
  return INCOMPLETE;
}

/** Index just past the value starting at `i` (its syntax is left to JSON.parse), or INCOMPLETE. */
function valueEnd(buf: Uint8Array, i: number, end: number, atEof: boolean): number {
  const first = buf[i]!;
  if (first === QUOTE) return stringEnd(buf, i + 1, end);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let j = i; j < end; j++) {
      const b = buf[j]!;
      if (b === QUOTE) {
        j = stringEnd(buf, j + 1, end);
        if (j === INCOMPLETE) return INCOMPLETE;
        j--;
      } else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        if (--depth === 0) return j + 1;
      }
    }
    return INCOMPLETE;
  }
  // a number or a literal: up to the next delimiter
  for (let j = i; j < end; j++) {
    const b = buf[j]!;
    if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b) || b === COLON) return j;
  }
  return atEof ? end : INCOMPLETE;
}

/**
 * The unread bytes, in one buffer reused for the whole document: what is consumed is dropped and the
 * rest moved to the front before the next read. Small reads keep each batch of rows, and the strings
 * parsed from it, small enough to die young in V8's heap.
 */
class Window {
  buf: Uint8Array;
  /** Bytes of buf that hold data. */
  len = 0;
  pos = 0;
  /** Offset of buf[0] in the document. */
  base = 0;
  eof = false;
  readonly #read: ChunkReader;
  readonly #decoder = new TextDecoder();
  constructor(read: ChunkReader, size: number) {
    this.#read = read;
    this.buf = new Uint8Array(size);
  }
  /** Reads on, dropping the bytes before `keep`; false at the end of the document. */
  more(keep: number): boolean {
    if (this.eof) return false;
    if (keep > 0) {
      this.buf.copyWithin(0, keep, this.len);
      this.len -= keep;
      this.pos -= keep;
      this.base += keep;
    }
    if (this.len === this.buf.length) {
      const grown = new Uint8Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    const n = this.#read(this.buf.subarray(this.len));
    if (n === 0) {
      this.eof = true;
      return false;
    }
    this.len += n;
    return true;
  }
  /** Skips white space (reading on as needed); the next byte, or -1 at the end of the document. */
  peek(): number {
    for (;;) {
      while (this.pos < this.len && isSpace(this.buf[this.pos]!)) this.pos++;
      if (this.pos < this.len) return this.buf[this.pos]!;
      if (!this.more(this.pos)) return -1;
    }
  }
  /** Index just past the value at pos, reading on until the window holds it whole. */
  valueEnd(): number {
    for (;;) {
      const end = valueEnd(this.buf, this.pos, this.len, this.eof);
      if (end !== INCOMPLETE) return end;
      // read at least as much again before scanning anew, so a huge value is scanned a few times only
      const wanted = Math.max(this.len - this.pos, 1) * 2;
      while (this.len - this.pos < wanted && this.more(this.pos));
      if (this.eof && valueEnd(this.buf, this.pos, this.len, true) === INCOMPLETE)
        throw this.error('文件在一个值的中间结束（文件不完整）', this.len);
    }
  }
  text(from: number, to: number): string {
    return this.#decoder.decode(this.buf.subarray(from, to));
  }
  error(message: string, at = this.pos): JsonSyntaxError {
    return new JsonSyntaxError(message, this.base + at);
  }
  expect(byte: number, what: string): void {
    const b = this.peek();
    if (b !== byte) throw this.unexpected(b, what);
    this.pos++;
  }
  unexpected(b: number, what: string): JsonSyntaxError {
    if (b === -1) return this.error(`文件在${what}之前结束（文件不完整）`);
    return this.error(`此处应为${what}，实际为“${String.fromCharCode(b)}”`);
  }
}

function parse(text: string, window: Window, at: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw window.error('此处的值不是有效的 JSON', at);
  }
}

/** Hands the elements of the array at pos to the visitor, parsing the ones a window holds whole at once. */
function streamArray(w: Window, key: string, visitor: TopLevelVisitor): void {
  w.pos++; // the '['
  visitor.start(key);
  let count = 0;
  if (w.peek() === CLOSE_BRACKET) {
    w.pos++;
    visitor.end(key, 0);
    return;
  }
  for (;;) {
    // the elements complete in the window, separated by commas
    if (w.peek() === -1) throw w.unexpected(-1, `“${key}”的下一项`);
    let last = w.valueEnd();
    const batchStart = w.pos; // valueEnd may have moved the window
    const offsets = [batchStart];
    let closed = false;
    let i = last;
    for (;;) {
      while (i < w.len && isSpace(w.buf[i]!)) i++;
      if (i >= w.len) break;
      const b = w.buf[i]!;
      if (b === CLOSE_BRACKET) {
        closed = true;
        break;
      }
      if (b !== COMMA) throw w.error(`此处应为“,”或“]”，实际为“${String.fromCharCode(b)}”`, i);
      let j = i + 1;
      while (j < w.len && isSpace(w.buf[j]!)) j++;
      if (j >= w.len) break;
      if (w.buf[j] === CLOSE_BRACKET) throw w.error('数组的最后一项后面多了“,”', i);
      const end = valueEnd(w.buf, j, w.len, w.eof);
      if (end === INCOMPLETE) break;
      offsets.push(j);
      last = end;
      i = end;
    }
    let values: unknown[];
    try {
      values = JSON.parse(`[${w.text(batchStart, last)}]`) as unknown[];
    } catch {
      // find the element at fault, for a message that points at it
      for (const at of offsets) {
        const end = valueEnd(w.buf, at, w.len, true);
        parse(w.text(at, end), w, at);
      }
      throw w.error('此处的值不是有效的 JSON', batchStart);
    }
    for (const value of values) visitor.element(key, count++, value);
    w.pos = last;
    if (closed) {
      w.pos = i + 1;
      visitor.end(key, count);
      return;
    }
    // continue after the separator that follows the last element parsed
    const b = w.peek();
    if (b === CLOSE_BRACKET) {
      w.pos++;
      visitor.end(key, count);
      return;
    }
    if (b !== COMMA) throw w.unexpected(b, '“,”或“]”');
    w.pos++;
    const next = w.peek();
    if (next === CLOSE_BRACKET) throw w.error('数组的最后一项后面多了“,”');
  }
}

const WINDOW_BYTES = 64 * 1024;

/** Reads the whole document, calling the visitor as it goes; throws JsonSyntaxError on bad syntax. */
export function streamJson(read: ChunkReader, visitor: TopLevelVisitor): void {
  const w = new Window(read, WINDOW_BYTES);
  let first = w.peek();
  // a byte-order mark, which some editors write
  if (first === 0xef && w.len - w.pos >= 3 && w.buf[w.pos + 1] === 0xbb && w.buf[w.pos + 2] === 0xbf) {
    w.pos += 3;
    first = w.peek();
  }
  if (first === -1) throw w.error('文件是空的');
  if (first !== OPEN_BRACE) {
    const end = w.valueEnd();
    const value = parse(w.text(w.pos, end), w, w.pos);
    w.pos = end;
    if (w.peek() !== -1) throw w.error('文档结束后还有多余的内容');
    visitor.root(value);
    return;
  }
  w.pos++;
  if (w.peek() === CLOSE_BRACE) w.pos++;
  else
    for (;;) {
      if (w.peek() !== QUOTE) throw w.unexpected(w.peek(), '用双引号括起的键名');
      const keyEnd = w.valueEnd();
      const key = parse(w.text(w.pos, keyEnd), w, w.pos) as string;
      w.pos = keyEnd;
      w.expect(COLON, '“:”');
      const b = w.peek();
      if (b === -1) throw w.unexpected(b, `“${key}”的值`);
      if (b === OPEN_BRACKET && visitor.streams(key)) streamArray(w, key, visitor);
      else {
        const end = w.valueEnd();
        const value = parse(w.text(w.pos, end), w, w.pos);
        w.pos = end;
        visitor.value(key, value);
      }
      const next = w.peek();
      if (next === CLOSE_BRACE) {
        w.pos++;
        break;
      }
      if (next !== COMMA) throw w.unexpected(next, '“,”或“}”');
      w.pos++;
    }
  if (w.peek() !== -1) throw w.error('文档结束后还有多余的内容');
}

/** A reader over bytes already in memory. */
export function bytesReader(bytes: Uint8Array): ChunkReader {
  let at = 0;
  return (into) => {
    const n = Math.min(into.length, bytes.length - at);
    into.set(bytes.subarray(at, at + n));
    at += n;
    return n;
  };
}

/** Hands a document already in memory to a visitor the way streamJson would. */
export function visitDocument(document: unknown, visitor: TopLevelVisitor): void {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    visitor.root(document);
    return;
  }
  for (const [key, value] of Object.entries(document)) {
    if (Array.isArray(value) && visitor.streams(key)) {
      visitor.start(key);
      value.forEach((element, i) => visitor.element(key, i, element));
      visitor.end(key, value.length);
    } else visitor.value(key, value);
  }
}
