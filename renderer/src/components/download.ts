// Hands a file the backend made (as base64) to the user: a download in the browser, the save dialog in
// the desktop app (the shell handles the download).

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** A value the renderer holds, as a JSON file (`indent` spaces deep). */
export function downloadJson(fileName: string, value: unknown, indent: number): void {
  downloadBlob(fileName, new Blob([JSON.stringify(value, null, indent)], { type: 'application/json' }));
}

/** A picked file as base64, read in chunks so a large workbook does not overflow the call stack. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
