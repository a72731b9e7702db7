// Refuses an xlsx file that is too big, has too many rows or is a compression bomb, before any
// spreadsheet reader sees it. Reads the zip's central directory over the raw bytes (declared sizes and
// compression ratios), then inflates each entry with a hard output cap so an entry that lies about its
// size is caught at the cap, never expanded in full; worksheet rows are counted on the way.
import { inflateRawSync } from 'node:zlib';
import { StoreError } from '../../errors.ts';

export interface XlsxLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Sum of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of an entry bigger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
  /** Rows over all worksheets. */
  maxRows: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 2000,
  maxRows: 100_000,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function refuse(message: string): never {
  throw new StoreError('IMPORT_REJECTED', message, [{ path: '', message }]);
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

function centralDirectory(buf: Buffer): Entry[] {
  const notXlsx = '文件不是有效的 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”后再导入';
  if (buf.length < 22) refuse(notXlsx);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) refuse(notXlsx);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    refuse('文件使用了超大文件（ZIP64）格式，超出导入范围，请拆分后再导入');
  if (offset + size > buf.length) refuse(notXlsx);
  const entries: Entry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) refuse(notXlsx);
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      uncompressed: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (entries.length > XLSX_LIMITS.maxEntries) break;
  }
  return entries;
}

function entryData(buf: Buffer, entry: Entry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) refuse('文件已损坏（压缩目录与内容不符），无法导入');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + entry.compressed > buf.length) refuse('文件已损坏或不完整，无法导入');
  return buf.subarray(start, start + entry.compressed);
}

function countRows(xml: Buffer): number {
  let rows = 0;
  for (let i = xml.indexOf('<row'); i >= 0; i = xml.indexOf('<row', i + 4)) {
    const next = xml[i + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) rows++; // "<row ", "<row>", "<row/"
  }
  return rows;
}

/** Throws IMPORT_REJECTED with a Chinese reason when the file must not be opened; answers its row count. */
export function guardXlsx(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): { rows: number } {
  if (bytes.length > limits.maxFileBytes)
    refuse(`文件大小 ${mb(bytes.length)}，超过上限 ${mb(limits.maxFileBytes)}，请拆分成几个文件分别导入`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  if (entries.length > limits.maxEntries) refuse(`文件内部包含的部件超过 ${limits.maxEntries} 个，不像正常的 Excel 工作簿，已拒绝导入`);
  const declared = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (declared > limits.maxUncompressedBytes)
    refuse(`文件解压后约 ${mb(declared)}，超过上限 ${mb(limits.maxUncompressedBytes)}，可能是压缩炸弹或数据过多，已拒绝导入`);
  for (const e of entries) {
    if (e.uncompressed > limits.ratioFloorBytes && e.uncompressed > e.compressed * limits.maxRatio)
      refuse(`文件中的“${e.name}”压缩比异常（${Math.round(e.uncompressed / Math.max(1, e.compressed))} 倍），可能是压缩炸弹，已拒绝导入`);
  }
  // many entries each below the floor can still add up to a bomb: the same ratio over the whole file
  if (declared > limits.ratioFloorBytes && declared > bytes.length * limits.maxRatio)
    refuse(`文件解压后约 ${mb(declared)}，是文件本身的 ${Math.round(declared / bytes.length)} 倍，可能是压缩炸弹，已拒绝导入`);
  let rows = 0;
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = entryData(buf, e);
    let content: Buffer;
    if (e.method === 0) content = data;
    else if (e.method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) });
      } catch (error) {
        if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          refuse(`文件中的“${e.name}”解压后超过其声明的大小，可能是压缩炸弹，已拒绝导入`);
        refuse(`文件已损坏，无法解压“${e.name}”：${(error as Error).message}`);
      }
    } else refuse(`文件使用了不支持的压缩方式（${e.method}），请在 Excel 或 WPS 中重新保存后再导入`);
    total += content.length;
    if (total > limits.maxUncompressedBytes) refuse(`文件解压后超过上限 ${mb(limits.maxUncompressedBytes)}，已拒绝导入`);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      rows += countRows(content);
      if (rows > limits.maxRows)
        refuse(`文件共有超过 ${limits.maxRows} 行数据，超过单次导入上限，请拆分成几个文件分别导入`);
    }
  }
  return { rows };
}
