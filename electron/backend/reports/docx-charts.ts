// The report's charts in the docx: each is a chart part (word/charts/chartN.xml, cached values) drawn
// inline where the writer left its marker, with its figures in an embedded workbook so that Word and
// WPS can edit the data. The docx library writes no charts, so the parts are added to its package.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ReportChart } from '../../../shared/reports/model.ts';
import { chartNumFmt, chartXml, THRESHOLD_HEADER, VALUE_HEADER } from './chart-xml.ts';
import { CONTENT_TYPES, REL_TYPES, withDefault, withOverride, withRelationship } from './ooxml-parts.ts';

const SHEET = 'Sheet1';
const EMU_PER_MM = 36_000;

/** The text the writer puts where chart `index` goes; replaced by the chart itself. */
export const chartMarker = (index: number): string => `〔jiaowu-chart-${index}〕`;

/** The chart's figures as a workbook: the cells the chart's series refer to. */
async function chartWorkbook(chart: ReportChart): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.columns = [{ width: 34 }, { width: 11 }, { width: 11 }];
  sheet.addRow(['项目', VALUE_HEADER, THRESHOLD_HEADER]);
  for (const bar of chart.bars) {
    const row = sheet.addRow([bar.label, bar.value, bar.threshold]);
    row.getCell(2).numFmt = chartNumFmt(chart);
    row.getCell(3).numFmt = chartNumFmt(chart);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function inlineChart(index: number, relId: string, widthMm: number, heightMm: number): string {
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${Math.round(widthMm * EMU_PER_MM)}" cy="${Math.round(heightMm * EMU_PER_MM)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${9000 + index}" name="图表 ${index + 1}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** The chart's height on the page: room for every bar, its title and legend. */
export const chartHeightMm = (chart: ReportChart): number => Math.min(200, 30 + chart.bars.length * (chart.bars.some((b) => b.threshold !== null) ? 11 : 7));

/** Replaces each chart's marker run in a docx package with the chart, `widthMm` wide. */
export async function addDocxCharts(docx: Buffer, charts: ReportChart[], widthMm: number): Promise<Buffer> {
  if (charts.length === 0) return docx;
  const zip = await JSZip.loadAsync(docx);
  let types = withDefault(await zip.file('[Content_Types].xml')!.async('string'), 'xlsx', CONTENT_TYPES.xlsx);
  let documentXml = await zip.file('word/document.xml')!.async('string');
  let rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  for (const [i, chart] of charts.entries()) {
    const n = i + 1;
    const embedded = withRelationship(undefined, REL_TYPES.package, `../embeddings/Microsoft_Excel_Worksheet${n}.xlsx`);
    zip.file(`word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`, await chartWorkbook(chart));
    zip.file(`word/charts/_rels/chart${n}.xml.rels`, embedded.rels);
    const xml = chartXml(chart, { sheet: SHEET, headerRow: 1 }).replace(
      '</c:chartSpace>',
      `<c:externalData r:id="${embedded.id}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`,
    );
    zip.file(`word/charts/chart${n}.xml`, xml);
    types = withOverride(types, `/word/charts/chart${n}.xml`, CONTENT_TYPES.chart);
    const rel = withRelationship(rels, REL_TYPES.chart, `charts/chart${n}.xml`);
    rels = rel.rels;
    // The marker's whole run (<w:r> ... marker ... </w:r>) becomes the drawing's run.
    const marker = new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?${chartMarker(i)}</w:t></w:r>`);
    if (!marker.test(documentXml)) throw new Error(`docx: marker of chart ${n} not found`);
    documentXml = documentXml.replace(marker, inlineChart(i, rel.id, widthMm, chartHeightMm(chart)));
  }
  zip.file('word/document.xml', documentXml);
  zip.file('word/_rels/document.xml.rels', rels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
