// The PDF's page margins are printed by Chromium from HTML templates, outside the report
// page and outside React, so their text is translated here with next-intl's plain translator
// from the same 'report' messages the page uses.

import { createTranslator } from 'next-intl';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import { formatSnapshotTime } from '@/lib/snapshot-text';
import enReport from '@/messages/en/report.json';
import kkReport from '@/messages/kk/report.json';
import ruReport from '@/messages/ru/report.json';

const REPORT_MESSAGES: Record<Locale, typeof enReport> = { en: enReport, ru: ruReport, kk: kkReport };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The header and footer Chromium prints in the page margins, in the report's language.
 * They are HTML templates outside the page, so the text is escaped here and Chromium's own
 * pageNumber/totalPages elements are put where the message has its {page} and {total}.
 */
export function marginTemplates(locale: Locale, generatedAt: string): { header: string; footer: string } {
  const t = createTranslator({ locale, messages: { report: REPORT_MESSAGES[locale] }, namespace: 'report.margin' });
  const time = formatSnapshotTime(generatedAt, INTL_TAGS[locale]);
  const style = 'font-family: system-ui, sans-serif; font-size: 8px; color: #56606c; width: 100%; padding: 0 14mm;';
  const footer = escapeHtml(t('footer', { page: '\u0001', total: '\u0002', time }))
    .replace('\u0001', '<span class="pageNumber"></span>')
    .replace('\u0002', '<span class="totalPages"></span>');
  return {
    header: `<div lang="${locale}" style="${style} display: flex; justify-content: space-between;"><span>${escapeHtml(t('header'))}</span><span>${escapeHtml(t('generated', { time }))}</span></div>`,
    footer: `<div lang="${locale}" style="${style} text-align: center;">${footer}</div>`,
  };
}
