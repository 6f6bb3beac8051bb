import { describe, expect, it } from 'vitest';
import { buildSitemap, latestTime, localizedPath, publicPages, type SitemapData } from './sitemap';

const data: SitemapData = {
  commitments: [
    { slug: 'aktau-container-hub', changedAt: '2026-11-20T12:00:00.000Z', logChangedAt: '2026-11-20T12:00:00.000Z' },
    { slug: 'intra-regional-trade-15bn', changedAt: '2026-11-28T09:30:00.000Z', logChangedAt: '2026-10-01T12:00:00.000Z' },
  ],
  sources: [
    { slug: 'akorda-2023-09-14-dushanbe-speech', createdAt: '2023-09-14T12:00:00.000Z' },
    { slug: 'stat-gov-kz-2026-12-01', createdAt: '2026-12-01T12:00:00.000Z' },
  ],
  newestSnapshotAt: null,
};

const sitemap = buildSitemap({ siteBase: 'https://tracker.test/', data });
const entry = (url: string) => sitemap.find((e) => e.url === url);

describe('localizedPath', () => {
  // As next-intl's getPathname lays them out with i18n/routing.ts (localePrefix 'as-needed');
  // e2e/machine-readable.spec.ts checks the addresses against the pages' own hreflang links.
  it('keeps English unprefixed and puts Russian and Kazakh under /ru and /kk', () => {
    expect(localizedPath('en', '/')).toBe('/');
    expect(localizedPath('ru', '/')).toBe('/ru');
    expect(localizedPath('kk', '/commitments/aktau-container-hub/updates')).toBe('/kk/commitments/aktau-container-hub/updates');
    expect(localizedPath('en', '/api')).toBe('/api');
  });
});

describe('buildSitemap', () => {
  it('lists every public page once per language, and nothing else', () => {
    const hrefs = publicPages(data).map((p) => p.href);
    expect(hrefs).toEqual([
      '/',
      '/commitments',
      '/commitments/aktau-container-hub',
      '/commitments/aktau-container-hub/updates',
      '/commitments/intra-regional-trade-15bn',
      '/commitments/intra-regional-trade-15bn/updates',
      '/sources',
      '/sources/akorda-2023-09-14-dushanbe-speech',
      '/sources/stat-gov-kz-2026-12-01',
      '/methodology',
      '/api',
      '/snapshots',
    ]);
    expect(sitemap).toHaveLength(hrefs.length * 3);
    expect(new Set(sitemap.map((e) => e.url)).size).toBe(sitemap.length);
    for (const e of sitemap) expect(e.url).not.toMatch(/\/(editor|sign-in|embed|feeds|api\/|report)(\/|$)/);
  });

  it('gives each address its alternates in every language and x-default (English), itself included', () => {
    const languages = {
      en: 'https://tracker.test/commitments/aktau-container-hub',
      ru: 'https://tracker.test/ru/commitments/aktau-container-hub',
      kk: 'https://tracker.test/kk/commitments/aktau-container-hub',
      'x-default': 'https://tracker.test/commitments/aktau-container-hub',
    };
    for (const url of Object.values(languages)) expect(entry(url)?.alternates).toEqual({ languages });
    expect(entry('https://tracker.test/')?.alternates?.languages).toMatchObject({
      ru: 'https://tracker.test/ru',
      kk: 'https://tracker.test/kk',
      'x-default': 'https://tracker.test/',
    });
  });

  it('dates each page by its data: a commitment by its newest change, its log by the newest entry, a source by its creation', () => {
    expect(entry('https://tracker.test/ru/commitments/intra-regional-trade-15bn')?.lastModified).toBe('2026-11-28T09:30:00.000Z');
    expect(entry('https://tracker.test/commitments/intra-regional-trade-15bn/updates')?.lastModified).toBe('2026-10-01T12:00:00.000Z');
    expect(entry('https://tracker.test/kk/sources/akorda-2023-09-14-dushanbe-speech')?.lastModified).toBe('2023-09-14T12:00:00.000Z');
    // The dashboard and the list change with anything: here the newest source.
    expect(entry('https://tracker.test/')?.lastModified).toBe('2026-12-01T12:00:00.000Z');
    expect(entry('https://tracker.test/ru/commitments')?.lastModified).toBe('2026-12-01T12:00:00.000Z');
    expect(entry('https://tracker.test/sources')?.lastModified).toBe('2026-12-01T12:00:00.000Z');
    // Pages that change with the code, and the snapshots before the first one, carry no date.
    expect(entry('https://tracker.test/methodology')).not.toHaveProperty('lastModified');
    expect(entry('https://tracker.test/snapshots')).not.toHaveProperty('lastModified');
    expect(
      buildSitemap({ siteBase: 'https://tracker.test', data: { ...data, newestSnapshotAt: '2026-12-01T06:00:04.120Z' } }).find(
        (e) => e.url === 'https://tracker.test/snapshots',
      )?.lastModified,
    ).toBe('2026-12-01T06:00:04.120Z');
  });

  it('an empty database still lists the pages that exist without data', () => {
    const empty = buildSitemap({ siteBase: 'https://tracker.test', data: { commitments: [], sources: [], newestSnapshotAt: null } });
    expect(empty.filter((e) => !e.url.includes('/ru') && !e.url.includes('/kk')).map((e) => e.url)).toEqual([
      'https://tracker.test/',
      'https://tracker.test/commitments',
      'https://tracker.test/sources',
      'https://tracker.test/methodology',
      'https://tracker.test/api',
      'https://tracker.test/snapshots',
    ]);
    expect(empty.every((e) => !('lastModified' in e))).toBe(true);
  });
});

describe('latestTime', () => {
  it('compares instants, not text, and skips what is missing or unreadable', () => {
    expect(latestTime(['2026-01-02T00:00:00.000Z', null, '2026-01-01T23:00:00-02:00', undefined, 'not a date'])).toBe('2026-01-01T23:00:00-02:00');
    expect(latestTime([])).toBeNull();
  });
});
