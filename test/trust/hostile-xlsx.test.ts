// Hostile workbooks thrown at the Excel import methods (preview, the marked copy, import): cut short,
// bytes corrupted, random zip entries, compression bombs, huge shared strings, wrong sheet names.
// Always a clear Chinese error or a valid answer, never an internal error, and a refused call leaves
// every table of the store as it was.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result.ts';
import { readFixture, tempBackend } from '../helpers.ts';
import { storeDigest } from './digest.ts';
import { readZip, writeZip, type ZipEntry } from './zip.ts';

const backend = tempBackend();
let valid: Buffer;
let entries: ZipEntry[];
const METHODS = ['xlsx.preview', 'xlsx.problemsWorkbook', 'xlsx.import'] as const;

beforeAll(async () => {
  await backend.ready;
  await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
  valid = Buffer.from((await backend.invoke('xlsx.template', { withData: true })).base64, 'base64');
  entries = readZip(valid);
});
afterAll(() => backend.dispose());

const HAN = /[\u4e00-\u9fff]/;

/** Throws the bytes at every import method; answers the import's result. */
async function hurl(bytes: Buffer): Promise<ApiResult<unknown>> {
  let last: ApiResult<unknown> = { ok: false, error: { code: 'INTERNAL', message: 'not called' } };
  for (const method of METHODS) {
    const before = storeDigest(backend.store.sqlite);
    const result = await backend.call(method, { base64: bytes.toString('base64') });
    if (!result.ok) {
      expect(result.error.code, `${method}: ${result.error.message}`).not.toBe('INTERNAL');
      expect(result.error.message).toMatch(HAN);
    }
    // only a successful import may write
    if (!result.ok || method !== 'xlsx.import') expect(storeDigest(backend.store.sqlite), method).toBe(before);
    last = result;
  }
  return last;
}

const withEntry = (name: string, data: Buffer, extra: Partial<ZipEntry> = {}): Buffer =>
  writeZip([...entries.filter((e) => e.name !== name), { name, data, ...extra }]);

describe('hostile workbooks at the Excel import', () => {
  it('the untouched workbook imports (the baseline the cases below damage)', async () => {
    expect((await hurl(valid)).ok).toBe(true);
  });

  it('cut short anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: valid.length - 1 }), async (n) => {
        expect((await hurl(valid.subarray(0, n))).ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it('bytes overwritten at random places', async () => {
    const patch = fc.record({ at: fc.nat({ max: valid.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(patch, { minLength: 1, maxLength: 24 }), async (patches) => {
        const bytes = Buffer.from(valid);
        for (const { at, byte } of patches) bytes[at] = byte;
        await hurl(bytes);
      }),
      { numRuns: 25 },
    );
  });

  it('random zip entries, alone or in place of the workbook’s own', async () => {
    const part = fc.constantFrom(...entries.map((e) => e.name), 'xl/worksheets/sheet99.xml', '../../evil.xml', '', 'a/'.repeat(200));
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 4000 }).map((a) => Buffer.from(a)),
      fc.string({ maxLength: 2000 }).map((s) => Buffer.from(s)),
      fc.constantFrom(
        '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>',
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>',
        '<workbook><sheets><sheet name="学员" sheetId="1" r:id="rId404"/></sheets></workbook>',
        '<sst count="-1"><si><t>',
      ).map((s) => Buffer.from(s)),
    );
    const entry = fc.record({ name: fc.oneof(part, fc.string({ maxLength: 40 })), data: content, method: fc.constantFrom(0 as const, 8 as const) });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 8 }), fc.boolean(), async (random, keepOthers) => {
        const names = new Set(random.map((e) => e.name));
        const kept = keepOthers ? entries.filter((e) => !names.has(e.name)) : [];
        await hurl(writeZip([...kept, ...random]));
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it('compression bombs: a huge ratio, a size that lies, many entries just under the ratio check', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    for (const bomb of [
      withEntry('xl/worksheets/sheet1.xml', zeros),
      withEntry('xl/sharedStrings.xml', zeros, { declaredSize: 1000 }),
      writeZip([...entries, ...Array.from({ length: 120 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.alloc(1024 * 1024) }))]),
    ]) {
      const result = await hurl(bomb);
      expect(result.ok).toBe(false);
    }
  });

  it('huge shared strings: very many, and one very long', async () => {
    const many = Array.from({ length: 150_000 }, (_, i) => `<si><t>学员${i.toString(36)}${(i * 7919).toString(16)}</t></si>`).join('');
    const manyXml = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="150000" uniqueCount="150000">${many}</sst>`);
    const longXml = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'长'.repeat(8_000_000)}</t></si></sst>`);
    for (const xml of [manyXml, longXml]) await hurl(withEntry('xl/sharedStrings.xml', xml));
  });

  it('sheets with wrong names and random cells: refused, nothing written', async () => {
    const sheetName = fc.oneof(
      fc.constantFrom('学员 ', '学 员', 'Sheet1', '培训记录（2025）', '课表2', 'TRAINEES', '师资库', '院校'),
      fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[[\]:*?/\\]/.test(s) && s.trim() !== '' && !/^'|'$/.test(s)),
    );
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.date({ noInvalidDate: true }));
    const sheet = fc.record({ name: sheetName, rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(sheet, { minLength: 1, maxLength: 4, selector: (s) => s.name.toLowerCase() }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows);
        const bytes = Buffer.from(await wb.xlsx.writeBuffer());
        expect((await hurl(bytes)).ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
