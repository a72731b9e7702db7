import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './electron/web/csp.ts';

// The built index.html carries the UI's CSP as a <meta> tag too (the dev server's inline scripts would
// not pass it, so only at build).
const cspMeta: Plugin = {
  name: 'jiaowu-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
};

// main: the shell, the backend's utilityProcess entry and its report worker; preload: CommonJS, as sandboxed preloads must be.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          backend: resolve('electron/backend/utility-entry.ts'),
          'report-worker': resolve('electron/backend/reports/jobs/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta],
    build: {
      // electron-vite leaves the renderer unminified; minified, the first paint parses a third as much
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
