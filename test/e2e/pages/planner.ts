import type { Locator, Page } from 'playwright-core';

/** 学期规划's workspace: classes, a class's timetable, the indicator panel, the conflict list, drafts. */
export class PlannerWorkspace {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** From the list of semesters (学期规划), opens one semester's workspace. */
  async openSemester(name: string): Promise<void> {
    await this.page.getByRole('row').filter({ hasText: name }).first().click();
    await this.page.getByRole('heading', { level: 2, name: `学期规划 · ${name}` }).waitFor();
    await this.indicator('T1a').waitFor();
  }

  async selectClass(name: string): Promise<void> {
    await this.page.getByTestId('class-list').getByRole('button', { name }).click();
    await this.page.getByRole('main').getByText(name, { exact: true }).last().waitFor();
  }

  async showList(): Promise<void> {
    await this.page.getByText('列表', { exact: true }).click();
    await this.page.getByTestId('session-list').waitFor();
  }

  async showGrid(): Promise<void> {
    await this.page.getByText('周课表', { exact: true }).click();
    await this.page.getByTestId('timetable-grid').waitFor();
  }

  listRow(sessionId: string): Locator {
    return this.page.getByTestId('session-list').locator(`tr[data-session-id="${sessionId}"]`);
  }

  card(sessionId: string): Locator {
    return this.page.getByTestId('timetable-grid').locator(`[data-session-id="${sessionId}"]`);
  }

  /** Opens the editor of a session from the list view with the keyboard (focus the row, Enter). */
  async editFromList(sessionId: string): Promise<void> {
    await this.listRow(sessionId).focus();
    await this.page.keyboard.press('Enter');
    await this.editor().getByRole('heading', { name: '编辑课次' }).waitFor();
  }

  editor(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Picks a value of one of the editor's select fields (课程类别, 教学方式, 教学形式). */
  async chooseOverride(field: 'category' | 'method' | 'form', option: string): Promise<void> {
    await this.editor().getByTestId(`override-${field}`).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Replaces the session's lecturers with one found by typing part of the name. */
  async setLecturer(name: string): Promise<void> {
    const input = this.editor().getByTestId('lecturer-picker');
    for (let i = 0; i < 10 && (await this.editor().locator('.mantine-Pill-remove').count()) > 0; i++)
      await this.editor().locator('.mantine-Pill-remove').first().click();
    await input.fill(name);
    await this.page.getByRole('option').filter({ hasText: name }).first().click();
  }

  async saveEditor(): Promise<void> {
    await this.editor().getByRole('button', { name: '保存' }).click();
    await this.editor().waitFor({ state: 'detached' });
  }

  indicator(id: string): Locator {
    return this.page.getByTestId(`indicator-${id}`);
  }

  /**
   * Waits until the indicators and the conflicts are computed for the sessions on screen: they follow an
   * edit in a deferred render, and until then show the figures before it (greyed, data-pending="true").
   */
  async settled(): Promise<void> {
    await this.page.locator('[data-testid="indicator-panel"][data-pending="false"]').waitFor();
    await this.page.locator('[data-testid="conflict-list"][data-pending="false"]').waitFor();
  }

  /** An indicator's current value, once computed for the sessions on screen. */
  async indicatorValue(id: string): Promise<string> {
    await this.settled();
    return (await this.page.getByTestId(`indicator-value-${id}`).textContent())!.trim();
  }

  conflicts(): Locator {
    return this.page.getByTestId('conflict-list').getByTestId('conflict');
  }

  /** How many conflicts the list shows, once computed for the sessions on screen. */
  async conflictCount(): Promise<number> {
    await this.settled();
    return this.conflicts().count();
  }

  async startDraft(): Promise<void> {
    await this.page.getByRole('button', { name: '方案对比' }).click();
    await this.page.getByTestId('draft-bar').waitFor();
  }

  draftBar(): Locator {
    return this.page.getByTestId('draft-bar');
  }

  async discardDraft(): Promise<void> {
    // A draft with changes asks first; read that from the bar rather than racing the dialog's opening.
    const hasChanges = !(await this.draftBar().textContent())!.includes(' 0 处修改');
    await this.draftBar().getByRole('button', { name: '放弃方案' }).click();
    if (hasChanges) await this.page.getByRole('dialog').getByRole('button', { name: '确认删除' }).click();
    await this.draftBar().waitFor({ state: 'detached' });
  }
}
