import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@libsql/client';
import type { APIRequestContext, Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { axeViolations, expect, test } from './fixtures';

// Following and sharing (issue 5) against the seeded production build: the Atom feeds and
// the deadlines calendar are parsed and compared with what the pages and the API show; the
// embed widget is framed by a page of another origin while the other pages refuse to be; the
// preview images are real PNGs of the right size that draw the verdict's colours and a bar
// filled to the progress share; the copy button fills the clipboard.

const TRADE = 'intra-regional-trade-15bn';
const HUB = 'aktau-container-hub';

type Attrs = Record<string, string>;
type AtomText = string | { '#text'?: string; '@type'?: string };
type AtomEntry = {
  id: string;
  title: AtomText;
  updated: string;
  published?: string;
  link: Attrs[];
  summary?: AtomText;
  content: { '#text': string; '@type': string };
  author?: unknown;
};
type AtomFeed = {
  '@xml:lang': string;
  '@xmlns': string;
  id: string;
  title: AtomText;
  updated: string;
  link: Attrs[];
  author: { name: string; email?: string; uri?: string };
  entry?: AtomEntry[];
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep text as text: an id like "tag:...:42" or a date must not be turned into a number.
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});

const text = (value: AtomText | undefined): string => (typeof value === 'string' ? value : (value?.['#text'] ?? ''));
const pathOf = (url: string): string => new URL(url, 'http://x').pathname;

/** Fetches a feed, checks the response and its caching, and returns the parsed feed element. */
async function fetchAtom(request: APIRequestContext, path: string): Promise<{ feed: AtomFeed; body: string }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const body = await response.text();
  const parsed = xml.parse(body) as { feed?: AtomFeed };
  expect(parsed.feed, `${path} is an Atom document`).toBeDefined();
  return { feed: parsed.feed!, body };
}

/** The checks RFC 4287 makes of every feed and entry we publish. */
function expectValidAtom(feed: AtomFeed, selfPath: string, lang: string) {
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed['@xml:lang']).toBe(lang);
  expect(feed.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}(-\d{2}){0,2}:feed:/);
  expect(text(feed.title).trim()).not.toBe('');
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  const rels = Object.fromEntries(feed.link.map((l) => [l['@rel'], l]));
  expect(pathOf(rels.self!['@href']!)).toBe(selfPath);
  expect(rels.self!['@type']).toBe('application/atom+xml');
  expect(rels.alternate!['@type']).toBe('text/html');
  // The organisation is the author; no person, no address.
  expect(feed.author.name.trim()).not.toBe('');
  expect(feed.author.email).toBeUndefined();
  const entries = feed.entry ?? [];
  expect(new Set(entries.map((e) => e.id)).size, 'entry ids are unique').toBe(entries.length);
  for (const entry of entries) {
    expect(entry.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}(-\d{2}){0,2}:status-update:\d+$/);
    expect(text(entry.title).trim()).not.toBe('');
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.content['@type']).toBe('html');
    expect(entry.content['#text']).toMatch(/<strong>/);
    expect(entry.author, 'entries carry no personal author').toBeUndefined();
    expect(entry.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toMatch(/#update-\d+$/);
  }
  // The feed is as new as its newest entry.
  if (entries.length > 0)
    expect(feed.updated).toBe(
      entries
        .map((e) => new Date(e.updated).toISOString())
        .sort()
        .at(-1),
    );
}

const entryLink = (entry: AtomEntry): URL => new URL(entry.link.find((l) => l['@rel'] === 'alternate')!['@href']!);

async function expectEtagAndCaching(request: APIRequestContext, path: string) {
  const first = await request.get(path);
  const etag = first.headers()['etag'];
  expect(etag, `${path}: ETag`).toMatch(/^"[^"]+"$/);
  expect(first.headers()['cache-control']).toMatch(/public.*max-age=\d+/);
  const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
  expect(again.status(), `${path}: 304 for a matching If-None-Match`).toBe(304);
}

