// Saves an export's file where the user says and shows it in the file manager. Pure (Electron's dialog,
// shell and the relay are passed in), so Node tests run it with fakes. The bytes go from the backend to
// the file without passing through the page; the page may only show files this window saved.
import { basename, dirname, extname, join } from 'node:path';
import type { ApiResult } from '../../../shared/api/result.ts';
import type { SenderInfo } from '../security/sender.ts';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

export interface ReportSaverDeps {
  isTrusted(sender: SenderInfo): boolean;
  /** reports.result for the sender's session, through the relay. */
  fetchResult(sender: SenderInfo, job: string): Promise<ApiResult<{ fileName: string; base64: string }>>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile(path: string, bytes: Buffer): Promise<void>;
  showItemInFolder(path: string): void;
  /** Where the first save dialog opens (the user's documents folder). */
  defaultFolder(): string;
}

export interface ReportSaver {
  save(sender: SenderInfo, job: unknown): Promise<ApiResult<{ path: string } | null>>;
  show(sender: SenderInfo, path: unknown): Promise<ApiResult<null>>;
}

const UNTRUSTED = { ok: false, error: { code: 'VALIDATION', message: '已拒绝：该调用不是来自教务通主窗口。' } } as const;
const FILTERS: Record<string, string> = { '.xlsx': 'Excel 工作簿', '.pdf': 'PDF 文件', '.docx': 'Word 文档' };

export function createReportSaver(deps: ReportSaverDeps): ReportSaver {
  const saved = new Set<string>();
  let folder: string | null = null;
  return {
    async save(sender, job) {
      if (!deps.isTrusted(sender)) return UNTRUSTED;
      if (typeof job !== 'string' || job.length > 100) return { ok: false, error: { code: 'VALIDATION', message: '导出任务编号无效' } };
      const result = await deps.fetchResult(sender, job);
      if (!result.ok) return result;
      // The name comes from the backend; only its last part is used, so it cannot point elsewhere.
      const name = basename(result.value.fileName);
      const ext = extname(name).toLowerCase();
      const { canceled, filePath } = await deps.showSaveDialog({
        title: '保存报表',
        defaultPath: join(folder ?? deps.defaultFolder(), name),
        filters: FILTERS[ext] ? [{ name: FILTERS[ext], extensions: [ext.slice(1)] }] : [],
      });
      if (canceled || !filePath) return { ok: true, value: null };
      try {
        await deps.writeFile(filePath, Buffer.from(result.value.base64, 'base64'));
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: `无法保存到 ${filePath}：${(error as Error).message}` } };
      }
      saved.add(filePath);
      folder = dirname(filePath);
      return { ok: true, value: { path: filePath } };
    },
    async show(sender, path) {
      if (!deps.isTrusted(sender)) return UNTRUSTED;
      if (typeof path !== 'string' || !saved.has(path))
        return { ok: false, error: { code: 'NOT_FOUND', message: '只能打开本次保存的报表所在的文件夹' } };
      deps.showItemInFolder(path);
      return { ok: true, value: null };
    },
  };
}
