// Excel import: the template, the fixture round trip against the JSON import, messy real-world
// spreadsheets, references by name, problems by sheet/row/column, the annotated copy, and refusals.
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { guardXlsx, XLSX_LIMITS } from '../../electron/backend/exchange/xlsx/zip-guard.ts';
import { workbookDataFromDocument, writeExchangeWorkbook } from '../../electron/backend/exchange/xlsx/template.ts';
import type { StoreError } from '../../electron/backend/errors.ts';
import { readFixture, tempBackend } from '../helpers.ts';

type TB = ReturnType<typeof tempBackend>;
const open: TB[] = [];
const backend = (): TB => {
  const b = tempBackend();
  open.push(b);
  return b;
};
afterEach(async () => {
  while (open.length) await open.pop()!.dispose();
});

const b64 = (buf: Buffer | ArrayBuffer): string => Buffer.from(buf as ArrayBuffer).toString('base64');

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

/** An empty cell and an empty text are the same thing in a spreadsheet; the JSON import keeps the latter. */
const withoutEmptyTexts = (doc: unknown): unknown =>
  JSON.parse(JSON.stringify(doc, (_key, value: unknown) => (value === '' ? undefined : value)));

async function rejection(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (error) {
    return error as StoreError;
  }
  throw new Error('expected a rejection');
}

describe('Excel template', () => {
  it('has a sheet per kind with Chinese headers, frozen header, drop-downs and skipped examples', async () => {
    const b = backend();
    const file = await b.invoke('xlsx.template', {});
    const wb = await load(Buffer.from(file.base64, 'base64'));
    const names = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(names).toEqual(['填写说明', '院校信息', '学期', '师资', '课程', '班次', '课表', '网络课程', '学员', '培训记录']);
    const sessions = wb.getWorksheet('课表')!;
    expect(sessions.getRow(1).values).toEqual([undefined, '课次编号', '所属班次', '课程', '日期', '开始时间', '学时', '课程类别', '教学方式', '教学形式', '授课教师']);
    expect(sessions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sessions.getCell('H2').value).toBe('讲授式');
    const validation = sessions.getCell('H500').dataValidation;
    expect(validation.type).toBe('list');
    const [range] = validation.formulae as string[];
    const options = wb.getWorksheet('选项')!;
    const col = /\$([A-Z]+)\$1:/.exec(range!)![1]!;
    const labels = options.getColumn(col).values.filter(Boolean);
    expect(labels).toEqual(['讲授式', '案例式', '研讨式', '模拟式', '体验式', '访谈式', '其他']);
    const [boolRange] = wb.getWorksheet('班次')!.getCell('D10').dataValidation.formulae as string[];
    const boolCol = /\$([A-Z]+)\$1:/.exec(boolRange!)![1]!;
    expect(options.getColumn(boolCol).values.filter(Boolean)).toEqual(['是', '否']);

    const preview = await b.invoke('xlsx.preview', { base64: file.base64 });
    expect(preview).toMatchObject({ valid: true, examplesSkipped: 9, institution: false });
    expect(Object.values(preview.counts).every((n) => n === 0)).toBe(true);
  });
});

