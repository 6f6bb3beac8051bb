import { describe, expect, it } from 'vitest';
import { marginTemplates } from './snapshot-margins';

const at = '2026-11-02T06:05:09.000Z';

describe('marginTemplates', () => {
  it('prints the page numbers and the generation time in the report language', () => {
    const en = marginTemplates('en', at);
    expect(en.footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span> · generated 2 Nov 2026, 06:05 UTC');
    expect(en.header).toContain('Commitments Tracker · status report');

    const ru = marginTemplates('ru', at);
    expect(ru.footer).toContain('Страница <span class="pageNumber"></span> из <span class="totalPages"></span>');
    expect(ru.footer).toContain('2 нояб. 2026 г., 06:05 UTC');
    expect(ru.header).toContain('lang="ru"');
    expect(ru.header).toContain('Трекер обязательств');

    const kk = marginTemplates('kk', at);
    expect(kk.footer).toContain('<span class="pageNumber"></span>-бет, барлығы <span class="totalPages"></span>');
    expect(kk.header).not.toMatch(/Commitments|Generated/);
  });

  it('leaves no markup but Chromium’s own page-number elements and the wrapper', () => {
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const { header, footer } = marginTemplates(locale, at);
      const tags = `${header}${footer}`.match(/<\/?[a-z]+/g) ?? [];
      expect(new Set(tags)).toEqual(new Set(['<div', '</div', '<span', '</span']));
      expect(footer.match(/class="(pageNumber|totalPages)"/g)).toHaveLength(2);
    }
  });
});
