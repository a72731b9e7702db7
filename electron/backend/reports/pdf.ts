// Prints the report's HTML to an A4 PDF with headless Chromium (chromium.ts). The fonts are the
// system's CJK fonts, which Chromium embeds (subset) in the PDF. The PDF is written to a file as it is
// made: a large school's register is 25 MB, and the process must stay within its memory budget.
//
// Chromium fails to print a large school's compliance register (about 1,450 pages) in one piece, so a
// report with long tables is printed in parts of a few thousand rows (html.ts), each to a temporary
// file, then joined into the output file (pdf-join.ts) and numbered: Chromium's own page numbers start
// again in every part, so each part is printed with the header only, and the “第 x 页 共 y 页” footers
// are printed by Chromium on blank pages (the numbers written out) and drawn over the joined pages.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportModel } from '../../../shared/reports/model.ts';
import { StoreError } from '../errors.ts';
import { Chromium, type PrintOptions } from './chromium.ts';
import { pdfHeaderFooter, reportHtmlParts } from './html.ts';
import { rowCounter, type WriteProgress } from './write-progress.ts';

/** Where the Chromium binary is; a machine with it elsewhere sets JIAOWU_CHROMIUM. */
export const chromiumPath = (): string => process.env.JIAOWU_CHROMIUM ?? '/usr/bin/chromium';

/** A part of a hundred pages takes a minute on a slow machine: give up only when Chromium is stuck. */
const TIMEOUT_MS = 15 * 60_000;
/** Table rows printed at a time: about 75 dense pages, well below what Chromium prints in one piece. */
export const ROWS_PER_PART = 4000;
const MARGIN = { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' };

export interface PdfOptions {
  /** Table rows per printed part (tests print small reports in several parts). */
  rowsPerPart?: number;
}

async function print(browser: Chromium, html: string, options: PrintOptions, fd: number): Promise<number> {
  try {
    return await browser.print(html, options, fd);
  } catch (error) {
    throw new StoreError('INTERNAL', `浏览器未能打印此报表的 PDF：${(error as Error).message.split('\n')[0]}`);
  }
}

/** Prints into a new file at `path`. */
async function printToFile(browser: Chromium, html: string, options: PrintOptions, path: string): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    await print(browser, html, options, fd);
  } finally {
    closeSync(fd);
  }
}

/** Blank A4 pages carrying only the footers “第 first 页 共 total 页” onwards, to be drawn over printed pages. */
function footerPagesHtml(first: number, count: number, total: number): string {
  const pages = Array.from({ length: count }, (_, i) => `<div class="p"><div class="f">第 ${first + i} 页 共 ${total} 页</div></div>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0; }
body { margin: 0; }
.p { position: relative; height: 297mm; overflow: hidden; break-after: page; }
.p:last-child { break-after: auto; }
.f { position: absolute; left: 0; right: 0; bottom: ${FOOTER_BOTTOM}; text-align: center; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8pt; color: #444; }
</style></head><body>${pages.join('')}</body></html>`;
}
/** Where Chromium writes a footer template's line in the 20 mm bottom margin (measured with pdftotext -bbox). */
const FOOTER_BOTTOM = '5.1mm';

/** Writes the report as a PDF to `fd`, a file opened empty; returns its size in bytes. */
export async function reportPdf(model: ReportModel, fd: number, progress?: WriteProgress, options: PdfOptions = {}): Promise<number> {
  const counter = rowCounter(model, progress);
  let browser: Chromium;
  try {
    browser = await Chromium.launch(chromiumPath(), TIMEOUT_MS);
  } catch (error) {
    throw new StoreError('INTERNAL', `无法启动用于生成 PDF 的浏览器（${chromiumPath()}）：${(error as Error).message.split('\n')[0]}。请安装 Chromium，或改为导出 Excel/Word 格式`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'jiaowu-pdf-'));
  try {
    const { headerTemplate, footerTemplate } = pdfHeaderFooter(model);
    // Laid out one part at a time: a large school's register is 15 MB of HTML.
    const parts = reportHtmlParts(model, options.rowsPerPart ?? ROWS_PER_PART);
    const first = parts.next().value!;
    const second = parts.next();
    if (second.done) {
      const bytes = await print(browser, first.html, { displayHeaderFooter: true, headerTemplate, footerTemplate, printBackground: true, margin: MARGIN }, fd);
      counter.finish();
      return bytes;
    }
    const { PDFDocument } = await import('pdf-lib');
    const { PdfJoiner } = await import('./pdf-join.ts');
    const printed: { path: string; pages: number }[] = [];
    const all = (function* () {
      yield first;
      yield second.value;
      yield* parts;
    })();
    for (const part of all) {
      const path = join(scratch, `part-${printed.length}.pdf`);
      await printToFile(browser, part.html, { displayHeaderFooter: true, headerTemplate, footerTemplate: '<span></span>', printBackground: true, margin: MARGIN }, path);
      printed.push({ path, pages: (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount() });
      for (let r = 0; r < part.rows; r++) counter.row();
    }
    counter.finish();
    // The footers need the number of pages of the whole report, known only now.
    const total = printed.reduce((sum, p) => sum + p.pages, 0);
    const joiner = new PdfJoiner(fd);
    let number = 1;
    for (const part of printed) {
      const footerPath = join(scratch, 'footers.pdf');
      await printToFile(browser, footerPagesHtml(number, part.pages, total), {}, footerPath);
      const footers = readFileSync(footerPath);
      await joiner.append(readFileSync(part.path), async (doc, pages) => {
        const embedded = await doc.embedPdf(footers, pages.map((_, j) => j));
        embedded.forEach((footer, j) => pages[j]!.drawPage(footer, { x: 0, y: 0 }));
      });
      rmSync(part.path);
      number += part.pages;
    }
    return joiner.finish({ title: model.title, author: model.institution, creator: '教务通' });
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
