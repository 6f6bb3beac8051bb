import type { Page } from '@playwright/test';
import { axeViolations, chartsReady, expect, test } from './fixtures';

// Every public page in every language: it renders, says which language it is in, passes axe,
// lists its other-language versions, and shows no interface text left in English. Content
// that exists only in English (source titles, quotes, editors' notes) is allowed, but only
// inside an element marked lang="en", which is also what screen readers need. Literals a
// reader types as they are (parameter names, header names) are allowed inside <code>.

const LOCALES = ['en', 'ru', 'kk'] as const;
type Locale = (typeof LOCALES)[number];

const TRADE = 'intra-regional-trade-15bn';

type Checked = {
  path: string;
  /** A missing address is still a page, and must be one in the reader's language. */
  status?: 200 | 404;
  /**
   * Whether the page lists its other-language versions. Only pages with an address of their
   * own do: a 404 has no versions to list, and the embed widget names the commitment's page
   * as its canonical address instead of offering itself in other languages.
   */
  alternates?: boolean;
};

const PAGES: readonly Checked[] = [
  { path: '/' },
  { path: '/commitments' },
  { path: '/commitments?category=transport' },
  { path: `/commitments/${TRADE}` },
  { path: `/commitments/${TRADE}/updates` },
  { path: '/commitments/sixth-consultative-meeting-kazakhstan' },
  { path: '/sources' },
  { path: '/sources/akorda-2023-09-14-dushanbe-speech' },
  { path: '/methodology' },
  { path: '/snapshots' },
  // The status report that snapshots print to PDF: kept out of search results, but read in each language.
  { path: '/report' },
  { path: '/api' },
  { path: `/embed/commitments/${TRADE}`, alternates: false },
  { path: '/commitments/no-such-commitment', status: 404, alternates: false },
];

/**
 * Latin words that are the same in every language: abbreviations and format names. Words of
 * one or two letters (e.g. "IT") are never reported, so they need no entry.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'API',
  'CSV',
  'JSON',
  'PDF',
  'URL',
  'UTC',
  'UTF',
  'SHA',
  'ISO',
  'RFC',
  'BOM',
  'CRLF',
  'ETag',
  'Atom',
  'iCalendar',
  'iframe',
]);

/** Names that Russian and Kazakh texts also write in Latin letters (a portal's own name). */
const LATIN_NAMES = ['Central Asia Gateway'];

function localized(locale: Locale, path: string): string {
  if (locale === 'en') return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/**
 * Text on the page that a reader of `locale` sees or hears as interface and that contains a
 * Latin word of three or more letters: visible text, the text of closed disclosure widgets,
 * accessible names (aria-label, title, alt, placeholder) and the document title. Text inside
 * an element whose closest lang is not the page's language, code (samples, and literals
 * marked <code> in prose) and addresses are not interface text; the accessible name of a
 * code sample is.
 */
async function untranslatedStrings(page: Page, locale: Locale): Promise<string[]> {
  return page.evaluate(
    ({ locale, allowed, names }) => {
      const allowedWords = new Set(allowed);
      const found: string[] = [];
      const skip = 'script, style, noscript, template, code, pre, kbd, samp, [translate="no"]';
      const check = (text: string, where: string) => {
        const cleaned = names
          .reduce((rest, name) => rest.replaceAll(name, ' '), text)
          .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
          .replace(/\S+@\S+\.\S+/g, ' ')
          .replace(/(?:^|\s)\/[\w\-./?=&%]+/g, ' ');
        const words = (cleaned.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowedWords.has(w));
        if (words.length > 0) found.push(`${where}: ${JSON.stringify(text.trim().slice(0, 160))}`);
      };
      const inPageLanguage = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').split('-')[0] === locale;

      // Closed disclosure widgets hold text a reader gets one click later.
      for (const details of document.querySelectorAll('details')) details.open = true;

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent ?? '';
        if (!parent || text.trim() === '' || parent.closest(skip) || !inPageLanguage(parent)) continue;
        if (!parent.checkVisibility() && !parent.closest('svg')) continue;
        check(
          text,
          `<${parent.tagName.toLowerCase()}${parent.className && typeof parent.className === 'string' ? `.${parent.className.split(' ')[0]}` : ''}>`,
        );
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
        // A <pre aria-label> names its sample in the reader's language; only what is inside is code.
        if (el.parentElement?.closest(skip) || el.closest('[translate="no"]') || !inPageLanguage(el)) continue;
        for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = el.getAttribute(attribute);
          if (value) check(value, `${el.tagName.toLowerCase()}[${attribute}]`);
        }
      }
      check(document.title, '<title>');
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
      if (description) check(description, 'meta description');
      return found;
    },
    { locale, allowed: [...SAME_IN_EVERY_LANGUAGE], names: LATIN_NAMES },
  );
}

