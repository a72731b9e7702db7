// The tables of a Word report as WordprocessingML written directly, spliced into the document the
// docx package made. That package builds an object per cell, property and attribute: 5,000 rows took
// 35 s and 1.5 GB, and the 70,000-row compliance detail did not finish. A row here is one string, and
// the document part is streamed into a fresh zip in batches of rows, never held whole.
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { formatCell } from '../../../shared/reports/format.ts';
import type { ReportTable, Tone } from '../../../shared/reports/model.ts';

/** Paragraph styles the document defines for table cells (docx.ts): text, numbers, headers; normal and small. */
export const CELL_STYLES = { text: 'RptText', number: 'RptNumber', head: 'RptHead' } as const;
export const SMALL = 'Small';

const TONE: Record<Tone, string> = { pass: '1B5E20', fail: 'B71C1C', muted: '666666' };
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

const xmlText = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : ''));

function cellXml(text: string, style: string, rPr = ''): string {
  const run = text ? `<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>` : '';
  return `<w:tc><w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run}</w:p></w:tc>`;
}

/**
 * A table as WordprocessingML, a row at a time (a string that dies young; chunks of rows joined into
 * one string were large objects that only a full collection frees): fixed layout on the column widths
 * (twips), borders and cell margins set once for the table.
 */
export function* tableXml(table: ReportTable, textWidth: number): Generator<string> {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((c.width / total) * textWidth));
  const small = table.columns.length > 7 ? SMALL : '';
  const statusCol = table.columns.findIndex((c) => c.header === '状态' || c.header === '是否达标');
  const shade = '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/>';
  const head = table.columns
    .map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shade}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${CELL_STYLES.head}${small}"/></w:pPr><w:r><w:t xml:space="preserve">${xmlText(c.header)}</w:t></w:r></w:p></w:tc>`)
    .join('');
  yield `<w:tbl><w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="50" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="50" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${head}</w:tr>`;
  const styles = table.columns.map((c) => (c.format === 'text' ? CELL_STYLES.text : CELL_STYLES.number) + small);
  for (const r of table.rows) {
    const cells = r.cells.map((v, i) => {
      const colour = r.tone && i === statusCol ? `<w:color w:val="${TONE[r.tone]}"/>` : '';
      const bold = r.total || (r.tone === 'fail' && i === statusCol) ? '<w:b/>' : '';
      return cellXml(formatCell(v, table.columns[i]!.format), styles[i]!, bold || colour ? `<w:rPr>${bold}${colour}</w:rPr>` : '');
    });
    yield `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  }
  yield '</w:tbl>';
}

/** The paragraph that holds a table's place in the docx package's document until it is spliced in. */
export const placeholder = (n: number): string => `\u3010JIAOWU-TABLE-${n}\u3011`;

/** Bytes of the document part encoded and deflated at a time (through one buffer, reused). */
const PIECE = 1 << 18;

/**
 * A zip entry deflated by zlib, a piece at a time: each piece is a raw deflate stream of its own ended
 * by a sync flush (byte-aligned, not final), the last one finished, so that together they are one valid
 * deflate stream. fflate's deflater (JavaScript) allocated typed arrays for every 8 KB block, which the
 * garbage collector let pile up (~100 MB of RSS over the 110 MB document part of the compliance register).
 */
class NativeDeflate extends ZipPassThrough {
  constructor(name: string) {
    super(name);
    this.compression = 8;
  }
  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, deflateRawSync(chunk, { finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }), final);
  }
}

/** Writes text into a zip entry as UTF-8, in pieces of PIECE bytes. */
function textWriter(entry: ZipPassThrough): { write(text: string): void; end(): void } {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(PIECE);
  let used = 0;
  return {
    write(text) {
      let rest = text;
      while (rest.length > 0) {
        const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
        used += written;
        rest = rest.slice(read);
        // full (or too full for the next character): the piece goes out
        if (rest.length > 0 || used > PIECE - 4) {
          entry.push(buffer.subarray(0, used));
          used = 0;
        }
      }
    },
    end() {
      entry.push(buffer.subarray(0, used), true);
    },
  };
}

/**
 * The docx package's file with each placeholder paragraph replaced by its table: the other parts are
 * copied, the document part is written anew, streamed through the deflater piece by piece.
 */
export function spliceTables(file: Uint8Array, tables: Generator<string>[]): Buffer {
  const parts = unzipSync(file);
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failed = error;
    else out.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name !== 'word/document.xml') {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(data, true);
      continue;
    }
    const entry = new NativeDeflate(name);
    zip.add(entry);
    const text = textWriter(entry);
    let xml = new TextDecoder().decode(data);
    tables.forEach((rows, n) => {
      const at = xml.indexOf(placeholder(n));
      if (at < 0) throw new Error(`docx: table ${n} has no placeholder`);
      const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      text.write(xml.slice(0, start));
      for (const chunk of rows) text.write(chunk);
      xml = xml.slice(end);
    });
    text.write(xml);
    text.end();
  }
  zip.end();
  if (failed) throw failed;
  return Buffer.concat(out);
}
