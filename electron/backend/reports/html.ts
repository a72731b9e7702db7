// The report as one self-contained HTML page (A4 print CSS, inline SVG chart, no script): previewed in
// the app (long tables cut short), printed to PDF by headless Chromium (pdf.ts, in parts for a long
// register) and by Electron's printToPDF in the desktop shell.
import { formatCell } from '../../../shared/reports/format.ts';
import type { ReportModel, ReportSection, ReportTable } from '../../../shared/reports/model.ts';
import { splitTables } from '../../../shared/reports/parts.ts';
import { chartSvg, hasThresholds } from './chart-svg.ts';

export const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Official-document fonts first (Windows/WPS names), then the Noto CJK fonts every build machine has. */
export const FONTS = {
  title: `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC", serif`,
  body: `"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif`,
  table: `"宋体", "SimSun", "Noto Serif CJK SC", serif`,
  heading: `"黑体", "SimHei", "Noto Sans CJK SC", sans-serif`,
};

const CSS = `
@page { size: A4; margin: 22mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
body { font-family: ${FONTS.body}; font-size: 12pt; color: #000; margin: 0; line-height: 1.6; }
.report { max-width: 178mm; margin: 0 auto; padding: 6mm 0; }
h1 { font-family: ${FONTS.title}; font-size: 20pt; font-weight: normal; text-align: center; margin: 0 0 4mm; letter-spacing: 1pt; }
.meta { text-align: center; font-size: 11pt; margin-bottom: 1mm; }
.meta span { margin: 0 3mm; }
.meta.last { margin-bottom: 5mm; }
h2 { font-family: ${FONTS.heading}; font-size: 14pt; font-weight: normal; margin: 6mm 0 2mm; break-after: avoid; }
section > p:last-of-type { break-after: avoid; }
p { margin: 1mm 0; text-indent: 2em; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(50mm, 1fr)); gap: 2mm 6mm; margin: 2mm 0 4mm; }
.summary div { border-bottom: 1px solid #ccc; font-size: 11pt; }
.summary b { font-family: ${FONTS.heading}; font-weight: normal; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-family: ${FONTS.table}; font-size: 9.5pt; line-height: 1.35; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table.dense { font-size: 8pt; line-height: 1.25; }
table.dense th, table.dense td { padding: 0.4mm 1mm; }
th, td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle; }
th { font-family: ${FONTS.heading}; font-weight: normal; background: #eef2f7; text-align: center; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f6f6f6; }
td.pass { color: #1b5e20; white-space: nowrap; }
td.fail { color: #b71c1c; font-weight: bold; }
td.muted { color: #666; white-space: nowrap; }
td.fail { white-space: nowrap; }
.empty { color: #666; text-indent: 0; }
.chart { text-align: center; margin: 3mm 0; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.legend { font-size: 9pt; color: #444; text-align: center; text-indent: 0; }
ol.rules { margin: 1mm 0; padding-left: 7mm; font-size: 11pt; }
.findings li { font-size: 10.5pt; }
.sev-error { color: #b71c1c; }
.sev-warning { color: #8a5a00; }
`;

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
/** Tables longer than this print in the dense style. */
const DENSE_ROWS = 500;

/** Rows [start, end) of a table; the whole table decides whether it prints dense. */
function tableHtml(table: ReportTable, start = 0, end = table.rows.length): string {
  if (table.rows.length === 0) return `<p class="empty">${esc(table.empty ?? '无数据')}</p>`;
  const statusCol = table.columns.findIndex((c) => c.header === '状态' || c.header === '是否达标');
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = table.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(1)}%">`).join('');
  const head = table.columns.map((c) => `<th>${esc(c.header)}</th>`).join('');
  const body: string[] = [];
  for (let r = start; r < end; r++) {
    const row = table.rows[r]!;
    const cells = row.cells
      .map((cell, i) => {
        const col = table.columns[i]!;
        const classes = [col.format !== 'text' ? 'n' : '', row.tone && (i === statusCol || statusCol < 0 && i === row.cells.length - 1) ? row.tone : ''];
        const cls = classes.filter(Boolean).join(' ');
        return `<td${cls ? ` class="${cls}"` : ''}>${esc(formatCell(cell, col.format))}</td>`;
      })
      .join('');
    body.push(`<tr${row.total ? ' class="total"' : ''}>${cells}</tr>`);
  }
  // A long register (a large school's trainees) prints dense: about 55 rows a page instead of 22.
  return `<table${table.rows.length > DENSE_ROWS ? ' class="dense"' : ''}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/** The rows a preview shows of a table: enough to check the layout, few enough for a responsive page. */
export const PREVIEW_ROWS = 200;

function previewTableHtml(table: ReportTable, limit: number): string {
  if (table.rows.length <= limit) return tableHtml(table);
  return `${tableHtml(table, 0, limit)}<p class="empty">预览仅显示前 ${limit} 行（共 ${table.rows.length} 行）；完整内容请导出 Excel、PDF 或 Word。</p>`;
}

/** A section's heading, paragraphs and chart; its table is laid out by the caller. */
function sectionHead(section: ReportSection, n: number): string {
  const parts = [`<h2>${toChineseNumber(n)}、${esc(section.title)}</h2>`];
  for (const p of section.paragraphs ?? []) parts.push(`<p>${esc(p)}</p>`);
  if (section.chart) {
    parts.push(`<div class="chart">${chartSvg(section.chart)}</div>`);
    parts.push(
      `<p class="legend">${hasThresholds(section.chart) ? '柱长为实际值，虚线为达标线；绿色为达标，红色为未达标，灰色为无数据或不适用。' : '柱长为实际值。'}</p>`,
    );
  }
  return parts.join('\n');
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function toChineseNumber(n: number): string {
  if (n <= 10) return DIGITS[n]!;
  if (n < 20) return `十${DIGITS[n - 10]}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** The sections every report closes with: the counting rules and the data-quality checks. */
