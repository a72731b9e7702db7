// In Chromium (playwright-core, the system's /usr/bin/chromium): time from navigation to a visible
// timetable and to a visible 50,000-row trainee list, and frame times while scrolling that list.
import { chromium, type Page } from 'playwright-core';
import { figure, missing, type Figure } from './figures.ts';
import { SESSION_COOKIE } from '../electron/web/server.ts';
import { percentile } from './measure.ts';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export interface Screens {
  /** Route of a class's timetable, and a selector that matches once its sessions show. */
  timetable: { route: string; ready: string };
  /** Route of the trainee list, a selector for its rows, and its scrolling element. */
  traineeList: { route: string; ready: string; scroller: string };
}

async function timeToVisible(page: Page, url: string, selector: string): Promise<number> {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 });
  return Date.now() - start;
}

/**
 * Frame-to-frame times (requestAnimationFrame deltas) while the list scrolls to the bottom in 120
 * frames and back up. Runs in the page, so it is a string: the Node typings have no DOM.
 */
const SCROLL_SCRIPT = (scroller: string) => `new Promise((done) => {
  const el = document.querySelector(${JSON.stringify(scroller)});
  const deltas = [];
  const frames = 240;
  let last = performance.now();
  let i = 0;
  const step = (t) => {
    deltas.push(t - last);
    last = t;
    const phase = i < frames / 2 ? i / (frames / 2) : 2 - i / (frames / 2);
    el.scrollTop = phase * (el.scrollHeight - el.clientHeight);
    if (++i < frames) requestAnimationFrame(step);
    else done(deltas.slice(1));
  };
  requestAnimationFrame(step);
})`;

/** `token`: a signed-in session, given to the page as browser mode's session cookie. */
export async function measureBrowser(base: string, token: string, screens: Screens, screenshot: string): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const figures: Figure[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    // One visit of each measured screen first, so the figures are a returning user's (every screen's
    // code cached), as in the desktop app, which reads its code from the disk.
    await page.goto(base);
    for (const { route, ready } of [screens.timetable, screens.traineeList]) {
      await page.goto(base + route);
      await page.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 }).catch(() => undefined);
    }
    try {
      const timetable = await timeToVisible(page, base + screens.timetable.route, screens.timetable.ready);
      figures.push(figure('ui.timetable.visible', 'timetable visible after navigation', timetable, 'ms'));
    } catch (error) {
      figures.push(missing('ui.timetable.visible', 'timetable visible after navigation', 'ms', (error as Error).message.split('\n')[0]!, 'error'));
    }
    // Through a blank page: from one route of the app to another would keep the list's data cached.
    await page.goto('about:blank');
    const list = await timeToVisible(page, base + screens.traineeList.route, screens.traineeList.ready);
    figures.push(figure('ui.list.visible', '50,000-row trainee list visible after navigation', list, 'ms'));
    await page.screenshot({ path: screenshot });
    const frames = (await page.evaluate(SCROLL_SCRIPT(screens.traineeList.scroller))) as number[];
    figures.push(figure('ui.scroll.p50', 'frame time scrolling the list, p50', percentile(frames, 50), 'ms'));
    figures.push(figure('ui.scroll.p99', 'frame time scrolling the list, p99', percentile(frames, 99), 'ms', `${frames.length} frames`));
  } finally {
    await browser.close();
  }
  return figures;
}
