// The planner's components in real Chromium over browser mode: the week grid (placement, keyboard, drag
// and drop, keyboard-only creation), the indicator panel (same figures as the engine in the backend, gaps,
// what an edit changed), the conflict list (same findings as the shared checks, fixes, 定位) and the copy
// dialog. The fixture is imported through the backend, then the workspace is opened by its address.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { detectConflicts } from '../../shared/domain/planner/conflicts.ts';
import { addDays } from '../../shared/domain/planner/dates.ts';
import { DEFAULT_TIMETABLE_SETTINGS, slotOfTime } from '../../shared/domain/planner/slots.ts';
import { DEMO_DOCUMENT, startApp, type App } from './harness.ts';
import { PlannerWorkspace } from './pages/planner.ts';
import { Shell } from './pages/shell.ts';

const SEMESTER = '2026A';
/** Saves and reloads go through HTTP and SQLite on a machine busy with other tests: poll patiently. */
const SLOW = { timeout: 20_000 };
const CLASS = 'K00014';
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

describe('planner components', () => {
  let app: App;
  let planner: PlannerWorkspace;
  let shell: Shell;
  const load = () => app.backend.invoke('planner.load', { semester: SEMESTER });
  const session = (id: string) => app.backend.invoke('sessions.get', { id });
  const open = async (cls = CLASS) => {
    await app.page.goto(`${app.url}#/planner/${SEMESTER}?class=${cls}`);
    await app.page.reload();
    await planner.indicator('T1a').waitFor();
    await planner.page.getByTestId('timetable-grid').waitFor();
  };

  beforeAll(async () => {
    app = await startApp();
    planner = new PlannerWorkspace(app.page);
    shell = new Shell(app.page);
    await app.backend.invoke('exchange.import', { document: JSON.parse(readFileSync(DEMO_DOCUMENT, 'utf8')) });
  });
  afterAll(() => app?.close());
  beforeEach(() => open());

  describe('week grid', () => {
    it('places every session of the shown week in its day and slot', async () => {
      const snap = await load();
      const monday = '2026-08-31';
      const week = snap.sessions.filter((s) => s.class === CLASS && s.date >= monday && s.date <= addDays(monday, 6));
      expect(week.length).toBeGreaterThan(5);
      await expect.poll(() => planner.page.getByTestId('session-card').count(), SLOW).toBe(week.length);
      for (const s of week) {
        const slot = slotOfTime(DEFAULT_TIMETABLE_SETTINGS, s.start);
        const cell = planner.page.locator(`[data-date="${s.date}"][data-slot="${slot}"]`);
        expect(await cell.locator(`[data-session-id="${s.id}"]`).count(), s.id).toBe(1);
      }
      // Days before the class starts are shaded.
      expect(await planner.page.locator('[data-date="2026-08-31"][data-slot="morning"]').getAttribute('data-outside')).toBe('true');
    });

    it('moves the focused session with the arrow keys (↑ from 上午 goes to the previous 晚上), opens it with Enter, deletes with Delete after confirming', async () => {
      const snap = await load();
      const s = snap.sessions.find((x) => x.class === CLASS && x.date === '2026-09-03' && x.start === '08:30')!;
      await planner.card(s.id).focus();
      await planner.page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await session(s.id)).date, SLOW).toBe('2026-09-04');
      await planner.page.keyboard.press('ArrowUp');
      await expect.poll(async () => session(s.id), SLOW).toMatchObject({ date: '2026-09-03', start: '19:00' });
      await planner.page.keyboard.press('Enter');
      await planner.editor().getByRole('heading', { name: '编辑课次' }).waitFor();
      await planner.page.keyboard.press('Escape');
      await planner.editor().waitFor({ state: 'detached' });

      await planner.card(s.id).focus();
      await planner.page.keyboard.press('Delete');
      const dialog = planner.page.getByRole('dialog');
      await dialog.getByText('删除课次').waitFor();
      await dialog.getByRole('button', { name: '取消' }).click();
      expect((await session(s.id)).id).toBe(s.id);
      await planner.card(s.id).focus();
      await planner.page.keyboard.press('Delete');
      await planner.page.getByRole('dialog').getByRole('button', { name: '确认删除' }).click();
      await expect.poll(() => app.backend.call('sessions.get', { id: s.id }).then((r) => r.ok), SLOW).toBe(false);
      // Three saved edits: undo them all and the session is back where it was.
      for (let i = 0; i < 3; i++) await shell.undo();
      await expect.poll(() => app.backend.call('sessions.get', { id: s.id }).then((r) => (r.ok ? r.value : null)), SLOW).toMatchObject({ date: s.date, start: s.start });
    });

    it('moves a session by drag and drop', async () => {
      const snap = await load();
      const s = snap.sessions.find((x) => x.class === CLASS && x.date === '2026-09-04' && x.start === '14:30')!;
      await planner.card(s.id).dragTo(planner.page.locator('[data-date="2026-09-02"][data-slot="evening"]'));
      await expect.poll(() => session(s.id), SLOW).toMatchObject({ date: '2026-09-02', start: '19:00' });
      await planner.page.locator('[data-date="2026-09-02"][data-slot="evening"]').locator(`[data-session-id="${s.id}"]`).waitFor();
      await shell.undo();
      await expect.poll(() => session(s.id), SLOW).toMatchObject({ date: s.date, start: s.start });
    });

    it('creates a session with the keyboard only: the slot’s start and hours, the course picked by search', async () => {
      const before = (await load()).sessions.length;
      const add = planner.page.locator('[data-date="2026-09-03"][data-slot="evening"]').getByRole('button');
      await add.focus();
      await planner.page.keyboard.press('Enter');
      await planner.editor().getByRole('heading', { name: '添加课次' }).waitFor();
      await planner.page.keyboard.type('党性修养');
      await planner.page.keyboard.press('ArrowDown');
      await planner.page.keyboard.press('Enter');
      await planner.editor().getByLabel('开始时间').press('Enter');
      await planner.editor().waitFor({ state: 'detached' });
      await expect.poll(async () => (await load()).sessions.length, SLOW).toBe(before + 1);
      const snap = await load();
      const created = snap.sessions.find((x) => !x.id.startsWith('S0'))!;
      expect(created).toMatchObject({ class: CLASS, date: '2026-09-03', start: '19:00', hours: 2, lecturers: [] });
      expect(snap.courses.find((c) => c.id === created.course)!.title).toContain('党性修养');
      // Without a lecturer it is a conflict at once, and the focus is on the new card.
      await expect.poll(() => planner.card(created.id).getAttribute('data-conflict'), SLOW).toBe('true');
      await shell.undo();
      await expect.poll(async () => (await load()).sessions.length, SLOW).toBe(before);
    });
  });

  describe('indicator panel', () => {
    it('shows the engine’s figures, statuses and gaps', async () => {
      const semester = await app.backend.invoke('indicators.semester', { semester: SEMESTER, detail: true });
      for (const r of semester.indicators) {
        const row = planner.indicator(r.id);
        expect(await planner.indicatorValue(r.id), r.id).toBe(r.value === undefined ? '—' : percent(r.value));
        expect(await row.textContent(), r.id).toContain(r.status === 'pass' ? '达标' : '未达标');
        if (r.detail?.gap) expect(await row.textContent()).toContain(r.detail.gap.text);
      }
      const renewal = await app.backend.invoke('indicators.renewal', { year: 2026 });
      const r1 = renewal.indicators.find((r) => r.id === 'R1')!;
      expect(await planner.indicatorValue('R1')).toBe(percent(r1.value!));
    });

    it('marks what an edit changed, and only that', async () => {
      const snap = await load();
      const courses = new Map(snap.courses.map((c) => [c.id, c]));
      const s = snap.sessions.find((x) => x.class === CLASS && x.date >= '2026-09-02' && x.date <= '2026-09-06' && (x.form ?? courses.get(x.course)?.form) === 'classroom' && (x.method ?? courses.get(x.course)?.method) === 'lecture')!;
      await planner.card(s.id).focus();
      await planner.page.keyboard.press('Enter');
      await planner.chooseOverride('method', '研讨式');
      await planner.saveEditor();
      await planner.page.getByTestId('indicator-change-T4b').waitFor();
      expect(await planner.indicator('T4b').getAttribute('data-changed')).toBe('true');
      expect(await planner.indicator('T1a').getAttribute('data-changed')).toBeNull();
      expect(await planner.page.getByTestId('indicator-change-T4b').textContent()).toMatch(/^本次修改 \+\d+\.\d 个百分点$/);
      await shell.undo();
      await expect.poll(async () => (await session(s.id)).method, SLOW).toBe(s.method);
    });
  });

  describe('conflict list', () => {
    it('lists the shared checks’ conflicts for the semester', async () => {
      const snap = await load();
      const expected = detectConflicts(DEFAULT_TIMETABLE_SETTINGS, snap);
      await expect.poll(() => planner.page.getByTestId('conflict-list').getByText(`${expected.length} 项`).count(), SLOW).toBe(1);
      expect(await planner.conflictCount()).toBe(expected.length);
    });

    it('moves a session to the suggested free slot, and 定位 shows it in the grid', async () => {
      const snap = await load();
      const conflict = detectConflicts(DEFAULT_TIMETABLE_SETTINGS, snap).find((c) => c.kind === 'session_outside_class' && c.fixes[0]?.kind === 'move')!;
      const fix = conflict.fixes[0] as Extract<(typeof conflict.fixes)[number], { kind: 'move' }>;
      const item = planner.conflicts().filter({ hasText: conflict.message });
      await item.getByRole('button', { name: fix.label }).click();
      await expect.poll(() => session(fix.session), SLOW).toMatchObject({ date: fix.date, start: fix.start });
      await item.waitFor({ state: 'detached' });
      await expect.poll(() => planner.card(fix.session).evaluate((el) => el === document.activeElement), SLOW).toBe(true);
      await shell.undo();
      const original = snap.sessions.find((x) => x.id === fix.session)!;
      await expect.poll(() => session(fix.session), SLOW).toMatchObject({ date: original.date, start: original.start });
      await planner.conflicts().filter({ hasText: conflict.message }).first().getByRole('button', { name: '定位' }).click();
      await expect.poll(() => planner.card(fix.session).evaluate((el) => el === document.activeElement), SLOW).toBe(true);
    });
  });

  describe('copy a class', () => {
    it('copies last year’s class with renewal flags, as one edit that undo removes', async () => {
      const before = (await load()).sessions.filter((s) => s.class === 'K00016').length;
      const classes = await app.backend.invoke('classes.list', { semester: '2025A' });
      const source = classes.rows.find((c) => c.isMain)!;
      // An old course no main class offers in 2026, taught in the source class: copying it lowers 2026's renewal rate.
      await app.backend.invoke('courses.create', {
        id: 'C-OLD', title: '旧课程（未修订）', category: 'theory', method: 'lecture', form: 'classroom',
        firstOfferedYear: 2019, revisedYears: [], isCase: false, retired: false,
      });
      const template = (await app.backend.invoke('sessions.list', { class: source.id, limit: 1 })).rows[0]!;
      await app.backend.invoke('sessions.create', { ...template, id: 'S-OLD', course: 'C-OLD' });
      const sourceCount = (await app.backend.invoke('sessions.list', { class: source.id })).total;
      await open('K00015');
      await planner.page.getByRole('button', { name: '复制课表' }).click();
      const dialog = planner.page.getByRole('dialog');
      await dialog.getByTestId('copy-source').click();
      await planner.page.getByRole('option', { name: source.name }).click();
      await dialog.getByText(`将复制 ${sourceCount} 个课次`).waitFor();
      await dialog.getByTestId('renewal-flags').getByText('旧课程（未修订）').waitFor();
      expect(await dialog.getByTestId('renewal-flags').textContent()).toContain('2019年首次开设，2026年未作重大修订');
      await app.screenshot('planner-copy-class');
      await dialog.getByRole('button', { name: '复制到课表' }).click();
      await expect.poll(async () => (await load()).sessions.filter((s) => s.class === 'K00015').length, SLOW).toBe(36 + sourceCount);
      await shell.undo();
      await expect.poll(async () => (await load()).sessions.filter((s) => s.class === 'K00015').length, SLOW).toBe(36);
      expect((await load()).sessions.filter((s) => s.class === 'K00016').length).toBe(before);
    });
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