/** Editors' names and e-mail addresses from the test database: none may appear in a feed. */
async function personalData(): Promise<string[]> {
  const db = createClient({ url: process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db' });
  try {
    const names = (await db.execute('select distinct author_name as v from status_updates')).rows.map((r) => String(r.v));
    const users = (await db.execute('select name, email from users')).rows.flatMap((r) => [String(r.name), String(r.email)]);
    return [...new Set([...names, ...users])].filter((v) => v.trim().length > 2);
  } finally {
    db.close();
  }
}

/** The dashboard's "latest updates": each item's commitment link and displayed date. */
async function dashboardUpdates(page: Page, path: string) {
  await page.goto(path);
  const items = page.locator('section[aria-labelledby="updates-title"] li.timeline__item');
  return items.evaluateAll((nodes) =>
    nodes.map((li) => ({
      href: li.querySelector('.timeline__title a')!.getAttribute('href')!,
      date: li.querySelector('time')!.textContent!.trim(),
    })),
  );
}

test.describe('Atom feeds', () => {
  test('the site-wide feed is valid Atom and lists the dashboard’s latest updates first, in English and Russian', async ({ page, request }) => {
    for (const { lang, prefix } of [
      { lang: 'en', prefix: '' },
      { lang: 'ru', prefix: '/ru' },
    ]) {
      const { feed } = await fetchAtom(request, `${prefix}/feeds/updates.atom`);
      expectValidAtom(feed, `${prefix}/feeds/updates.atom`, lang);
      const entries = feed.entry ?? [];
      const shown = await dashboardUpdates(page, `${prefix}/`);
      expect(shown.length).toBeGreaterThan(0);
      expect(entries.length).toBeGreaterThanOrEqual(shown.length);
      shown.forEach((item, i) => {
        const entry = entries[i]!;
        expect(entryLink(entry).pathname, `entry ${i} is the same update's commitment`).toBe(item.href);
        expect(text(entry.title), `entry ${i} carries the date the page shows`).toContain(item.date);
      });
    }
  });

  test('a commitment’s feed lists exactly the updates on its page, in the same order', async ({ page, request }) => {
    for (const { lang, prefix } of [
      { lang: 'en', prefix: '' },
      { lang: 'ru', prefix: '/ru' },
      { lang: 'kk', prefix: '/kk' },
    ]) {
      for (const slug of [TRADE, HUB]) {
        const path = `${prefix}/feeds/commitments/${slug}/updates.atom`;
        const { feed } = await fetchAtom(request, path);
        expectValidAtom(feed, path, lang);
        await page.goto(`${prefix}/commitments/${slug}`);
        const onPage = await page.locator('ol.timeline > li').evaluateAll((nodes) => nodes.map((n) => n.id));
        const inFeed = (feed.entry ?? []).map((e) => entryLink(e).hash.slice(1));
        expect(inFeed, `${path}: the page's log`).toEqual(onPage);
        for (const e of feed.entry ?? []) expect(entryLink(e).pathname).toBe(`${prefix}/commitments/${slug}`);
        expect(pathOf(feed.link.find((l) => l['@rel'] === 'alternate')!['@href']!)).toBe(`${prefix}/commitments/${slug}`);
      }
    }
  });

  test('entries are worded in the reader’s language and hold the verdict, the as-of date and the note', async ({ page, request }) => {
    const en = (await fetchAtom(request, `/feeds/commitments/${TRADE}/updates.atom`)).feed;
    const ru = (await fetchAtom(request, `/ru/feeds/commitments/${TRADE}/updates.atom`)).feed;
    expect(en.entry?.length).toBeGreaterThan(0);
    // The same update keeps its id in every language, so a reader following both sees it once.
    expect(ru.entry!.map((e) => e.id)).toEqual(en.entry!.map((e) => e.id));
    expect(en.entry![0]!.content['#text']).toContain('Verdict:');
    expect(ru.entry![0]!.content['#text']).toContain('Оценка:');
    expect(text(ru.title)).toMatch(/[А-Яа-яЁё]/);
    // Each entry's note says what the page's entry says (evidence links are covered by the unit tests:
    // the seed has none).
    await page.goto(`/commitments/${TRADE}`);
    for (const entry of en.entry!) {
      const id = entryLink(entry).hash;
      const note = page.locator(`${id} .timeline__note`);
      if ((await note.count()) === 0) continue;
      const shown = (await note.innerText()).replace(/\s+/g, ' ').trim();
      const sent = entry.content['#text']
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#x26;|&amp;/g, '&')
        .replace(/\s+/g, ' ');
      expect(sent, `${id}: the note`).toContain(shown);
    }
  });

  test('no editor’s name or e-mail appears in any feed', async ({ request }) => {
    const personal = await personalData();
    expect(personal.length).toBeGreaterThan(0);
    for (const path of ['/feeds/updates.atom', `/feeds/commitments/${TRADE}/updates.atom`, '/ru/feeds/updates.atom', '/feeds/deadlines.ics']) {
      const body = await (await request.get(path)).text();
      for (const value of personal) expect(body, `${path} must not contain ${value}`).not.toContain(value);
    }
  });

  test('feeds carry an ETag, answer 304, and refuse unknown commitments and languages', async ({ request }) => {
    for (const path of ['/feeds/updates.atom', `/kk/feeds/commitments/${HUB}/updates.atom`, '/feeds/deadlines.ics', '/ru/feeds/deadlines.ics']) {
      await expectEtagAndCaching(request, path);
    }
    expect((await request.get('/feeds/commitments/no-such-commitment/updates.atom')).status()).toBe(404);
    expect((await request.get('/feeds/commitments/Bad_Slug!/updates.atom')).status()).toBe(400);
    expect((await request.get('/de/feeds/updates.atom')).status()).toBe(404);
  });

  test('pages link their feeds in the head and visibly', async ({ page, request }) => {
    await page.goto('/');
    const siteFeeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(siteFeeds).toHaveCount(1);
    expect(pathOf((await siteFeeds.getAttribute('href'))!)).toBe('/feeds/updates.atom');
    const follow = page.getByRole('link', { name: 'All status updates (Atom feed)' });
    await expect(follow).toBeVisible();
    expect((await request.get((await follow.getAttribute('href'))!)).status()).toBe(200);
    await expect(page.getByRole('link', { name: 'Deadlines (iCalendar)' })).toHaveAttribute('href', '/feeds/deadlines.ics');

    await page.goto(`/ru/commitments/${HUB}`);
    const feeds = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((l) => new URL(l.getAttribute('href')!, location.href).pathname));
    expect(feeds).toEqual([`/ru/feeds/commitments/${HUB}/updates.atom`, '/ru/feeds/updates.atom']);
    const own = page.getByRole('link', { name: 'Обновления этого обязательства (лента Atom)' });
    await expect(own).toHaveAttribute('href', `/ru/feeds/commitments/${HUB}/updates.atom`);
    for (const href of feeds) expect((await request.get(href)).status()).toBe(200);
  });
});

type ApiItem = { slug: string; deadline: { on: string | null; text: string | null; interpreted: boolean } };

test.describe('iCalendar feed', () => {
  test('has one all-day event per dated deadline, with stable uids and the API’s dates', async ({ request }) => {
    const api = (await (await request.get('/api/v1/commitments?per_page=100')).json()) as { data: ApiItem[]; pagination: { total: number } };
    expect(api.data.length).toBe(api.pagination.total);
    const dated = api.data.filter((c) => c.deadline.on !== null);
    expect(dated.length).toBeGreaterThan(0);

    const response = await request.get('/feeds/deadlines.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const body = await response.text();
    // RFC 5545: CRLF everywhere, no physical line over 75 octets.
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(body));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/Commitments Tracker/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('Commitments Tracker: deadlines');

    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const bySlug = new Map(events.map((e) => [/^deadline-(.+)@[^@]+$/.exec(e.uid)?.[1], e]));
    expect(bySlug.size, 'uids are unique and name the commitment').toBe(events.length);
    expect([...bySlug.keys()].sort()).toEqual(dated.map((c) => c.slug).sort());
    for (const c of dated) {
      const event = bySlug.get(c.slug)!;
      expect(event.startDate.isDate, `${c.slug}: all-day`).toBe(true);
      expect(event.startDate.toString(), `${c.slug}: date`).toBe(c.deadline.on);
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(pathOf(String(event.component.getFirstPropertyValue('url')))).toBe(`/commitments/${c.slug}`);
      expect(event.description).toMatch(/^Status: .+\nProgress: .+/);
      if (c.deadline.interpreted) expect(event.description, `${c.slug}: marked as interpreted`).toContain('our interpretation');
      else expect(event.description).not.toContain('our interpretation');
      if (c.deadline.text) expect(event.description).toContain(`“${c.deadline.text}”`);
    }

    // The uids do not depend on the language, the words do.
    const ru = new ICAL.Component(ICAL.parse(await (await request.get('/ru/feeds/deadlines.ics')).text()));
    const ruEvents = ru.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(ruEvents.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(ruEvents[0]!.summary).toMatch(/^Срок: /);
    expect(pathOf(String(ruEvents[0]!.component.getFirstPropertyValue('url')))).toMatch(/^\/ru\/commitments\//);
  });
});

/** A page on another origin (another port) that frames the given addresses of the app. */
async function framingPage(frames: Record<string, string>): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html lang="en"><head><title>Another site</title></head><body>${Object.entries(frames)
    .map(([id, src]) => `<iframe id="${id}" title="${id}" src="${src}" width="480" height="420"></iframe>`)
    .join('')}</body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

test.describe('embed widget', () => {
  test('only embed addresses may be framed: headers', async ({ request }) => {
    for (const path of [`/embed/commitments/${TRADE}`, `/ru/embed/commitments/${HUB}`, `/kk/embed/commitments/${TRADE}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['x-frame-options'], `${path}: no X-Frame-Options`).toBeUndefined();
      expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors \*(;|$)/);
    }
    for (const path of ['/', `/commitments/${TRADE}`, `/ru/commitments/${TRADE}`, '/kk', '/feeds/updates.atom', '/api/v1/commitments', '/sign-in']) {
      const response = await request.get(path);
      expect(response.headers()['x-frame-options'], `${path}: DENY`).toBe('DENY');
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  test('another site can frame the widget, and not the other pages', async ({ page, baseURL, pageErrors }) => {
    const { server, url } = await framingPage({
      embed: `${baseURL}/embed/commitments/${TRADE}`,
      home: `${baseURL}/`,
      detail: `${baseURL}/commitments/${TRADE}`,
    });
    try {
      await page.goto(url, { waitUntil: 'load' });
      const widget = page.frameLocator('#embed');
      await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/intra-regional trade/i);
      await expect(widget.getByRole('progressbar')).toBeVisible();
      // The outer page's load waited for every frame, so the refused ones are final: empty.
      for (const id of ['home', 'detail']) await expect(page.frameLocator(`#${id}`).locator('#main')).toHaveCount(0);
      // The browser reports each refusal; here they are the expected outcome, not page errors.
      const refusal = /frame-ancestors|X-Frame-Options/;
      expect(pageErrors.filter((e) => refusal.test(e)).length).toBeGreaterThanOrEqual(2);
      pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !refusal.test(e)));
    } finally {
      server.close();
    }
  });

  test('the widget shows title, status in words, progress with its value, a chart and a link out, and passes axe', async ({ page }) => {
    await page.goto(`/commitments/${TRADE}`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const verdict = (await page.locator('.status-panel .badge').first().textContent())!.trim();
    const progress = await page.locator('.status-panel').getByRole('progressbar').getAttribute('aria-valuetext');

    await page.goto(`/embed/commitments/${TRADE}`);
    await expect(page.locator('header, footer, nav')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.badge')).toContainText(verdict.replace(/^\W+/, ''));
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', progress!);
    await expect(page.locator('svg[data-sparkline] circle').first()).toBeVisible();
    await expect(page.locator('#embed-chart-summary')).toContainText('target $15 bn');
    const out = page.getByRole('link', { name: /View on Commitments Tracker/ });
    await expect(out).toHaveAttribute('target', '_blank');
    await expect(out).toHaveAttribute('href', `/commitments/${TRADE}`);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/ru/embed/commitments/${HUB}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('link', { name: /Открыть в Трекере обязательств/ })).toHaveAttribute('href', `/ru/commitments/${HUB}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('copy embed code', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('puts the iframe snippet in the clipboard and says so', async ({ page }) => {
      await page.goto(`/commitments/${HUB}`);
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/commitments/${HUB}" title="[^"]+" `));
      expect(copied).toContain('</iframe>');
    });
  });

  test('without a clipboard, the snippet is shown selected for copying by hand', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await page.goto(`/ru/commitments/${TRADE}`);
    await page.getByRole('button', { name: 'Скопировать код для вставки' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Браузер не разрешил копирование' })).toBeVisible();
    const box = page.getByLabel('Код для вставки');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(new RegExp(`^<iframe src="[^"]+/ru/embed/commitments/${TRADE}"`));
    const selection = await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('preview images', () => {
  test('the home page and a commitment have a 1200×630 PNG preview in English and Russian', async ({ page, request }) => {
    for (const path of ['/', '/ru', `/commitments/${TRADE}`, `/ru/commitments/${HUB}`]) {
      await page.goto(path);
      const image = page.locator('head meta[property="og:image"]');
      await expect(image).toHaveCount(1);
      const src = new URL((await image.getAttribute('content'))!);
      // Next names the image by the route's real path: English pages live under /en internally.
      const own = `${path.startsWith('/ru') ? '' : '/en'}${path === '/' ? '' : path}/opengraph-image-`;
      expect(src.pathname.startsWith(own), `${path}: its own image, not the parent's (${src.pathname})`).toBe(true);
      await expect(page.locator('head meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
      await expect(page.locator('head meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
      // Served as it is named: a crawler gets the image, not a redirect to it.
      const response = await request.get(`${src.pathname}${src.search}`, { maxRedirects: 0 });
      expect(response.status(), src.pathname).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test('a commitment’s preview draws its status and progress: the verdict’s own colours and a bar filled to its share', async ({ page, request }) => {
    // The card's colours (components/sharing/og-card.tsx): each verdict's badge background and the bar's fill.
    const BADGE: Record<string, string> = {
      achieved: '#e3f4ea',
      'achieved-late': '#e3f4ea',
      'in-progress': '#e4eef8',
      'not-started': '#eceff3',
      dropped: '#eceff3',
      stalled: '#fdf1dc',
      missed: '#fbe6e4',
    };
    const FILL = '#0b6e99';
    // The bar is 640 × 30 with a 2 px border: the fill is at most 636 × 26 pixels.
    const FULL_BAR = 636 * 26;
    const list = (await (await request.get('/api/v1/commitments?per_page=100')).json()) as {
      data: { slug: string; status: { verdict: string }; progress: { share: number | null } }[];
    };
    // One commitment per verdict, the one furthest along, so different badges and different shares are drawn.
    const byShare = [...list.data].sort((a, b) => (a.progress.share ?? -1) - (b.progress.share ?? -1));
    const picked = [...new Map(byShare.map((c) => [c.status.verdict, c])).values()];
    expect(picked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(picked.map((c) => c.progress.share)).size, 'different shares').toBeGreaterThanOrEqual(2);
    for (const c of picked) {
      await page.goto(`/commitments/${c.slug}`);
      const src = new URL((await page.locator('head meta[property="og:image"]').getAttribute('content'))!);
      // Same origin as the page, so the canvas can read the pixels back.
      const counts = await page.evaluate(
        async ({ url, colours }) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
          const found = colours.map(() => 0);
          for (let p = 0; p < data.length; p += 4) {
            targets.forEach(([r, g, b], i) => {
              if (Math.abs(data[p]! - r!) <= 3 && Math.abs(data[p + 1]! - g!) <= 3 && Math.abs(data[p + 2]! - b!) <= 3) found[i]!++;
            });
          }
          return Object.fromEntries(colours.map((hex, i) => [hex, found[i]!]));
        },
        { url: `${src.pathname}${src.search}`, colours: [...new Set([...Object.values(BADGE), FILL])] },
      );
      const own = BADGE[c.status.verdict]!;
      expect(counts[own], `${c.slug}: the ${c.status.verdict} badge`).toBeGreaterThan(2_000);
      for (const other of new Set(Object.values(BADGE))) {
        if (other !== own) expect(counts[other], `${c.slug}: no ${other} badge`).toBeLessThan(200);
      }
      const share = Math.max(0, Math.min(1, c.progress.share ?? 0));
      expect(Math.abs(counts[FILL]! / FULL_BAR - share), `${c.slug}: bar filled to ${share}`).toBeLessThan(0.04);
    }
  });
});