describe('Excel import of the fixture', () => {
  it('gives the same store as the JSON import', async () => {
    const fixture = readFixture('provincial-small.json');
    const viaJson = backend();
    await viaJson.invoke('exchange.import', { document: fixture });
    const viaXlsx = backend();
    const file = await writeExchangeWorkbook(workbookDataFromDocument(fixture));
    const preview = await viaXlsx.invoke('xlsx.preview', { base64: b64(file) });
    expect(preview.problems).toEqual([]);
    expect(preview.counts.sessions).toBe((fixture.sessions as unknown[]).length);
    const result = await viaXlsx.invoke('xlsx.import', { base64: b64(file) });
    expect(result.imported.trainingRecords).toBe((fixture.trainingRecords as unknown[]).length);
    expect(await viaXlsx.invoke('exchange.export', {})).toEqual(withoutEmptyTexts(await viaJson.invoke('exchange.export', {})));
  });

  it('resolves references written as names, and importing twice changes nothing', async () => {
    const fixture = readFixture('provincial-small.json') as Record<string, Record<string, unknown>[]>;
    const viaJson = backend();
    await viaJson.invoke('exchange.import', { document: fixture });
    const nameOf = (kind: string, field: string) => new Map(fixture[kind]!.map((r) => [r.id as string, r[field] as string]));
    const faculty = nameOf('faculty', 'name');
    const classes = nameOf('classes', 'name');
    const courses = nameOf('courses', 'title');
    const semesters = nameOf('semesters', 'name');
    const trainees = nameOf('trainees', 'name');
    const named = {
      ...fixture,
      classes: fixture.classes!.map((c) => ({ ...c, semester: semesters.get(c.semester as string) })),
      sessions: fixture.sessions!.map((s) => ({
        ...s,
        class: classes.get(s.class as string),
        course: courses.get(s.course as string),
        lecturers: (s.lecturers as string[] | undefined)?.map((f) => faculty.get(f)),
      })),
      trainingRecords: fixture.trainingRecords!.map((r) => ({ ...r, trainee: trainees.get(r.trainee as string) })),
    };
    const file = b64(await writeExchangeWorkbook(workbookDataFromDocument(named)));
    const b = backend();
    const preview = await b.invoke('xlsx.preview', { base64: file });
    expect(preview.problems).toEqual([]);
    expect(preview.resolvedByName).toBeGreaterThan(1000);
    await b.invoke('xlsx.import', { base64: file });
    await b.invoke('xlsx.import', { base64: file });
    expect(await b.invoke('exchange.export', {})).toEqual(withoutEmptyTexts(await viaJson.invoke('exchange.export', {})));
  });
});

