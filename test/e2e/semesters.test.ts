// 学期规划: create (keyboard only), validate, edit, delete with confirmation, undo and redo, through the UI
// against a real store; every change is checked in the store too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../helpers.ts';
import { startApp, type App } from './harness.ts';
import { SemestersPage } from './pages/semesters.ts';
import { Shell } from './pages/shell.ts';

describe('semesters in the UI', () => {
  let app: App;
  let shell: Shell;
  let semesters: SemestersPage;

  beforeAll(async () => {
    app = await startApp();
    await app.backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    await app.page.reload();
    shell = new Shell(app.page);
    semesters = new SemestersPage(app.page);
    await shell.open('学期规划');
  });
  afterAll(() => app?.close());

  it('refuses an incomplete form with Chinese messages under the fields', async () => {
    await app.page.getByRole('button', { name: '新建学期' }).first().click();
    await semesters.form.fill('学期编号', '2027S');
    await semesters.form.submitWithEnter('学期编号');
    expect(await semesters.form.dialog().getByText('请填写此项').count()).toBe(3);
    await semesters.fill({ name: '2027年春季学期', year: '2027', start: '2027-07-15', end: '2027-03-01' });
    await semesters.form.submitWithEnter('学期名称');
    await semesters.form.fieldError('结束日期不能早于开始日期').waitFor();
  });

  it('asks before discarding a half-filled form, and Esc closes', async () => {
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('alertdialog').getByText('有未保存的修改').waitFor();
    await app.page.getByRole('button', { name: '放弃修改' }).click();
    await semesters.form.dialog().waitFor({ state: 'detached' });
  });

  it('creates a semester with the keyboard (Enter submits)', async () => {
    await semesters.create({ id: '2027S', name: '2027年春季学期', year: '2027', start: '2027-03-01', end: '2027-07-15' });
    await semesters.row('2027年春季学期').waitFor();
    expect(await app.backend.invoke('semesters.get', { id: '2027S' })).toEqual({
      id: '2027S',
      name: '2027年春季学期',
      year: 2027,
      start: '2027-03-01',
      end: '2027-07-15',
    });
    await app.screenshot('semester-created');
  });

  it('shows the backend refusal of a duplicate id', async () => {
    await semesters.create({ id: '2027S', name: '重复的学期', year: '2027', start: '2027-03-01', end: '2027-07-15' });
    await shell.notification('学期编号“2027S”已存在').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: '放弃修改' }).click();
  });

  it('edits a semester', async () => {
    await semesters.edit('2027年春季学期');
    await semesters.fill({ name: '2027年春季学期（调整）', end: '2027-07-20' });
    await semesters.form.save();
    await semesters.row('2027年春季学期（调整）').waitFor();
    expect((await app.backend.invoke('semesters.get', { id: '2027S' })).end).toBe('2027-07-20');
  });

  it('deletes after confirmation, and Ctrl+Z / Ctrl+Shift+Z undo and redo it', async () => {
    await semesters.delete('2027年春季学期（调整）');
    await semesters.row('2027年春季学期（调整）').waitFor({ state: 'detached' });
    expect((await app.backend.call('semesters.get', { id: '2027S' })).ok).toBe(false);
    await shell.undo();
    await semesters.row('2027年春季学期（调整）').waitFor();
    expect((await app.backend.invoke('semesters.get', { id: '2027S' })).end).toBe('2027-07-20');
    await shell.redo();
    await semesters.row('2027年春季学期（调整）').waitFor({ state: 'detached' });
    expect((await app.backend.call('semesters.get', { id: '2027S' })).ok).toBe(false);
  });

  it('refuses to delete a semester that has classes, with the reason', async () => {
    await semesters.delete('2025年春季学期');
    await shell.notification('学期“2025S”下还有 4 个班次').waitFor();
    expect((await app.backend.call('semesters.get', { id: '2025S' })).ok).toBe(true);
  });

  it('opens a semester in the planner with its classes', async () => {
    await semesters.row('2026年秋季学期').click();
    const list = app.page.getByTestId('class-list');
    const classes = await app.backend.invoke('classes.list', { semester: '2026A' });
    for (const c of classes.rows) await list.getByText(c.name).waitFor();
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
