// Prints the report's HTML to an A4 PDF with headless Chromium (chromium.ts). The fonts are the
// system's CJK fonts, which Chromium embeds (subset) in the PDF. The PDF is written to a file as it is
// made: a large school's register is 25 MB, and the process must stay within its memory budget.
//
// Chromium fails to print a large school's compliance register (about 1,450 pages) in one piece, so a
// report with long tables is printed in parts of a few thousand rows (html.ts), each to a temporary
// file, then joined into the output file (pdf-join.ts) and numbered: Chromium's own page numbers start
// again in every part, so each part is printed with the header only, and the “第 x 页 共 y 页” footers
// are printed by Chromium on blank pages (the numbers written out) and drawn over the joined pages.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

async function print(browser: Chromium, html: string | Uint8Array, options: PrintOptions, fd: number): Promise<number> {
  try {
    return await browser.print(html, options, fd);
  } catch (error) {
    throw new StoreError('INTERNAL', `浏览器未能打印此报表的 PDF：${(error as Error).message.split('\n')[0]}`);
  }
}

/** Prints into a new file at `path`. */
async function printToFile(browser: Chromium, html: string | Uint8Array, options: PrintOptions, path: string): Promise<void> {
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

/** A report laid out for printing: one HTML file per part in `dir`. Nothing of the model is needed after. */
export interface PdfLayout {
  dir: string;
  parts: { path: string; rows: number }[];
  headerTemplate: string;
  footerTemplate: string;
  info: { title: string; author: string; creator: string };
}

/**
 * Lays the report out into `dir`, one part at a time (a large school's register is 15 MB of HTML),
 * so that its caller can let the model go before the long printing starts: what the process holds
 * while Chromium prints decides how far its heap grows.
 */
export function layoutPdf(model: ReportModel, dir: string, options: PdfOptions = {}): PdfLayout {
  const parts: PdfLayout['parts'] = [];
  for (const part of reportHtmlParts(model, options.rowsPerPart ?? ROWS_PER_PART)) {
    const path = join(dir, `part-${parts.length}.html`);
    writeFileSync(path, part.html);
    parts.push({ path, rows: part.rows });
  }
  return { dir, parts, ...pdfHeaderFooter(model), info: { title: model.title, author: model.institution, creator: '教务通' } };
}

/** Prints a laid-out report as a PDF to `fd`, a file opened empty; returns its size in bytes. */
export async function printPdf(layout: PdfLayout, fd: number, progress?: WriteProgress): Promise<number> {
  const counter = rowCounter(layout.parts.reduce((sum, p) => sum + p.rows, 0), progress);
  let browser: Chromium;
  try {
    browser = await Chromium.launch(chromiumPath(), TIMEOUT_MS);
  } catch (error) {
    throw new StoreError('INTERNAL', `无法启动用于生成 PDF 的浏览器（${chromiumPath()}）：${(error as Error).message.split('\n')[0]}。请安装 Chromium，或改为导出 Excel/Word 格式`);
  }
  try {
    const { headerTemplate, footerTemplate, dir } = layout;
    const page = { displayHeaderFooter: true, headerTemplate, printBackground: true, margin: MARGIN };
    if (layout.parts.length === 1) {
      const bytes = await print(browser, readFileSync(layout.parts[0]!.path), { ...page, footerTemplate }, fd);
      counter.finish();
      return bytes;
    }
    const { PDFDocument } = await import('pdf-lib');
    const { PdfJoiner } = await import('./pdf-join.ts');
    const printed: { path: string; pages: number }[] = [];
    for (const part of layout.parts) {
      const path = join(dir, `part-${printed.length}.pdf`);
      await printToFile(browser, readFileSync(part.path), { ...page, footerTemplate: '<span></span>' }, path);
      rmSync(part.path);
      printed.push({ path, pages: (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount() });
      for (let r = 0; r < part.rows; r++) counter.row();
    }
    counter.finish();
    // The footers need the number of pages of the whole report, known only now.
    const total = printed.reduce((sum, p) => sum + p.pages, 0);
    const joiner = new PdfJoiner(fd);
    const footerPath = join(dir, 'footers.pdf');
    let number = 1;
    for (const part of printed) {
      await printToFile(browser, footerPagesHtml(number, part.pages, total), {}, footerPath);
      const footers = readFileSync(footerPath);
      await joiner.append(readFileSync(part.path), async (doc, pages) => {
        const embedded = await doc.embedPdf(footers, pages.map((_, j) => j));
        embedded.forEach((footer, j) => pages[j]!.drawPage(footer, { x: 0, y: 0 }));
      });
      rmSync(part.path);
      number += part.pages;
    }
    return joiner.finish(layout.info);
  } finally {
    await browser.close();
  }
}

/** Lays out and prints a report held by the caller (tests; writers that keep the model anyway). */
export async function reportPdf(model: ReportModel, fd: number, progress?: WriteProgress, options: PdfOptions = {}): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'jiaowu-pdf-'));
  try {
    return await printPdf(layoutPdf(model, dir, options), fd, progress);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
