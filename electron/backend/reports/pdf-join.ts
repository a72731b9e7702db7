// Joins PDFs printed part by part into one file, one part in memory at a time. pdf-lib holding the
// whole joined register (1,400 pages, 21,000 objects) and then saving it took ~200 MB on top of the
// report; here each part is read by pdf-lib, its pages copied into a small document whose object
// numbers continue the previous part's, drawn on (the page footers), and written out as bytes. The
// file ends with one catalog and one flat page tree that lists every page.
import { PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';

const encoder = new TextEncoder();
/** The catalog and the page tree's root: the first two object numbers, written last. */
const CATALOG = 1;
const PAGES = 2;

export class PdfJoiner {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  /** Byte offset of each object written, by object number. */
  private readonly offsets: number[] = [];
  private readonly pages: number[] = [];
  private largest = PAGES;

  constructor() {
    // A binary comment on the second line tells transfer tools the file is binary.
    this.write(encoder.encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n'));
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
      const body = new Uint8Array(object.sizeInBytes());
      object.copyBytesInto(body, 0);
      this.object(ref.objectNumber, body);
    }
    this.largest = doc.context.largestObjectNumber;
    return pages.length;
  }

  /** The whole file: catalog, page tree, document information, cross-reference table. */
  finish(info: { title: string; author: string; creator: string }): Buffer {
    this.object(CATALOG, encoder.encode(`<< /Type /Catalog /Pages ${PAGES} 0 R >>`));
    this.object(PAGES, encoder.encode(`<< /Type /Pages /Kids [${this.pages.map((n) => `${n} 0 R`).join(' ')}] /Count ${this.pages.length} >>`));
    const infoNumber = ++this.largest;
    const text = (s: string) => PDFHexString.fromText(s).toString();
    this.object(infoNumber, encoder.encode(`<< /Title ${text(info.title)} /Author ${text(info.author)} /Creator ${text(info.creator)} /Producer ${text('Chromium, pdf-lib')} >>`));
    const xrefAt = this.length;
    const size = this.largest + 1;
    const rows = ['xref', `0 ${size}`, '0000000000 65535 f\r'];
    for (let n = 1; n < size; n++) {
      const at = this.offsets[n];
      rows.push(at === undefined ? '0000000000 65535 f\r' : `${String(at).padStart(10, '0')} 00000 n\r`);
    }
    rows.push('trailer', `<< /Size ${size} /Root ${CATALOG} 0 R /Info ${infoNumber} 0 R >>`, 'startxref', String(xrefAt), '%%EOF', '');
    this.write(encoder.encode(rows.join('\n')));
    return Buffer.concat(this.chunks, this.length);
  }

  private object(n: number, body: Uint8Array): void {
    this.offsets[n] = this.length;
    this.write(encoder.encode(`${n} 0 obj\n`));
    this.write(body);
    this.write(encoder.encode('\nendobj\n'));
  }

  private write(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
}
