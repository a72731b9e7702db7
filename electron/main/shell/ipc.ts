// Wires the report saver to its IPC channels, with the sender read from Electron's event as for the relay.
import { ipcMain } from 'electron';
import { senderInfo } from '../relay/ipc.ts';
import { SAVE_REPORT_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from './channels.ts';
import type { ReportSaver } from './report-saver.ts';

export function handleShellChannels(saver: ReportSaver): void {
  ipcMain.handle(SAVE_REPORT_CHANNEL, (event, job: unknown) => saver.save(senderInfo(event), job));
  ipcMain.handle(SHOW_IN_FOLDER_CHANNEL, (event, path: unknown) => saver.show(senderInfo(event), path));
}
