// The tables of a Word report as WordprocessingML written directly, spliced into the document the
// docx package made. That package builds an object per cell, property and attribute: 5,000 rows took
// 35 s and 1.5 GB, and the 70,000-row compliance detail did not finish. A row here is one string, and
// the document part is streamed into a fresh zip in batches of rows, never held whole.
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import { formatCell } from '../../../shared/reports/format.ts';
import type { ReportTable, Tone } from '../../../shared/reports/model.ts';

/** Paragraph styles the document defines for table cells (docx.ts): text, numbers, headers; normal and small. */
export const CELL_STYLES = { text: 'RptText', number: 'RptNumber', head: 'RptHead' } as const;
export const SMALL = 'Small';

const TONE: Record<Tone, string> = { pass: '1B5E20', fail: 'B71C1C', muted: '666666' };
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const ROWS_PER_CHUNK = 2000;

const xmlText = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : ''));

function cellXml(text: string, style: string, rPr = ''): string {
  const run = text ? `<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>` : '';
  return `<w:tc><w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run}</w:p></w:tc>`;
}

/** A table as WordprocessingML, in chunks of rows: fixed layout on the column widths (twips), borders and cell margins set once for the table. */
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
  let chunk: string[] = [];
  for (const r of table.rows) {
    const cells = r.cells.map((v, i) => {
      const colour = r.tone && i === statusCol ? `<w:color w:val="${TONE[r.tone]}"/>` : '';
      const bold = r.total || (r.tone === 'fail' && i === statusCol) ? '<w:b/>' : '';
      return cellXml(formatCell(v, table.columns[i]!.format), styles[i]!, bold || colour ? `<w:rPr>${bold}${colour}</w:rPr>` : '');
    });
    chunk.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`);
    if (chunk.length === ROWS_PER_CHUNK) {
      yield chunk.join('');
      chunk = [];
    }
  }
  yield `${chunk.join('')}</w:tbl>`;
}

/** The paragraph that holds a table's place in the docx package's document until it is spliced in. */
export const placeholder = (n: number): string => `\u3010JIAOWU-TABLE-${n}\u3011`;

/**
 * The docx package's file with each placeholder paragraph replaced by its table: the other parts are
 * copied, the document part is written anew, streamed through the deflater chunk by chunk.
 */
export function spliceTables(file: Uint8Array, tables: Generator<string>[]): Buffer {
  const parts = unzipSync(file);
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failed = error;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  for (const [name, data] of Object.entries(parts)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    if (name !== 'word/document.xml') {
      entry.push(data, true);
      continue;
    }
    let xml = new TextDecoder().decode(data);
    tables.forEach((rows, n) => {
      const at = xml.indexOf(placeholder(n));
      if (at < 0) throw new Error(`docx: table ${n} has no placeholder`);
      const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      entry.push(encoder.encode(xml.slice(0, start)));
      for (const chunk of rows) entry.push(encoder.encode(chunk));
      xml = xml.slice(end);
    });
    entry.push(encoder.encode(xml), true);
  }
  zip.end();
  if (failed) throw failed;
  return Buffer.concat(out);
}
