// Wires the relay to the one IPC channel. The sender's frame and WebContents are read from Electron's
// event here and judged by the pure sender check inside the relay.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { SenderInfo } from '../security/sender.ts';
import { RELAY_CHANNEL } from './channel.ts';
import type { Relay } from './relay.ts';

export function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null && frame === event.sender.mainFrame,
    webContentsId: event.sender.id,
  };
}

export function handleRelayChannel(relay: Relay): void {
  ipcMain.handle(RELAY_CHANNEL, (event, method: unknown, input: unknown) => relay.call(senderInfo(event), method, input));
}
