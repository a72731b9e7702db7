// Builds the object the preload exposes as window.jiaowuShell: two functions, each sending on its own
// channel with a plain string argument. Pure, so Node tests can check it.
import type { DesktopShell } from '../../shared/api/desktop-shell.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { SAVE_REPORT_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../main/shell/channels.ts';

export type ChannelInvoke = (channel: string, arg: string) => Promise<unknown>;

export function buildShell(invoke: ChannelInvoke): DesktopShell {
  const send = <T>(channel: string, arg: string) => invoke(channel, String(arg)) as Promise<ApiResult<T>>;
  return Object.freeze({
    saveReport: (job: string) => send<{ path: string } | null>(SAVE_REPORT_CHANNEL, job),
    showInFolder: (path: string) => send<null>(SHOW_IN_FOLDER_CHANNEL, path),
  });
}
