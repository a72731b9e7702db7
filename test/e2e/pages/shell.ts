import type { Page } from 'playwright-core';

/** The app frame: left navigation, header, notifications, undo. */
export class Shell {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(navLabel: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: navLabel, exact: true }).click();
    await this.page.getByRole('heading', { level: 2, name: navLabel }).waitFor();
  }

  institutionName() {
    return this.page.getByTestId('institution-name');
  }

  /** The latest notification containing `text`. */
  notification(text: string | RegExp) {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text }).last();
  }

  /** Closes every notification (queued ones show as others close) and returns once none is on screen. */
  async dismissNotifications(): Promise<void> {
    const close = this.page.locator('.mantine-Notification-root .mantine-Notification-closeButton');
    for (let [button] = await close.elementHandles(); button; [button] = await close.elementHandles()) {
      // one may close by itself meanwhile (autoClose): the click then finds it detached, and it is gone all the same
      await button.click().catch(() => undefined);
      await button.waitForElementState('hidden');
    }
  }

  async undo(): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 300 } });
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }
}
