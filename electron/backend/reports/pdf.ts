// Prints the report's HTML to an A4 PDF with headless Chromium (playwright-core). The fonts are the
// system's CJK fonts, which Chromium embeds (subset) in the PDF.
//
// Chromium fails to print a large school's compliance register (about 1,450 pages) in one piece, so a
// report with long tables is printed in parts of a few thousand rows (html.ts), joined with pdf-lib,
// and numbered afterwards: Chromium's own page numbers start again in every part, so each part is
// printed with the header only, and the “第 x 页 共 y 页” footers are printed by Chromium on blank
// pages (the numbers written out) and drawn over the joined pages.
import type { Browser, Page } from 'playwright-core';
import type { ReportModel } from '../../../shared/reports/model.ts';
import { StoreError } from '../errors.ts';
import { pdfHeaderFooter, reportHtmlParts } from './html.ts';
import { rowCounter, type WriteProgress } from './write-progress.ts';

/** Where the Chromium binary is; a machine with it elsewhere sets JIAOWU_CHROMIUM. */
export const chromiumPath = (): string => process.env.JIAOWU_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The page's address: answered from memory, never fetched. */
const REPORT_URL = 'http://report.invalid/';
/** A part of a hundred pages takes a minute on a slow machine: give up only when Chromium is stuck. */
const TIMEOUT_MS = 15 * 60_000;
/** Table rows printed at a time: about 75 dense pages, well below what Chromium prints in one piece. */
export const ROWS_PER_PART = 4000;
const MARGIN = { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' };

export interface PdfOptions {
  /** Table rows per printed part (tests print small reports in several parts). */
  rowsPerPart?: number;
}

/** Prints one HTML page, served from memory; anything else the page asks for is refused. */
async function print(browser: Browser, html: string, pdf: Parameters<Page['pdf']>[0]): Promise<Uint8Array> {
  let page: Page | undefined;
  try {
    page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    // A navigation answered from memory: setContent pushes the whole page through one script call,
    // which timed out after 30 s on the 50,000-trainee report. A report must not reach out.
    await page.route('**/*', (route) =>
      route.request().url() === REPORT_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
    );
    await page.goto(REPORT_URL, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, ...pdf });
  } catch (error) {
    throw new StoreError('INTERNAL', `浏览器未能打印此报表的 PDF：${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page?.close();
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

export async function reportPdf(model: ReportModel, progress?: WriteProgress, options: PdfOptions = {}): Promise<Buffer> {
  const counter = rowCounter(model, progress);
  // loaded when a PDF is asked for: playwright-core adds ~85 MB to every backend process that loads it
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  } catch (error) {
    throw new StoreError('INTERNAL', `无法启动用于生成 PDF 的浏览器（${chromiumPath()}）：${(error as Error).message.split('\n')[0]}。请安装 Chromium，或改为导出 Excel/Word 格式`);
  }
  try {
    const { headerTemplate, footerTemplate } = pdfHeaderFooter(model);
    // Laid out one part at a time: a large school's register is 15 MB of HTML.
    const parts = reportHtmlParts(model, options.rowsPerPart ?? ROWS_PER_PART);
    const first = parts.next().value!;
    const second = parts.next();
    if (second.done) {
      const pdf = await print(browser, first.html, { displayHeaderFooter: true, headerTemplate, footerTemplate, margin: MARGIN });
      counter.finish();
      return Buffer.from(pdf);
    }
    const { PDFDocument } = await import('pdf-lib');
    const { PdfJoiner } = await import('./pdf-join.ts');
    const printed: { bytes: Uint8Array; pages: number }[] = [];
    const all = (function* () {
      yield first;
      yield second.value;
      yield* parts;
    })();
    for (const part of all) {
      const bytes = await print(browser, part.html, { displayHeaderFooter: true, headerTemplate, footerTemplate: '<span></span>', margin: MARGIN });
      printed.push({ bytes, pages: (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount() });
      for (let r = 0; r < part.rows; r++) counter.row();
    }
    counter.finish();
    // The footers need the number of pages of the whole report, known only now.
    const total = printed.reduce((sum, p) => sum + p.pages, 0);
    const joiner = new PdfJoiner();
    let number = 1;
    for (const [i, part] of printed.entries()) {
      const footers = await print(browser, footerPagesHtml(number, part.pages, total), { printBackground: false });
      await joiner.append(part.bytes, async (doc, pages) => {
        const embedded = await doc.embedPdf(footers, pages.map((_, j) => j));
        embedded.forEach((footer, j) => pages[j]!.drawPage(footer, { x: 0, y: 0 }));
      });
      printed[i] = { bytes: new Uint8Array(0), pages: part.pages };
      number += part.pages;
    }
    return joiner.finish({ title: model.title, author: model.institution, creator: '教务通' });
  } finally {
    await browser.close();
  }
}
