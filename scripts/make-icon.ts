// Renders build/icon.svg to build/icon.png (512x512, transparent corners) with Debian's Chromium.
// electron-builder derives the Windows .ico, the Linux icon set and the macOS .icns from that PNG.
//   node scripts/make-icon.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const build = join(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(build, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(build, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('build/icon.png');
