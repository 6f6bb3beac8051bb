import { ImageResponse } from 'next/og';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getDashboardSummary } from '@/db/queries';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS, routing } from '@/i18n/routing';
import { todayIso } from '@/lib/clock';
import { VERDICTS } from '@/lib/domain';
import { formatProgress } from '@/lib/format';
import { ogFonts } from '@/lib/server/og-fonts';
import { OG_SIZE, OgFrame, OgLabel, OgProgress, OgRow, OgTitle, OgVerdict } from '@/components/sharing/og-card';

// The preview for the dashboard (and, as the nearest image, for the other public pages that
// have none of their own): how many commitments stand where, and the average progress.
export const revalidate = 300;
export const contentType = 'image/png';
export const size = OG_SIZE;

type Params = Promise<{ locale: string }>;

export async function generateImageMetadata({ params }: { params: Params }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'feeds' });
  return [{ id: 'card', alt: t('og.homeAlt'), size: OG_SIZE, contentType }];
}

export default async function Image({ params }: { params: Params }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('No such language.', { status: 404 });
  const [summary, t, common, fonts] = await Promise.all([
    getDashboardSummary({ asOf: todayIso() }),
    getTranslations({ locale, namespace: 'feeds' }),
    getTranslations({ locale, namespace: 'common' }),
    ogFonts(),
  ]);
  const labels = domainLabels(locale);
  const counts = new Map(summary.byVerdict.map((r) => [r.verdict, r.n]));
  // The mean over every measured commitment, weighting each category by how many it measures.
  const measured = summary.byCategory.reduce((n, c) => n + c.measured, 0);
  const average = measured === 0 ? null : summary.byCategory.reduce((sum, c) => sum + (c.meanProgress ?? 0) * c.measured, 0) / measured;
  const number = new Intl.NumberFormat(INTL_TAGS[locale]);
  return new ImageResponse(
    <OgFrame siteName={common('siteName')} eyebrow={t('og.homeCommitments', { count: summary.totals.commitments })}>
      <OgTitle>{t('og.homeTitle')}</OgTitle>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <OgRow>
          {VERDICTS.filter((v) => (counts.get(v) ?? 0) > 0).map((v) => (
            <OgVerdict key={v} verdict={v} text={`${number.format(counts.get(v) ?? 0)} · ${labels.verdict[v]}`} />
          ))}
        </OgRow>
        <OgRow>
          <OgLabel>{t('og.progress')}</OgLabel>
          <OgProgress share={average} text={formatProgress(average, INTL_TAGS[locale])} />
        </OgRow>
        <div style={{ display: 'flex', fontSize: 24, color: '#56606c', marginTop: 10 }}>{t('og.averageProgress')}</div>
      </div>
    </OgFrame>,
    { ...OG_SIZE, fonts },
  );
}
