import type { Locator, Page } from 'playwright-core';

/** What every list screen has: a filter bar, rows, a count line and a create button. */
export class ListPage {
  readonly page: Page;
  readonly tableLabel: string;

  constructor(page: Page, tableLabel: string) {
    this.page = page;
    this.tableLabel = tableLabel;
  }

  table(): Locator {
    return this.page.getByRole('table', { name: this.tableLabel });
  }

  /** Body rows (the header row excluded). */
  rows(): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  async search(text: string, placeholder: string): Promise<void> {
    await this.page.getByPlaceholder(placeholder).fill(text);
    await this.page.getByPlaceholder(placeholder).press('Enter');
  }

  select(label: string): Locator {
    return this.page.getByRole('main').getByRole('combobox', { name: label, exact: true });
  }

  /** Picks `option` in the filter Select whose accessible name is `label`. */
  async choose(label: string, option: string): Promise<void> {
    await this.select(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Empties a filter Select with its clear button (a mouse control; keyboard users pick the option again). */
  async clear(label: string): Promise<void> {
    await this.select(label).locator('..').locator('.mantine-InputClearButton-root').click();
  }

  async segment(label: string, option: '全部' | '是' | '否'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: label }).getByText(option, { exact: true }).click();
  }

  countLine(): Locator {
    return this.page.getByTestId('row-count');
  }

  emptyState(): Locator {
    return this.page.getByTestId('empty-state');
  }
}
