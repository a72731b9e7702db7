// The sandboxed preload: exposes window.jiaowu (one function per contract method) and window.jiaowuShell
// (the save dialog and the file manager), and nothing else. ipcRenderer itself never reaches the page;
// the channel names stay in this file's closure.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/api/bridge.ts';
import { SHELL_GLOBAL } from '../../shared/api/desktop-shell.ts';
import { RELAY_CHANNEL } from '../main/relay/channel.ts';
import { buildBridge } from './bridge.ts';
import { buildShell } from './shell.ts';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge((method, input) => ipcRenderer.invoke(RELAY_CHANNEL, method, input)),
);
contextBridge.exposeInMainWorld(
  SHELL_GLOBAL,
  buildShell((channel, arg) => ipcRenderer.invoke(channel, arg)),
);