export function closingSections(model: ReportModel): ReportSection[] {
  const q = model.quality;
  const checks = q.checks.map((c) => `${c.label}：${c.findings === 0 ? '未发现问题' : `${c.findings} 处`}`);
  return [
    { title: '统计口径', paragraphs: [] },
    {
      title: '数据质量检查',
      paragraphs: [
        ...(q.note ? [q.note] : []),
        ...(q.checks.length ? [`本报告出具前已运行 ${q.checks.length} 项检查。${checks.join('；')}。`] : []),
        ...(q.findings.length === 0 && q.checks.length ? ['未发现需要处理的数据问题。'] : []),
      ],
    },
  ];
}

function openingHtml(model: ReportModel): string {
  const summary = model.summary.map((s) => `<div><b>${esc(s.label)}：</b>${esc(s.value)}</div>`).join('');
  return `<h1>${esc(model.title)}</h1>
<div class="meta"><span>${esc(model.institution)}</span><span>统计期间：${esc(model.period)}</span></div>
<div class="meta"><span>规则集：${esc(model.ruleSet)}</span></div>
<div class="meta last"><span>生成时间：${esc(model.generatedAt)}</span></div>
${summary ? `<div class="summary">${summary}</div>` : ''}`;
}

function closingHtml(model: ReportModel): string {
  const [rules, quality] = closingSections(model);
  const n = model.sections.length;
  const findings = model.quality.findings
    .map((f) => `<li class="sev-${esc(f.severity)}">【${esc(SEVERITY[f.severity] ?? f.severity)}】${esc(f.message)}</li>`)
    .join('');
  return [
    `<section><h2>${toChineseNumber(n + 1)}、${rules!.title}</h2><ol class="rules">${model.countingRules.map((r) => `<li>${esc(r)}</li>`).join('')}</ol></section>`,
    `<section><h2>${toChineseNumber(n + 2)}、${quality!.title}</h2>${quality!.paragraphs!.map((p) => `<p>${esc(p)}</p>`).join('')}${findings ? `<ol class="findings">${findings}</ol>` : ''}</section>`,
  ].join('\n');
}

function documentHtml(model: ReportModel, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(model.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${CSS}</style></head>
<body><main class="report">
${body}
</main></body></html>`;
}

/**
 * The whole report as one page. `previewRows` cuts long tables to their first rows with a note: the
 * preview of a large school's compliance register would otherwise be a 15 MB page.
 */
export function reportHtml(model: ReportModel, options: { previewRows?: number } = {}): string {
  const limit = options.previewRows ?? Infinity;
  const sections = model.sections.map(
    (s, i) => `<section>${sectionHead(s, i + 1)}${s.table ? `\n${previewTableHtml(s.table, limit)}` : ''}</section>`,
  );
  return documentHtml(model, `${openingHtml(model)}\n${sections.join('\n')}\n${closingHtml(model)}`);
}

/**
 * The report as pages of about `rowsPerPart` table rows each, to be printed one after another: the
 * opening and the summary tables in the first, the long register continued (with its header row) in
 * the next ones, the counting rules and checks in the last.
 */
export function* reportHtmlParts(model: ReportModel, rowsPerPart: number): Generator<{ html: string; rows: number }> {
  const plan = splitTables(model.sections.map((s) => s.table?.rows), rowsPerPart);
  let next = 0;
  const whole = (i: number): string => {
    const s = model.sections[i]!;
    return `<section>${sectionHead(s, i + 1)}${s.table ? `\n${tableHtml(s.table)}` : ''}</section>`;
  };
  for (const [p, slices] of plan.entries()) {
    const body = p === 0 ? [openingHtml(model)] : [];
    let rows = 0;
    for (const { section, start, end } of slices) {
      while (next < section) body.push(whole(next++));
      const s = model.sections[section]!;
      body.push(`<section>${start === 0 ? sectionHead(s, section + 1) : ''}${tableHtml(s.table!, start, end)}</section>`);
      rows += end - start;
      if (end === s.table!.rows.length) next = section + 1;
    }
    if (p === plan.length - 1) {
      while (next < model.sections.length) body.push(whole(next++));
      body.push(closingHtml(model));
    }
    yield { html: documentHtml(model, body.join('\n')), rows };
  }
}

/** Header and footer for Chromium's PDF printing (playwright page.pdf and Electron printToPDF alike). */
export function pdfHeaderFooter(model: ReportModel): { headerTemplate: string; footerTemplate: string } {
  const style = `font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8pt; color: #444; width: 100%; margin: 0 16mm;`;
  return {
    headerTemplate: `<div style="${style} display: flex; justify-content: space-between; border-bottom: 0.5pt solid #888; padding-bottom: 1mm;"><span>${esc(model.institution)}</span><span>${esc(model.title)}</span></div>`,
    footerTemplate: `<div style="${style} text-align: center;">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>`,
  };
}
