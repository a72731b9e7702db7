/** IPC channels of the shell functions (save dialog, file manager). Never exposed to the renderer. */
export const SAVE_REPORT_CHANNEL = 'jiaowu:save-report';
export const SHOW_IN_FOLDER_CHANNEL = 'jiaowu:show-in-folder';
