import type { Page } from '@playwright/test';

/** On a phone the navigation and search sit in the header's menu: opens it when it is there. */
export async function openMenuIfPhone(page: Page): Promise<void> {
  const button = page.locator('details[data-site-menu] > summary');
  if (await button.isVisible()) {
    const open = await page.locator('details[data-site-menu]').evaluate((menu) => (menu as HTMLDetailsElement).open);
    if (!open) await button.click();
  }
}
