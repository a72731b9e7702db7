// What the desktop app's preload exposes besides the API bridge, as `window.jiaowuShell`: the native
// save dialog for an export's file and the file manager. Absent in a plain browser (files download).
import type { ApiResult } from './result.ts';

/** The global name the preload exposes the shell functions under. */
export const SHELL_GLOBAL = 'jiaowuShell';

export interface DesktopShell {
  /**
   * Shows the save dialog for a finished export job's file (named as the report) and writes it at the
   * chosen path; answers that path, or null when the user closed the dialog.
   */
  saveReport(job: string): Promise<ApiResult<{ path: string } | null>>;
  /** Shows a file this window saved in the system's file manager. */
  showInFolder(path: string): Promise<ApiResult<null>>;
}

/** The shell functions inside the Electron app, otherwise undefined. */
export function desktopShell(): DesktopShell | undefined {
  return (globalThis as { [SHELL_GLOBAL]?: DesktopShell })[SHELL_GLOBAL];
}
