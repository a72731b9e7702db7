// A report's chart as a DrawingML chart part (c:chartSpace with a c:barChart), for xlsx and docx: one
// horizontal bar per figure coloured by its verdict, the threshold as a second series beside it, and
// the figures as cached values so that Excel, WPS, Word and LibreOffice draw it without recomputing.
// The series refer to cells (the xlsx's 图表 sheet, or the docx's embedded workbook), so they stay
// editable. Pure: text in, text out.
import type { ReportChart, Tone } from '../../../shared/reports/model.ts';
import { hasThresholds } from './chart-svg.ts';

const COLORS: Record<Tone | 'neutral' | 'threshold', string> = {
  pass: '2F7D32',
  fail: 'C62828',
  muted: '9E9E9E',
  neutral: '3A6EA5',
  threshold: '90A4AE',
};

export const VALUE_HEADER = '实际值';
export const THRESHOLD_HEADER = '达标线';

/** Where the chart's data sits: labels in column A, values in B, thresholds in C, from `firstRow`. */
export interface ChartCells {
  sheet: string;
  /** The header row; the data follows on the next rows. */
  headerRow: number;
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const ref = (cells: ChartCells, col: string, from: number, to = from): string =>
  `'${cells.sheet.replace(/'/g, "''")}'!$${col}$${from}${to === from ? '' : `:$${col}$${to}`}`;

/** The number format of the chart's figures, as in the tables. */
export const chartNumFmt = (chart: ReportChart): string => (chart.format === 'percent' ? '0.00%' : '0.00');

const fill = (color: string): string => `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;

function text(size: number, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="Arial"/><a:ea typeface="宋体"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

function numCache(values: (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function series(index: number, name: string, nameRef: string, catRef: string, labels: string[], valRef: string, values: (number | null)[], format: string, body: string): string {
  const cat = `<c:strCache><c:ptCount val="${labels.length}"/>${labels.map((l, i) => `<c:pt idx="${i}"><c:v>${esc(l)}</c:v></c:pt>`).join('')}</c:strCache>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${esc(nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    body +
    `<c:cat><c:strRef><c:f>${esc(catRef)}</c:f>${cat}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(valRef)}</c:f>${numCache(values, format)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

const labelsOn = (format: string, size: number): string =>
  `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(size)}` +
  `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

export function chartXml(chart: ReportChart, cells: ChartCells): string {
  const n = chart.bars.length;
  const first = cells.headerRow + 1;
  const last = cells.headerRow + n;
  const format = chartNumFmt(chart);
  const labels = chart.bars.map((b) => b.label);
  const verdicts = hasThresholds(chart);
  // Each bar in the colour of its verdict (达标 green, 未达标 red), as in the PDF.
  const points = chart.bars
    .map((b, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(verdicts ? COLORS[b.tone ?? 'muted'] : COLORS.neutral)}</c:dPt>`)
    .join('');
  const catRef = ref(cells, 'A', first, last);
  const values = series(
    0,
    VALUE_HEADER,
    ref(cells, 'B', cells.headerRow),
    catRef,
    labels,
    ref(cells, 'B', first, last),
    chart.bars.map((b) => b.value),
    format,
    // The series' own colour (its legend key) is that of a bar that meets its threshold.
    `${fill(verdicts ? COLORS.pass : COLORS.neutral)}<c:invertIfNegative val="0"/>${points}${labelsOn(format, 800)}`,
  );
  const thresholds = verdicts
    ? series(
        1,
        THRESHOLD_HEADER,
        ref(cells, 'C', cells.headerRow),
        catRef,
        labels,
        ref(cells, 'C', first, last),
        chart.bars.map((b) => b.threshold),
        format,
        `${fill(COLORS.threshold)}<c:invertIfNegative val="0"/>`,
      )
    : '';
  const max = chart.format === 'percent' && chart.bars.every((b) => (b.value ?? 0) <= 1 && (b.threshold ?? 0) <= 1) ? '<c:max val="1"/>' : '';
  const axisFormat = chart.format === 'percent' ? '0%' : 'General';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"><a:ea typeface="黑体"/></a:rPr><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${values}${thresholds}` +
    `<c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    // Categories top to bottom in the report's order; the value axis then sits at the bottom.
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}` +
    `<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${axisFormat}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}` +
    `<c:crossAx val="50010"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    // A legend only when there is a threshold series to tell apart from the figures.
    (verdicts ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(900)}</c:legend>` : '') +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
