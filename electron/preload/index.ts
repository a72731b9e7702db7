// The sandboxed preload: exposes window.jiaowu (one function per contract method) and nothing else.
// ipcRenderer itself never reaches the page; the channel name stays in this file's closure.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/api/bridge.ts';
import { RELAY_CHANNEL } from '../main/relay/channel.ts';
import { buildBridge } from './bridge.ts';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge((method, input) => ipcRenderer.invoke(RELAY_CHANNEL, method, input)),
);