/** A workbook as a user might have made it by hand: a merged title row, columns in their own order. */
async function messyWorkbook(fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return b64(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string, title: string | null, header: string[], rows: unknown[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  if (title) {
    ws.addRow([title]);
    ws.mergeCells(1, 1, 1, header.length);
  }
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return ws;
}

describe('messy spreadsheets', () => {
  it('accepts serial, Date and text dates, text numbers, full-width text, spaces, labels, 是/否, any column order', async () => {
    const base64 = await messyWorkbook((wb) => {
      sheet(wb, ' 学期 ', '2026年度学期安排', ['结束日期', '学期编号', '学期名称', '年度', '开始日期'], [
        ['2026年7月15日', '２０２６Ｓ', '  2026年春季学期 ', '２０２６', 46082],
      ]);
      sheet(wb, '师资', null, ['姓名', '师资编号 *', '师资类型'], [
        [' 张三 ', 'F1', '本校专职教师'],
        ['李四', 'F2', ' 领导干部'],
        ['王五', 'F3', 'EXPERT'],
      ]);
      sheet(wb, '课程', '课程目录', ['课程编号', '课程名称', '课程类别', '教学方式', '首次开设年度', '重大修订年度', '是否案例课程'], [
        ['C1', '党史专题', '党性教育', '案例式', '2024年', '2025、２０２６', '是'],
        ['C2', '经济形势', 'competence', '研讨', 2026, 2026, '否'],
      ]);
      sheet(wb, '班次', null, ['班次名称', '班次编号', '所属学期', '是否主体班次', '是否党性教育培训班次', '开班日期', '学员人数'], [
        ['第1期中青班', 'K1', '2026年春季学期', '是', '否', new Date(Date.UTC(2026, 2, 2)), '58'],
      ]);
      const s = sheet(wb, '课表', '第1期中青班课表', ['日期', '开始时间', '课次编号', '所属班次', '课程', '学时', '教学方式', '授课教师'], [
        ['2026/3/3', '８：３０', 'S1', '第1期中青班', '党史专题', '３', '案例式', '张三、李四'],
        [46085, new Date(Date.UTC(1899, 11, 30, 14, 30)), 'S2', 'K1', 'C2', ' 2.5 ', '研讨式', 'F3'],
        ['2026-03-06', '14:00', 'S3', 'K1', '经济形势', '3学时', null, '王五，张三'],
      ]);
      s.getCell('A4').numFmt = 'yyyy-mm-dd';
    });
    const b = backend();
    const preview = await b.invoke('xlsx.preview', { base64 });
    expect(preview.problems).toEqual([]);
    await b.invoke('xlsx.import', { base64 });
    const doc = (await b.invoke('exchange.export', {})) as Record<string, Record<string, unknown>[]>;
    expect(doc.semesters).toEqual([{ id: '2026S', name: '2026年春季学期', year: 2026, start: '2026-03-01', end: '2026-07-15' }]);
    expect(doc.faculty!.map((f) => [f.id, f.name, f.type])).toEqual([['F1', '张三', 'fulltime'], ['F2', '李四', 'leader'], ['F3', '王五', 'expert']]);
    expect(doc.courses![0]).toMatchObject({ id: 'C1', category: 'party_spirit', method: 'case', firstOfferedYear: 2024, revisedYears: [2025, 2026], isCase: true });
    expect(doc.courses![1]).toMatchObject({ category: 'competence', method: 'seminar', isCase: false, revisedYears: [2026] });
    expect(doc.classes![0]).toMatchObject({ semester: '2026S', isMain: true, isPartySpirit: false, start: '2026-03-02', traineeCount: 58 });
    expect(doc.sessions).toEqual([
      { id: 'S1', class: 'K1', course: 'C1', date: '2026-03-03', start: '08:30', hours: 3, method: 'case', lecturers: ['F1', 'F2'] },
      { id: 'S2', class: 'K1', course: 'C2', date: '2026-03-04', start: '14:30', hours: 2.5, method: 'seminar', lecturers: ['F3'] },
      { id: 'S3', class: 'K1', course: 'C2', date: '2026-03-06', start: '14:00', hours: 3, lecturers: ['F3', 'F1'] },
    ]);
  });

  it('lists every problem by sheet, row, column and value, writes nothing, and marks the cells in a copy', async () => {
    const b = backend();
    await b.invoke('exchange.import', {
      document: { format: 'jiaowu-exchange', version: 1, faculty: [{ id: 'OLD1', name: '张三' }] },
    });
    const base64 = await messyWorkbook((wb) => {
      sheet(wb, '师资', '师资库', ['师资编号', '姓名', '师资类型'], [
        ['F1', '张三', '教授'],
        ['F1', '李四', '领导干部'],
      ]);
      sheet(wb, '课程', null, ['课程编号', '课程名称'], [['C1', '党史']]);
      sheet(wb, '学期', null, ['学期编号', '学期名称', '年度', '开始日期', '结束日期'], [['26S', '春季', 2026, '2026-03-01', '2026-02-30']]);
      sheet(wb, '班次', null, ['班次编号', '班次名称', '所属学期'], [['K1', '一班', '26S']]);
      sheet(wb, '课表', null, ['课次编号', '所属班次', '课程', '日期', '学时', '授课教师'], [
        ['S1', 'K1', 'C1', '2026-03-03', '三', '张三'],
        ['S2', 'K9', 'C1', '昨天', -1, '赵六'],
      ]);
    });
    const preview = await b.invoke('xlsx.preview', { base64 });
    expect(preview.valid).toBe(false);
    const by = (sheetName: string, row: number, column: string) =>
      preview.problems.find((p) => p.sheet === sheetName && p.row === row && p.column === column);
    expect(by('师资', 3, 'C')).toMatchObject({ header: '师资类型', value: '教授', message: expect.stringContaining('领导干部') });
    expect(by('师资', 4, 'A')).toMatchObject({ value: 'F1', message: expect.stringContaining('重复') });
    expect(by('学期', 2, 'E')).toMatchObject({ value: '2026-02-30', message: expect.stringContaining('不是存在的日期') });
    expect(by('课表', 2, 'E')).toMatchObject({ value: '三', message: expect.stringContaining('不是数字') });
    expect(by('课表', 2, 'F')).toMatchObject({ value: '张三', message: expect.stringContaining('对应多个师资') });
    expect(by('课表', 3, 'B')).toMatchObject({ value: 'K9', message: expect.stringContaining('既不是已有班次的编号') });
    expect(by('课表', 3, 'D')).toMatchObject({ value: '昨天', message: expect.stringContaining('不是可识别的日期') });
    expect(by('课表', 3, 'E')).toMatchObject({ value: '-1', message: expect.stringContaining('学时') });
    expect(by('课表', 3, 'F')).toMatchObject({ value: '赵六' });
    expect(preview.problems).toHaveLength(9);

    const error = await rejection(b.invoke('xlsx.import', { base64 }));
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.message).toContain('未导入任何数据');
    expect((await b.invoke('app.info', {})).counts).toMatchObject({ faculty: 1, courses: 0, sessions: 0 });

    const annotated = await b.invoke('xlsx.problemsWorkbook', { base64, fileName: '我的课表.xlsx' });
    expect(annotated).toMatchObject({ fileName: '我的课表-问题标注.xlsx', problems: 9 });
    const wb = await load(Buffer.from(annotated.base64, 'base64'));
    const cell = wb.getWorksheet('课表')!.getCell('E2');
    expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFF9999' } });
    expect(JSON.stringify(cell.note)).toContain('不是数字');
    expect(wb.getWorksheet('课表')!.getCell('A2').fill).toBeUndefined();
    expect(wb.getWorksheet('导入问题')!.rowCount).toBe(10);
  });

  it('asks for the missing required columns and names unknown sheets', async () => {
    const b = backend();
    const base64 = await messyWorkbook((wb) => {
      sheet(wb, '课程', null, ['课程编号', '课程类别'], [['C1', '党性教育']]);
      sheet(wb, '备注', null, ['随便写写'], [['x']]);
    });
    const preview = await b.invoke('xlsx.preview', { base64 });
    expect(preview.problems).toContainEqual(expect.objectContaining({ sheet: '课程', row: 1, header: '课程名称', message: '缺少必填列“课程名称”' }));
    expect(preview.warnings).toContain('工作表“备注”不是可导入的数据表，已忽略');
  });
});

/** A zip with one entry whose central directory declares `declared` uncompressed bytes. */
function zipWith(name: string, content: Buffer, declared = content.length): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + nameBytes.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, eocd]);
}

