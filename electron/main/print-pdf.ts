// Saves the page the window shows as an A4 PDF, for the reports (文件 → 导出为 PDF…).
import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

export async function savePageAsPdf(window: BrowserWindow): Promise<string | null> {
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    title: '导出为 PDF',
    defaultPath: `教务通-${today()}.pdf`,
    filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return null;
  const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  await writeFile(filePath, pdf);
  return filePath;
}
