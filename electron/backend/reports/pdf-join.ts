// Joins PDFs printed part by part into one file, one part in memory at a time. pdf-lib holding the
// whole joined register (1,400 pages, 21,000 objects) and then saving it took ~200 MB on top of the
// report; here each part is read by pdf-lib, its pages copied into a small document whose object
// numbers continue the previous part's, drawn on (the page footers), and written to the output file
// as they come (the joined register, 25 MB, is never held whole). The file ends with one catalog and
// one flat page tree that lists every page.
import { writeSync } from 'node:fs';
import { PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';

/** The catalog and the page tree's root: the first two object numbers, written last. */
const CATALOG = 1;
const PAGES = 2;

/** Bytes gathered before a write: tens of thousands of small writes (or buffers) for one file cost more. */
const CHUNK = 1 << 20;

export class PdfJoiner {
  private readonly fd: number;
  /** Bytes not yet written; `length` counts every byte of the file so far, written or not. */
  private readonly buffer = new Uint8Array(CHUNK);
  private used = 0;
  private length = 0;
  /** Byte offset of each object written, by object number. */
  private readonly offsets: number[] = [];
  private readonly pages: number[] = [];
  private largest = PAGES;

  /** Writes to `fd`, a file opened empty (the cross-reference table counts bytes from its start). */
  constructor(fd: number) {
    this.fd = fd;
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
      const size = object.sizeInBytes();
      if (size > CHUNK) {
        const bytes = new Uint8Array(size);
        this.write(bytes.subarray(0, object.copyBytesInto(bytes, 0)));
      } else {
        this.reserve(size);
        const n = object.copyBytesInto(this.buffer, this.used);
        this.used += n;
        this.length += n;
      }
      this.latin1('\nendobj\n');
    }
    this.largest = doc.context.largestObjectNumber;
    return pages.length;
  }

  /** Ends the file: catalog, page tree, document information, cross-reference table. Returns its size. */
  finish(info: { title: string; author: string; creator: string }): number {
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
    rows.push('trailer', `<< /Size ${size} /Root ${CATALOG} 0 R /Info ${infoNumber} 0 R >>`, 'startxref', String(xrefAt), '%%EOF');
    for (const row of rows) this.latin1(`${row}\n`);
    this.flush();
    return this.length;
  }

  private object(n: number, body: string): void {
    this.offsets[n] = this.length;
    this.latin1(`${n} 0 obj\n${body}\nendobj\n`);
  }

  /** Room for n more bytes in the buffer (n at most CHUNK). */
  private reserve(n: number): void {
    if (this.used + n > this.buffer.length) this.flush();
  }

  private flush(): void {
    this.writeOut(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Bytes too large for the buffer, after what it holds. */
  private write(bytes: Uint8Array): void {
    this.flush();
    this.writeOut(bytes);
    this.length += bytes.length;
  }

  private writeOut(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
  }

  /** Object headers, the catalog, the page tree and the table: one byte a character. */
  private latin1(text: string): void {
    if (text.length > CHUNK) {
      this.write(Buffer.from(text, 'latin1'));
      return;
    }
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.used++] = text.charCodeAt(i);
    this.length += text.length;
  }
}
