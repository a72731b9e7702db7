// Writes a report as a Word document in the official-document layout (GB/T 9704 in spirit): A4 with
// its margins, the title in 小标宋 (二号), body in 仿宋 (三号), headings in 黑体, tables in 宋体 (五号),
// the school's name in the header and “— n —” page numbers, ready to edit in WPS or Word.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { formatCell } from '../../../shared/reports/format.ts';
import type { ReportChart, ReportModel, ReportTable, Tone } from '../../../shared/reports/model.ts';
import { addDocxCharts, chartMarker } from './docx-charts.ts';
import { closingSections, toChineseNumber } from './html.ts';
import { rowCounter, type RowCounter, type WriteProgress } from './write-progress.ts';

/** Font names as Word and WPS know them; a machine without one substitutes its own CJK font. */
const FONT = {
  title: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' },
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' },
  heading: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
  table: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' },
};
/** Half-points: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt, 小五 9pt. */
const SIZE = { title: 44, body: 32, small: 28, table: 21, note: 18 };
const MM = 56.7; // twips per millimetre
const MARGIN = { top: 37, bottom: 35, left: 28, right: 26 };
/** The text block's width in twips: A4 less the side margins. */
const TEXT_WIDTH = Math.floor((210 - MARGIN.left - MARGIN.right) * MM);
const TONE: Record<Tone, string> = { pass: '1B5E20', fail: 'B71C1C', muted: '666666' };

const run = (text: string, options: IRunOptions = {}): TextRun => new TextRun({ text, font: FONT.body, size: SIZE.body, ...options });

const body = (text: string, indent = true): Paragraph =>
  new Paragraph({
    children: [run(text)],
    indent: indent ? { firstLine: 2 * SIZE.body * 10 } : undefined,
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
  });

const heading = (text: string): Paragraph =>
  new Paragraph({
    children: [run(text, { font: FONT.heading })],
    indent: { firstLine: 2 * SIZE.body * 10 },
    spacing: { before: 120, line: 560, lineRule: LineRuleType.EXACT },
    keepNext: true,
  });

const small = (text: string): Paragraph =>
  new Paragraph({ children: [run(text, { size: SIZE.small })], alignment: AlignmentType.CENTER, spacing: { line: 400, lineRule: LineRuleType.EXACT } });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function tableOf(table: ReportTable, counter: RowCounter): Array<Table | Paragraph> {
  if (table.rows.length === 0) return [body(table.empty ?? '无数据')];
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const statusCol = table.columns.findIndex((c) => c.header === '状态' || c.header === '是否达标');
  // Many columns: 小五 so that percentages and hours stay on one line.
  const size = table.columns.length > 7 ? SIZE.note : SIZE.table;
  const cell = (text: string, opts: { header?: boolean; right?: boolean; bold?: boolean; color?: string; width: number }) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [new TextRun({ text, font: opts.header ? FONT.heading : FONT.table, size, bold: opts.bold, color: opts.color })],
          alignment: opts.header ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
      borders,
      verticalAlign: VerticalAlign.CENTER,
      width: { size: opts.width, type: WidthType.DXA },
      margins: { left: 50, right: 50, top: 30, bottom: 30 },
      shading: opts.header ? { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' } : undefined,
    });
  const widths = table.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(c.header, { header: true, width: widths[i]! })),
  });
  const rows = table.rows.map((r) => {
    counter.row();
    return new TableRow({
        cantSplit: true,
        children: r.cells.map((v, i) =>
          cell(formatCell(v, table.columns[i]!.format), {
            right: table.columns[i]!.format !== 'text',
            bold: r.total || (r.tone === 'fail' && i === statusCol),
            color: r.tone && i === statusCol ? TONE[r.tone] : undefined,
            width: widths[i]!,
          }),
        ),
    });
  });
  return [
    new Table({ rows: [header, ...rows], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED }),
    new Paragraph({ children: [] }),
  ];
}

export async function reportDocx(model: ReportModel, progress?: WriteProgress): Promise<Buffer> {
  const counter = rowCounter(model, progress);
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      children: [new TextRun({ text: model.title, font: FONT.title, size: SIZE.title })],
      alignment: AlignmentType.CENTER,
      spacing: { after: 240, line: 700, lineRule: LineRuleType.EXACT },
    }),
    small(model.institution),
    small(`统计期间：${model.period}`),
    small(`规则集：${model.ruleSet}\u3000生成时间：${model.generatedAt}`),
    new Paragraph({ children: [] }),
  ];
  const charts: ReportChart[] = [];
  if (model.summary.length) children.push(body(model.summary.map((s) => `${s.label}：${s.value}`).join('；') + '。'));
  model.sections.forEach((section, i) => {
    children.push(heading(`${toChineseNumber(i + 1)}、${section.title}`));
    for (const p of section.paragraphs ?? []) children.push(body(p));
    // A native chart goes where its marker is (docx-charts.ts).
    if (section.chart && section.chart.bars.length > 0) {
      children.push(new Paragraph({ children: [new TextRun(chartMarker(charts.length))], alignment: AlignmentType.CENTER, keepNext: true }));
      charts.push(section.chart);
    }
    if (section.table) children.push(...tableOf(section.table, counter));
  });
  const n = model.sections.length;
  children.push(heading(`${toChineseNumber(n + 1)}、统计口径`));
  model.countingRules.forEach((rule, i) => children.push(body(`${i + 1}. ${rule}`)));
  const [, quality] = closingSections(model);
  children.push(heading(`${toChineseNumber(n + 2)}、数据质量检查`));
  for (const p of quality!.paragraphs!) children.push(body(p));
  const severity: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
  model.quality.findings.forEach((f, i) => children.push(body(`${i + 1}. 【${severity[f.severity] ?? f.severity}】${f.message}`)));

  counter.finish();
  const doc = new Document({
    creator: '教务通',
    title: model.title,
    styles: { default: { document: { run: { font: FONT.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 210 * MM, height: 297 * MM },
            margin: { top: MARGIN.top * MM, bottom: MARGIN.bottom * MM, left: MARGIN.left * MM, right: MARGIN.right * MM, header: 15 * MM, footer: 20 * MM },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: `${model.institution}\u3000${model.title}`, font: FONT.table, size: SIZE.note })],
                alignment: AlignmentType.RIGHT,
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '888888', space: 1 } },
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONT.table, size: SIZE.small })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return addDocxCharts(Buffer.from(await Packer.toBuffer(doc)), charts, (210 - MARGIN.left - MARGIN.right) * 0.95);
}
