// A planner's day (issue 4): import the fixture, open 2026年秋季学期 and a main class, change a lecture
// session to 案例式 and see T4a move to what the CLI reports, undo it, create a lecturer double booking
// and see the warning, try a draft, compare and discard. Screenshots go to docs/screenshots.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../shared/domain/types.ts';
import { DEMO_DOCUMENT, ROOT, startApp, type App } from './harness.ts';
import { PlannerWorkspace } from './pages/planner.ts';
import { SettingsPage } from './pages/settings.ts';
import { Shell } from './pages/shell.ts';

const SEMESTER = '2026A';
/** Saves and reloads go through HTTP and SQLite on a machine busy with other tests: poll patiently. */
const SLOW = { timeout: 20_000 };
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

describe('semester planner', () => {
  let app: App;
  let shell: Shell;
  let planner: PlannerWorkspace;

  /** What the command line reports for the semester, on the same store file the app writes. */
  const cliIndicator = (id: string): number => {
    const out = execFileSync(process.execPath, [join(ROOT, 'electron', 'cli', 'main.ts'), '--db', app.storePath, 'indicators', '--semester', SEMESTER], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const result = JSON.parse(out) as { indicators: { id: string; value: number }[] };
    return result.indicators.find((i) => i.id === id)!.value;
  };
  const session = (id: string) => app.backend.invoke('sessions.get', { id });

  beforeAll(async () => {
    app = await startApp();
    shell = new Shell(app.page);
    planner = new PlannerWorkspace(app.page);
    await shell.open('设置');
    await new SettingsPage(app.page).importFile(DEMO_DOCUMENT);
    await shell.institutionName().filter({ hasText: '某省委党校' }).waitFor();
  });
  afterAll(() => app?.close());

  it('opens 2026年秋季学期 and a main class, with the live indicators the CLI reports', async () => {
    await shell.open('学期规划');
    await planner.openSemester('2026年秋季学期');
    await planner.selectClass('第14期乡镇党委书记专题培训班');
    expect(await planner.indicatorValue('T4a')).toBe(percent(cliIndicator('T4a')));
    await app.screenshot('planner-workspace');
  });

  it('changes a lecture session to 案例式: T4a moves on screen to the value the CLI then reports; undo brings it back', async () => {
    const snap = await app.backend.invoke('planner.load', { semester: SEMESTER });
    const courses = new Map(snap.courses.map((c) => [c.id, c]));
    const lecture = snap.sessions.find((s) => s.class === 'K00014' && (s.method ?? courses.get(s.course)?.method ?? 'lecture') === 'lecture')!;
    const before = await planner.indicatorValue('T4a');
    const cliBefore = cliIndicator('T4a');

    await planner.showList();
    await planner.editFromList(lecture.id);
    await planner.chooseOverride('method', '案例式');
    await app.screenshot('planner-session-editor');
    await planner.saveEditor();

    await expect.poll(() => planner.indicatorValue('T4a'), SLOW).not.toBe(before);
    // What the edit changed shows for a few seconds: look before the (slow) command line runs.
    await planner.page.getByTestId('indicator-change-T4a').waitFor();
    await app.screenshot('planner-indicator-change');
    await expect.poll(async () => (await session(lecture.id)).method, SLOW).toBe('case');
    const cliAfter = cliIndicator('T4a');
    expect(cliAfter).toBeGreaterThan(cliBefore);
    expect(await planner.indicatorValue('T4a')).toBe(percent(cliAfter));

    await shell.undo();
    await expect.poll(() => planner.indicatorValue('T4a'), SLOW).toBe(before);
    await expect.poll(async () => (await session(lecture.id)).method, SLOW).toBe(lecture.method);
    expect(cliIndicator('T4a')).toBeCloseTo(cliBefore, 12);
  });

  it('moves a session with the keyboard and saves it', async () => {
    const snap = await app.backend.invoke('planner.load', { semester: SEMESTER });
    const target = snap.sessions.filter((s) => s.class === 'K00014' && s.start === '08:30').sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
    await planner.showGrid();
    await planner.card(target.id).focus();
    await planner.page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await session(target.id)).start, SLOW).toBe('14:30');
    await expect.poll(() => planner.card(target.id).evaluate((el) => el === document.activeElement), SLOW).toBe(true);
    await shell.undo();
    await expect.poll(async () => (await session(target.id)).start, SLOW).toBe('08:30');
  });

  it('warns about a lecturer booked in two classes at once', async () => {
    const snap = await app.backend.invoke('planner.load', { semester: SEMESTER });
    const byClass = (id: string) => snap.sessions.filter((s) => s.class === id && s.start !== null);
    // A session of 第14期 and one of 第15期 at the same date and time, with different lecturers.
    let pair: [Session, Session] | undefined;
    for (const a of byClass('K00014')) {
      const b = byClass('K00015').find((x) => x.date === a.date && x.start === a.start && x.lecturers.length > 0 && !x.lecturers.some((l) => a.lecturers.includes(l)));
      if (b) {
        pair = [a, b];
        break;
      }
    }
    expect(pair).toBeDefined();
    const [mine, theirs] = pair!;
    const lecturer = snap.faculty.find((f) => f.id === theirs.lecturers[0])!;
    const before = await planner.conflictCount();

    await planner.showList();
    await planner.editFromList(mine.id);
    await planner.setLecturer(lecturer.name);
    await planner.saveEditor();

    const warning = planner.conflicts().filter({ hasText: `教师${lecturer.name}同一时间重复排课` }).filter({ hasText: mine.id });
    await warning.first().waitFor();
    expect(await planner.conflictCount()).toBeGreaterThan(before);
    await warning.first().getByRole('button', { name: '定位' }).click();
    await expect.poll(() => planner.card(mine.id).getAttribute('data-conflict'), SLOW).toBe('true');
    await app.screenshot('planner-conflict');

    await shell.undo();
    await expect.poll(async () => (await session(mine.id)).lecturers, SLOW).toEqual(mine.lecturers);
    await warning.first().waitFor({ state: 'detached' });
  });

  it('tries a draft, compares it with the saved plan, and discards it without touching the store', async () => {
    const snap = await app.backend.invoke('planner.load', { semester: SEMESTER });
    const courses = new Map(snap.courses.map((c) => [c.id, c]));
    const lecture = snap.sessions.find((s) => s.class === 'K00015' && (s.method ?? courses.get(s.course)?.method ?? 'lecture') === 'lecture')!;
    const saved = await planner.indicatorValue('T4a');

    await planner.selectClass('第15期科级干部培训班');
    await planner.startDraft();
    await planner.showList();
    await planner.editFromList(lecture.id);
    await planner.chooseOverride('method', '案例式');
    await planner.saveEditor();

    await planner.draftBar().getByText('1 处修改').waitFor();
    await expect.poll(() => planner.page.getByTestId('indicator-saved-T4a').textContent(), SLOW).toContain(saved);
    await expect.poll(() => planner.indicatorValue('T4a'), SLOW).not.toBe(saved);
    await planner.page.getByTestId('indicator-diff-T4a').waitFor();
    // Nothing reaches the store until the draft is applied.
    expect((await session(lecture.id)).method).toBe(lecture.method);
    await app.screenshot('planner-what-if');

    // The draft's own undo and redo (Ctrl+Z inside the draft does not undo saved edits).
    await planner.page.locator('body').click({ position: { x: 5, y: 300 } });
    await planner.page.keyboard.press('Control+z');
    await planner.draftBar().getByText('0 处修改').waitFor();
    await planner.page.keyboard.press('Control+Shift+z');
    await planner.draftBar().getByText('1 处修改').waitFor();

    // Leaving with an unapplied draft asks first; staying keeps the draft.
    await planner.page.getByRole('navigation').getByRole('link', { name: '课程库', exact: true }).click();
    const guard = planner.page.getByRole('dialog').filter({ hasText: '草稿方案尚未应用' });
    await guard.getByRole('button', { name: '留在本页' }).click();
    await guard.waitFor({ state: 'detached' });
    await planner.draftBar().getByText('1 处修改').waitFor();

    await planner.discardDraft();
    expect(await planner.indicatorValue('T4a')).toBe(saved);
    expect((await session(lecture.id)).method).toBe(lecture.method);
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
