import type { Page } from 'playwright-core';
import { FormModal } from './form.ts';
import { ListPage } from './list.ts';

/** 课程库: the filtered list and one course's detail. */
export class CoursesPage extends ListPage {
  readonly form: FormModal;

  constructor(page: Page) {
    super(page, '课程库');
    this.form = new FormModal(page);
  }

  async openCourse(text: string): Promise<void> {
    await this.row(text).first().click();
    await this.page.getByRole('heading', { name: '开设情况' }).waitFor();
  }

  async create(values: { id: string; title: string; category: string; method: string }): Promise<void> {
    await this.page.getByRole('button', { name: '新建课程' }).first().click();
    await this.form.fill('课程编号', values.id);
    await this.form.fill('课程名称', values.title);
    await this.pickInDialog('课程类别', values.category);
    await this.pickInDialog('教学方式', values.method);
    await this.form.submitWithEnter('课程名称');
  }

  async pickInDialog(label: string, option: string): Promise<void> {
    await this.form.dialog().getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  detailButton(name: string) {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  async deleteOpenCourse(): Promise<void> {
    await this.detailButton('删除').click();
    await this.page.getByRole('dialog').getByRole('button', { name: '确认删除' }).click();
  }
}
