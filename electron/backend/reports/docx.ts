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
  TextRun,
  type IRunOptions,
} from 'docx';
import type { ReportChart, ReportModel, ReportTable } from '../../../shared/reports/model.ts';
import { addDocxCharts, chartMarker } from './docx-charts.ts';
import { CELL_STYLES, placeholder, SMALL, spliceTables, tableXml } from './docx-tables.ts';
import { closingSections, toChineseNumber } from './html.ts';
import { rowCounter, tableRows, type WriteProgress } from './write-progress.ts';

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

/** Paragraph styles of table cells (docx-tables.ts writes the tables): 宋体 五号, or 小五 in tables of many columns. */
function cellStyles() {
  const style = (id: string, name: string, font: typeof FONT.table, size: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) => ({
    id,
    name,
    basedOn: 'Normal',
    run: { font, size },
    paragraph: { alignment, spacing: { line: 240, before: 0, after: 0 }, indent: { firstLine: 0 } },
  });
  return [SIZE.table, SIZE.note].flatMap((size) => {
    const suffix = size === SIZE.note ? SMALL : '';
    return [
      style(`${CELL_STYLES.text}${suffix}`, `报表单元格${suffix}`, FONT.table, size, AlignmentType.LEFT),
      style(`${CELL_STYLES.number}${suffix}`, `报表数字${suffix}`, FONT.table, size, AlignmentType.RIGHT),
      style(`${CELL_STYLES.head}${suffix}`, `报表表头${suffix}`, FONT.heading, size, AlignmentType.CENTER),
    ];
  });
}

export async function reportDocx(model: ReportModel, progress?: WriteProgress): Promise<Buffer> {
  const counter = rowCounter(tableRows(model), progress);
  const tables: Generator<string>[] = [];
  const tableOf = (table: ReportTable): Paragraph[] => {
    if (table.rows.length === 0) return [body(table.empty ?? '无数据')];
    for (let i = 0; i < table.rows.length; i++) counter.row();
    tables.push(tableXml(table, TEXT_WIDTH));
    return [new Paragraph({ children: [new TextRun(placeholder(tables.length - 1))] }), new Paragraph({ children: [] })];
  };
  const children: Paragraph[] = [
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
    if (section.table) children.push(...tableOf(section.table));
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
    styles: { default: { document: { run: { font: FONT.body, size: SIZE.body } } }, paragraphStyles: cellStyles() },
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
  // Charts first, while the document part is small (jszip reads and rewrites it whole); the tables are
  // streamed in last. The other way round, the 73,000-row compliance detail peaked at 849 MB.
  const withCharts = await addDocxCharts(await Packer.toBuffer(doc), charts, (210 - MARGIN.left - MARGIN.right) * 0.95);
  return spliceTables(withCharts, tables);
}