for (const locale of LOCALES) {
  test.describe(`${locale}:`, () => {
    for (const { path, status = 200, alternates = true } of PAGES) {
      const lists = alternates ? ' and lists its other languages' : '';
      test(`${locale}: ${path} is in ${locale}, accessible${lists}`, async ({ page, pageErrors }) => {
        const address = localized(locale, path);
        const response = await page.goto(address);
        expect(response?.status(), address).toBe(status);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await chartsReady(page);

        const pathname = path.split('?')[0] ?? '/';
        const hreflang = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) =>
            links.map((l) => [l.getAttribute('hreflang') ?? '', new URL(l.getAttribute('href') ?? '', 'http://x').pathname] as const),
          );
        // hreflang alternates: every language and x-default (English), on the same page.
        // Without versions of its own, a page must not point search engines at any.
        expect(new Map(hreflang), `${address} hreflang links`).toEqual(
          alternates
            ? new Map([
                ['en', pathname],
                ['ru', localized('ru', pathname)],
                ['kk', localized('kk', pathname)],
                ['x-default', pathname],
              ])
            : new Map(),
        );

        expect(await axeViolations(page), `${address} axe`).toEqual([]);
        if (locale !== 'en') {
          expect(await untranslatedStrings(page, locale), `${address}: interface text left in English`).toEqual([]);
        }
        if (status === 404) {
          // The browser reports the 404 document itself as a console error; that one is expected.
          expect(pageErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
          pageErrors.length = 0;
        }
      });
    }
  });
}

// The check above passes only if it can fail: English typed into a Russian page is reported,
// a literal marked as code or a text marked as English is not.
test('the untranslated-text check finds English outside code and lang="en"', async ({ page }) => {
  await page.goto('/ru/api');
  await page.locator('main').evaluate((main) => {
    const add = (html: string) => main.insertAdjacentHTML('beforeend', html);
    add('<p>Returns every commitment.</p>');
    add('<p>Параметр <code>per_page</code> и <code>If-None-Match</code>.</p>');
    add('<pre aria-label="Пример">GET /api/v1/commitments?sort=deadline</pre>');
    add('<p lang="en">Raise intra-regional trade</p>');
    add('<pre aria-label="Example request">curl</pre>');
  });
  expect(await untranslatedStrings(page, 'ru')).toEqual(['<p>: "Returns every commitment."', 'pre[aria-label]: "Example request"']);
});

test('the language switcher keeps the page and its filters', async ({ page }) => {
  await page.goto('/commitments?category=transport&sort=progress');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  // The query string joins the links once the page has hydrated.
  // The old query-form link was sent on to the view's own path; the other languages keep it.
  await expect(page).toHaveURL(/\/commitments\/view\/category\/transport\/sort\/progress$/);
  await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/ru/commitments/view/category/transport/sort/progress');
  await switcher.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/commitments\/view\/category\/transport\/sort\/progress$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByLabel('Направление', { exact: true })).toHaveValue('transport');

  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/commitments\/view\/category\/transport\/sort\/progress$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');

  await page.goto('/kk/commitments/intra-regional-trade-15bn');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/commitments\/intra-regional-trade-15bn$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('figures and dates follow the language', async ({ page }) => {
  await page.goto('/ru/commitments/intra-regional-trade-15bn');
  const facts = page.getByRole('region', { name: 'Основные сведения' });
  await expect(facts).toContainText('$10,6 млрд');
  await expect(facts).toContainText('31 дек. 2022 г.');
  await chartsReady(page);
  await expect(page.locator('svg.recharts-surface').getByText('Цель $15 млрд')).toBeVisible();

  await page.goto('/kk/commitments/intra-regional-trade-15bn');
  await expect(page.getByRole('region', { name: 'Негізгі мәліметтер' })).toContainText('$10,6 млрд');
});

test('a missing page says so in the reader’s language', async ({ page, pageErrors }) => {
  const response = await page.goto('/kk/commitments/no-such-commitment');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { name: 'Бет табылмады' })).toBeVisible();
  // The browser reports the 404 document itself as a console error; that one is expected.
  expect(pageErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  pageErrors.length = 0;
});
