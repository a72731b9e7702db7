// Joins PDFs printed part by part into one file, one part in memory at a time. pdf-lib holding the
// whole joined register (1,400 pages, 21,000 objects) and then saving it took ~200 MB on top of the
// report; here each part is read by pdf-lib, its pages copied into a small document whose object
// numbers continue the previous part's, drawn on (the page footers), and written out as bytes. The
// file ends with one catalog and one flat page tree that lists every page.
import { PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';

/** The catalog and the page tree's root: the first two object numbers, written last. */
const CATALOG = 1;
const PAGES = 2;

export class PdfJoiner {
  /** The file so far, in one buffer that doubles when full: tens of thousands of small buffers left the process's memory fragmented. */
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  /** Byte offset of each object written, by object number. */
  private readonly offsets: number[] = [];
  private readonly pages: number[] = [];
  private largest = PAGES;

  constructor() {
    // A binary comment on the second line tells transfer tools the file is binary.
    this.latin1('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
  }

  /**
   * Appends the pages of one printed part; `decorate` may draw on them (in the part's own document)
   * before they are written.
   */
  async append(bytes: Uint8Array, decorate?: (doc: PDFDocument, pages: ReturnType<PDFDocument['getPages']>) => Promise<void>): Promise<number> {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    const doc = await PDFDocument.create({ updateMetadata: false });
    const own = new Set(doc.context.enumerateIndirectObjects().map(([ref]) => ref.objectNumber));
    // The copies get numbers after everything written so far; the document's own catalog and page
    // tree (numbers below) are not written.
    doc.context.largestObjectNumber = Math.max(doc.context.largestObjectNumber, this.largest);
    const pages = await doc.copyPages(part, part.getPageIndices());
    if (decorate) await decorate(doc, pages);
    await doc.flush();
    // The joined file's page tree is their parent (set last: pdf-lib would look it up in this document).
    const root = PDFRef.of(PAGES);
    for (const page of pages) {
      page.node.set(PDFName.of('Parent'), root);
      this.pages.push(doc.context.getObjectRef(page.node)!.objectNumber);
    }
    for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
      if (own.has(ref.objectNumber)) continue;
      this.offsets[ref.objectNumber] = this.length;
      this.latin1(`${ref.objectNumber} 0 obj\n`);
      this.reserve(object.sizeInBytes());
      this.length += object.copyBytesInto(this.buffer, this.length);
      this.latin1('\nendobj\n');
    }
    this.largest = doc.context.largestObjectNumber;
    return pages.length;
  }

  /** The whole file: catalog, page tree, document information, cross-reference table. */
  finish(info: { title: string; author: string; creator: string }): Buffer {
    this.object(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R >>`);
    this.object(PAGES, `<< /Type /Pages /Kids [${this.pages.map((n) => `${n} 0 R`).join(' ')}] /Count ${this.pages.length} >>`);
    const infoNumber = ++this.largest;
    const text = (s: string) => PDFHexString.fromText(s).toString();
    this.object(infoNumber, `<< /Title ${text(info.title)} /Author ${text(info.author)} /Creator ${text(info.creator)} /Producer ${text('Chromium, pdf-lib')} >>`);
    const xrefAt = this.length;
    const size = this.largest + 1;
    const rows = ['xref', `0 ${size}`, '0000000000 65535 f\r'];
    for (let n = 1; n < size; n++) {
      const at = this.offsets[n];
      rows.push(at === undefined ? '0000000000 65535 f\r' : `${String(at).padStart(10, '0')} 00000 n\r`);
    }
    rows.push('trailer', `<< /Size ${size} /Root ${CATALOG} 0 R /Info ${infoNumber} 0 R >>`, 'startxref', String(xrefAt), '%%EOF', '');
    this.latin1(rows.join('\n'));
    return Buffer.from(this.buffer.buffer, 0, this.length);
  }

  private object(n: number, body: string): void {
    this.offsets[n] = this.length;
    this.latin1(`${n} 0 obj\n${body}\nendobj\n`);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Object headers, the catalog, the page tree and the table: one byte a character. */
  private latin1(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }
}
