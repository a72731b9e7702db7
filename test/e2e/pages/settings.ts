import type { Page } from 'playwright-core';

/** 设置: institution profile, store info, import and export. */
export class SettingsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择 JSON 文件并导入' }).click();
    await (await chooser).setFiles(path);
    await this.result().waitFor();
  }

  result() {
    return this.page.getByTestId('import-result');
  }

  issueRows() {
    return this.page.getByTestId('import-issues').locator('tbody tr');
  }

  storeCounts() {
    return this.page.getByTestId('store-counts');
  }
}
