/** The one IPC channel between the preload and the main process. Never exposed to the renderer. */
export const RELAY_CHANNEL = 'jiaowu:call';
