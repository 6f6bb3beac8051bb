import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Fails the test on any error the page logs or throws, so broken hydration cannot hide. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** WCAG 2.x A and AA checks with axe; returns violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Waits until every chart on the page reports that it has drawn. */
export async function chartsReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-chart-ready]')].every((el) => el.getAttribute('data-chart-ready') === 'true'),
  );
}

/** Page object for the commitments list and its filters. */
export class CommitmentsList {
  constructor(private readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/commitments${query}`);
  }

  filter(label: 'Category' | 'Status' | 'Kind' | 'Country' | 'Sort by') {
    return this.page.getByLabel(label, { exact: true });
  }

  async choose(label: 'Category' | 'Status' | 'Kind' | 'Country' | 'Sort by', option: string) {
    // A view of the list has its own path; a search keeps the query form (lib/list-views.ts).
    const before = this.page.url();
    await this.filter(label).selectOption({ label: option });
    await this.page.waitForURL((url) => url.href !== before && /\/commitments(\/view\/|\?|$)/.test(url.pathname + url.search));
  }

  async search(text: string) {
    await this.page.getByLabel('Search', { exact: true }).fill(text);
    await Promise.all([this.page.waitForURL(/q=/), this.page.getByRole('button', { name: 'Apply' }).click()]);
  }

  resultCount() {
    return this.page.locator('.result-count');
  }

  titles() {
    return this.page.locator('.commitment-card__title').allInnerTexts();
  }
}