describe('refusals before reading the workbook', () => {
  it('refuses a file over the size limit', async () => {
    const b = backend();
    const result = await b.call('xlsx.preview', { base64: Buffer.alloc(XLSX_LIMITS.maxFileBytes + 4096).toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('文件超过 20 MB') } });
    expect(() => guardXlsx(Buffer.alloc(XLSX_LIMITS.maxFileBytes + 1))).toThrow(/超过上限 20\.0 MB，请拆分/);
  });

  it('refuses a bomb whose directory declares a huge size, and one that inflates past its declared size', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const honest = zipWith('xl/worksheets/sheet1.xml', zeros);
    expect(honest.length).toBeLessThan(200_000);
    expect(() => guardXlsx(honest)).toThrow(/压缩比异常（\d+ 倍），可能是压缩炸弹/);
    const lying = zipWith('xl/worksheets/sheet1.xml', zeros, 1000);
    expect(() => guardXlsx(lying)).toThrow(/解压后超过其声明的大小，可能是压缩炸弹/);
    const declaredHuge = zipWith('xl/sharedStrings.xml', Buffer.from('x'), 0xfffffff0);
    expect(() => guardXlsx(declaredHuge)).toThrow(/解压后约 4096\.0 MB，超过上限/);
    const b = backend();
    const result = await b.call('xlsx.preview', { base64: lying.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('压缩炸弹') } });
  });

  it('refuses too many rows, counted in the raw sheet XML', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const sheetXml = Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`);
    const file = zipWith('xl/worksheets/sheet1.xml', sheetXml);
    expect(guardXlsx(file).rows).toBe(120);
    expect(() => guardXlsx(file, { ...XLSX_LIMITS, maxRows: 100 })).toThrow(/超过 100 行数据，超过单次导入上限/);
  });

  it('refuses a file that is not a workbook at all', async () => {
    const b = backend();
    const result = await b.call('xlsx.preview', { base64: Buffer.from('名字,学时\n张三,3\n').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('不是有效的 Excel 工作簿') } });
  });
});
