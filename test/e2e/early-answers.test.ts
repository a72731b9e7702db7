// Answers asked for at start (app/start-reads.ts) serve only the screen the app opened on: after the first
// move to another address, a screen reads afresh, so what another client (the CLI, another window)
// changed meanwhile shows, instead of an answer older than the visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCUMENT, startApp, type App } from './harness.ts';
import { Shell } from './pages/shell.ts';
import { readFileSync } from 'node:fs';

const SEMESTER = '2026A';

describe('early answers', () => {
  let app: App;
  let shell: Shell;

  beforeAll(async () => {
    app = await startApp();
    shell = new Shell(app.page);
    await app.backend.invoke('exchange.import', { document: JSON.parse(readFileSync(DEMO_DOCUMENT, 'utf8')) });
  });
  afterAll(() => app?.close());

  it('are dropped by the first navigation: a change made out of band shows on the screen visited next', async () => {
    const semester = await app.backend.invoke('semesters.get', { id: SEMESTER });
    const renamed = `${semester.name}（已改名）`;
    // The planner's code is held back, so the screen the app opens on does not use its early answers yet.
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await app.page.route(/\/assets\/PlannerPage-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await app.page.goto('about:blank');
    const early = app.page.waitForResponse((r) => r.url().endsWith('/api/planner.load'));
    await app.page.goto(`${app.url}#/planner/${SEMESTER}`);
    await early;

    await shell.open('班次');
    await app.backend.invoke('semesters.update', { ...semester, name: renamed });
    const fresh = app.page.waitForRequest((r) => r.url().endsWith('/api/planner.load'));
    release();
    await app.page.evaluate((hash) => (window.location.hash = hash), `#/planner/${SEMESTER}`);
    await fresh;
    await app.page.getByRole('heading', { level: 2, name: `学期规划 · ${renamed}` }).waitFor();
    expect(await app.page.getByTestId('semester-picker').inputValue()).toBe(renamed);
    expect(app.pageErrors).toEqual([]);
  });
});
