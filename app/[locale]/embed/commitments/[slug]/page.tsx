import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCommitmentBySlug } from '@/db/queries';
import { prerenderedCommitments } from '@/lib/server/prerender';
import { domainLabels } from '@/i18n/domain-labels';
import { getPathname } from '@/i18n/navigation';
import { INTL_TAGS } from '@/i18n/routing';
import { resolvePageLocale } from '@/i18n/server';
import { todayIso } from '@/lib/clock';
import { formatDate, formatValue, formatPeriod, formatQualifiedValue } from '@/lib/format';
import { SHARING_PATHS } from '@/lib/server/sharing';
import { ProgressBar } from '@/components/ui/progress-bar';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { InEnglish } from '@/components/ui/in-english';
import { Sparkline } from '@/components/sharing/sparkline';
import styles from '@/components/sharing/embed.module.css';

// The widget other sites put in an iframe (next.config.ts lets only /embed/... be framed).
// Outside the (site) group: no header, footer or navigation, just the card. Cached like the
// public pages and refreshed by the same revalidation after an editor saves.
export const revalidate = 300;

// The first few are rendered by the build; every other one on its first visit.
export function generateStaticParams() {
  return prerenderedCommitments();
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const c = await getCommitmentBySlug({ slug, asOf: todayIso(), locale });
  if (!c) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'feeds' });
  return {
    title: t('embed.frameTitle', { title: c.title }),
    // The commitment's page is the one to index; the widget is a copy of part of it.
    robots: { index: false, follow: true },
    alternates: { canonical: getPathname({ href: SHARING_PATHS.commitment(slug), locale }) },
  };
}

export default async function EmbedCommitmentPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const c = await getCommitmentBySlug({ slug, asOf: todayIso(), locale });
  if (!c) notFound();
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'feeds' }), getTranslations({ locale, namespace: 'common' })]);
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const date = (iso: string) => formatDate(iso, tag);

  // The deadline's words are quoted as the source said them, in English: marked so.
  const english = (chunks: React.ReactNode) => <InEnglish>{chunks}</InEnglish>;
  const deadline = !c.effectiveDeadlineOn ? (
    c.deadlineText ? (
      <>“{english(c.deadlineText)}”</>
    ) : (
      t('embed.noDeadline')
    )
  ) : c.deadlineInterpreted && c.deadlineText ? (
    t.rich('embed.interpretedDeadline', { date: date(c.effectiveDeadlineOn), text: c.deadlineText, quote: english })
  ) : (
    date(c.effectiveDeadlineOn)
  );

  const target = c.target;
  const unit = target?.metric.unit ?? null;
  // The sparkline joins measured figures only: forecasts and bounds are never drawn as reached.
  const preferred = target
    ? target.observations.filter((o) => o.preferred && (o.qualifier === 'exact' || o.qualifier === 'preliminary' || o.qualifier === 'about'))
    : [];
  const unitLabel = target?.metric.unitLabel ?? null;
  const latest = target?.progress.latest ?? null;
  const latestPeriod = latest ? (latest.period ? formatPeriod(latest.period, tag) : date(latest.on)) : null;

  return (
    <main id="main" className={styles.widget} tabIndex={-1}>
      <p className={styles.brand}>{common('siteName')}</p>
      <h1 className={styles.title}>
        <LocalizedText text={c.title} lang={c.titleLocale} />
      </h1>
      <dl className={styles.facts}>
        <dt>{t('embed.status')}</dt>
        <dd>
          <span className={`badge badge--verdict-${c.currentVerdict}`}>{labels.verdict[c.currentVerdict]}</span>{' '}
          <span className="small muted">{c.lastUpdateOn ? t('embed.asOf', { date: date(c.lastUpdateOn) }) : t('embed.noUpdate')}</span>
        </dd>
        {c.currentStage ? (
          <>
            <dt>{t('entry.stage')}</dt>
            <dd>{labels.stage[c.currentStage]}</dd>
          </>
        ) : null}
        <dt>{t('embed.deadline')}</dt>
        <dd>{deadline}</dd>
      </dl>
      <ProgressBar share={c.progressShare} label={t('embed.progressLabel', { title: c.title })} />
      {target && unit && (preferred.length > 0 || target.baseline) ? (
        <figure className={styles.chart} aria-labelledby="embed-chart-title" aria-describedby="embed-chart-summary">
          <p id="embed-chart-title" className={styles.chartTitle}>
            {t('embed.chartTitle', { metric: target.metric.name })}
          </p>
          <Sparkline
            points={preferred.map((o) => ({ on: o.periodEnd, value: o.value }))}
            baseline={target.baseline}
            target={target.targetValue}
            deadlineOn={target.deadlineOn}
            classes={styles}
          />
          <p id="embed-chart-summary" className={styles.chartSummary}>
            {t('embed.chartSummary', {
              baseline: target.baseline ? formatValue(target.baseline.value, unit, tag, { unitLabel }) : '—',
              latest: latest ? formatQualifiedValue(latest.value, unit, latest.qualifier, tag, { unitLabel }) : '—',
              period: latestPeriod ?? '—',
              target: formatValue(target.targetValue, unit, tag, { unitLabel }),
            })}
          </p>
        </figure>
      ) : null}
      <p className={styles.footer}>
        <a href={getPathname({ href: SHARING_PATHS.commitment(c.slug), locale })} target="_blank" rel="noopener">
          {t('embed.viewOn')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
    </main>
  );
}
