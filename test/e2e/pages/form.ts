import type { Locator, Page } from 'playwright-core';

/** An edit form in a modal. */
export class FormModal {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fill(label: string, value: string): Promise<void> {
    await this.dialog().getByLabel(label, { exact: false }).first().fill(value);
  }

  /** Submits with Enter in the given field, as a keyboard user would. */
  async submitWithEnter(label: string): Promise<void> {
    await this.dialog().getByLabel(label).first().press('Enter');
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: '保存' }).click();
  }

  fieldError(text: string): Locator {
    return this.dialog().getByText(text);
  }
}
