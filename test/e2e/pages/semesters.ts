import type { Page } from 'playwright-core';
import { FormModal } from './form.ts';

/** 学期规划's list of semesters with its create/edit/delete actions. */
export class SemestersPage {
  readonly page: Page;
  readonly form: FormModal;

  constructor(page: Page) {
    this.page = page;
    this.form = new FormModal(page);
  }

  table() {
    return this.page.getByRole('table', { name: '学期规划' });
  }

  row(name: string) {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  async create(values: { id: string; name: string; year: string; start: string; end: string }): Promise<void> {
    await this.page.getByRole('button', { name: '新建学期' }).first().click();
    await this.fill(values);
    await this.form.submitWithEnter('学期名称');
  }

  async fill(values: Partial<{ id: string; name: string; year: string; start: string; end: string }>): Promise<void> {
    if (values.id !== undefined) await this.form.fill('学期编号', values.id);
    if (values.year !== undefined) await this.form.fill('所属年度', values.year);
    if (values.name !== undefined) await this.form.fill('学期名称', values.name);
    // DateInput takes typed text in its value format and commits it on blur.
    if (values.start !== undefined) await this.typeDate('开始日期', values.start);
    if (values.end !== undefined) await this.typeDate('结束日期', values.end);
  }

  async typeDate(label: string, value: string): Promise<void> {
    const input = this.form.dialog().getByLabel(label);
    await input.fill(value);
    await input.blur();
  }

  async edit(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `编辑 ${name}` }).click();
  }

  async delete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除 ${name}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: '确认删除' }).click();
  }
}
