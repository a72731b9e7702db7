// Prints the report's HTML to an A4 PDF with headless Chromium (playwright-core). The fonts are the
// system's CJK fonts, which Chromium embeds (subset) in the PDF.
import type { ReportModel } from '../../../shared/reports/model.ts';
import { StoreError } from '../errors.ts';
import { pdfHeaderFooter, reportHtml } from './html.ts';
import { rowCounter, type WriteProgress } from './write-progress.ts';

/** Where the Chromium binary is; a machine with it elsewhere sets JIAOWU_CHROMIUM. */
export const chromiumPath = (): string => process.env.JIAOWU_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The page's address: answered from memory, never fetched. */
const REPORT_URL = 'http://report.invalid/';
/** A report of a thousand pages takes minutes on a slow machine: give up only when Chromium is stuck. */
const TIMEOUT_MS = 15 * 60_000;

export async function reportPdf(model: ReportModel, progress?: WriteProgress): Promise<Buffer> {
  // The page is laid out as one HTML string (the tables); Chromium then prints it (the file).
  const counter = rowCounter(model, progress);
  const html = reportHtml(model);
  counter.finish();
  // loaded when a PDF is asked for: playwright-core adds ~85 MB to every backend process that loads it
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  } catch (error) {
    throw new StoreError('INTERNAL', `无法启动用于生成 PDF 的浏览器（${chromiumPath()}）：${(error as Error).message.split('\n')[0]}。请安装 Chromium，或改为导出 Excel/Word 格式`);
  }
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    // The page is a navigation answered from memory: setContent pushes the whole page through one
    // script call, which timed out after 30 s on the 50,000-trainee report. Anything else the page
    // might ask for is refused: a report must not reach out.
    await page.route('**/*', (route) =>
      route.request().url() === REPORT_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
    );
    await page.goto(REPORT_URL, { waitUntil: 'load' });
    const pdf = await page
      .pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        ...pdfHeaderFooter(model),
        margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' },
      })
      .catch(() => {
        // Seen on the 50,000-trainee register (~1,450 pages): Chromium gives up printing it in one piece.
        throw new StoreError('INTERNAL', '浏览器未能打印此报表的 PDF（报表过长时常见）。请改为导出 Excel 或 Word 格式');
      });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
