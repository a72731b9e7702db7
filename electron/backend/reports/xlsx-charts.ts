// The report's charts in the xlsx: a 图表 sheet with each chart's figures (label, value, threshold) and
// a native bar chart beside them that refers to those cells. exceljs writes no charts, so the chart
// and drawing parts are added to its finished package.
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ReportChart, ReportModel } from '../../../shared/reports/model.ts';
import { chartNumFmt, chartXml, THRESHOLD_HEADER, VALUE_HEADER } from './chart-xml.ts';
import { CONTENT_TYPES, REL_TYPES, withOverride, withRelationship } from './ooxml-parts.ts';

export const CHART_SHEET = '图表';

/** A chart written to the sheet: its figures from `headerRow`, drawn over rows from..to. */
export interface PlacedChart {
  chart: ReportChart;
  headerRow: number;
  fromRow: number;
  toRow: number;
}

/** Rows a chart is drawn over: room for its bars, title and legend. */
const chartRows = (chart: ReportChart): number => Math.max(14, Math.ceil(chart.bars.length * 1.6) + 7);
const FIRST_CHART_COL = 4;
const LAST_CHART_COL = 13;

export const chartsOf = (model: ReportModel): ReportChart[] => model.sections.flatMap((s) => (s.chart && s.chart.bars.length > 0 ? [s.chart] : []));

/**
 * Writes each chart's figures on a sheet of their own, one block under the other, row by row as the
 * streaming writer needs; answers where each chart goes.
 */
export function writeChartSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, charts: ReportChart[]): PlacedChart[] {
  const sheet: ExcelJS.Worksheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 34 }, { width: 11 }, { width: 11 }, { width: 3 }];
  const header: Partial<ExcelJS.Style> = { font: { name: '宋体', size: 10.5, bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } } };
  const body: Partial<ExcelJS.Style> = { font: { name: '宋体', size: 10.5 } };
  const placed: PlacedChart[] = [];
  let row = 1;
  for (const chart of charts) {
    const number: Partial<ExcelJS.Style> = { ...body, numFmt: chartNumFmt(chart) };
    const title = sheet.getRow(row);
    title.getCell(1).value = chart.title;
    title.getCell(1).style = { font: { name: '宋体', size: 12, bold: true } };
    title.commit();
    const headerRow = row + 1;
    const heads = sheet.getRow(headerRow);
    ['项目', VALUE_HEADER, THRESHOLD_HEADER].forEach((h, i) => Object.assign(heads.getCell(i + 1), { value: h, style: header }));
    heads.commit();
    chart.bars.forEach((bar, i) => {
      const r = sheet.getRow(headerRow + 1 + i);
      Object.assign(r.getCell(1), { value: bar.label, style: body });
      if (bar.value !== null) Object.assign(r.getCell(2), { value: bar.value, style: number });
      if (bar.threshold !== null) Object.assign(r.getCell(3), { value: bar.threshold, style: number });
      r.commit();
    });
    const toRow = row + Math.max(chartRows(chart), chart.bars.length + 2);
    placed.push({ chart, headerRow, fromRow: row, toRow });
    row = toRow + 2;
  }
  sheet.commit();
  return placed;
}

function anchor(p: PlacedChart, index: number, relId: string): string {
  const at = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(FIRST_CHART_COL, p.fromRow - 1)}</xdr:from><xdr:to>${at(LAST_CHART_COL, p.toRow - 1)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="图表 ${index + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The package's part for a sheet name, from the workbook and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((s) => s.includes(`name="${name}"`));
  const id = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const target = id && new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0].match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`xlsx: sheet ${name} not found`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Adds the placed charts, drawn on the sheet `sheetName`, to an xlsx package exceljs wrote. */
export async function addXlsxCharts(xlsx: Buffer, sheetName: string, placed: PlacedChart[]): Promise<Buffer> {
  if (placed.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const part = await sheetPart(zip, sheetName);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const drawingNo = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length + 1;
  const chartBase = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
  let drawingRels: string | undefined;
  const anchors: string[] = [];
  placed.forEach((p, i) => {
    const chartNo = chartBase + i + 1;
    zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(p.chart, { sheet: sheetName, headerRow: p.headerRow }));
    types = withOverride(types, `/xl/charts/chart${chartNo}.xml`, CONTENT_TYPES.chart);
    const rel = withRelationship(drawingRels, REL_TYPES.chart, `../charts/chart${chartNo}.xml`);
    drawingRels = rel.rels;
    anchors.push(anchor(p, i, rel.id));
  });
  zip.file(
    `xl/drawings/drawing${drawingNo}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join('')}</xdr:wsDr>`,
  );
  zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRels!);
  types = withOverride(types, `/xl/drawings/drawing${drawingNo}.xml`, CONTENT_TYPES.drawing);
  zip.file('[Content_Types].xml', types);

  const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const sheetRels = withRelationship(await zip.file(relsPath)?.async('string'), REL_TYPES.drawing, `../drawings/drawing${drawingNo}.xml`);
  zip.file(relsPath, sheetRels.rels);
  let sheetXml = await zip.file(part)!.async('string');
  if (!/<worksheet[^>]*xmlns:r=/.test(sheetXml))
    sheetXml = sheetXml.replace('<worksheet', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  // <drawing> comes after the page setup and header/footer, before legacy drawings, tables and extensions.
  const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(sheetXml)!;
  sheetXml = `${sheetXml.slice(0, before.index)}<drawing r:id="${sheetRels.id}"/>${sheetXml.slice(before.index)}`;
  zip.file(part, sheetXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
