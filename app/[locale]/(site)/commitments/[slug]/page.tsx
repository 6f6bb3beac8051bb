import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import { notFound } from 'next/navigation';
import { getCommitmentBySlug } from '@/db/queries';
import { prerenderedCommitments } from '@/lib/server/prerender';
import { countryNames, domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import type { StagedKind } from '@/lib/domain';
import { todayIso } from '@/lib/clock';
import { env } from '@/lib/env';
import { formatDate, formatPercent, formatQualifiedValue, formatValue } from '@/lib/format';
import { logView, TIMELINE_PREVIEW } from '@/lib/timeline';
import { observationsApiUrl } from '@/lib/open-data/serialise';
import { isOverdue, isStale, verdictDisagrees } from '@/lib/status';
import { TrajectoryFigure } from '@/components/charts/trajectory-figure';
import { CommitmentBreadcrumb } from '@/components/commitments/breadcrumb';
import { Deadline } from '@/components/commitments/deadline';
import { StageLadder } from '@/components/commitments/stage-ladder';
import { UpdateTimeline } from '@/components/commitments/update-timeline';
import { FlagBadge, TrajectoryBadge, VerdictBadge } from '@/components/ui/status-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { englishLang, InEnglish } from '@/components/ui/in-english';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { localeAlternates, resolvePageLocale } from '@/i18n/server';
import { feedAlternateTypes } from '@/lib/server/sharing';
import { CommitmentSharing } from '@/components/sharing/follow';

export const revalidate = 300;

// The first few are rendered by the build; every other one on its first visit.
export function generateStaticParams() {
  return prerenderedCommitments();
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'commitments.detail' });
  const c = await getCommitmentBySlug({ slug, asOf: todayIso(), locale });
  if (!c) return { title: t('notFound') };
  return {
    title: c.title,
    description: c.summary,
    alternates: { ...localeAlternates(locale, `/commitments/${slug}`), types: await feedAlternateTypes(locale, c) },
  };
}

export default async function CommitmentPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'commitments' });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const asOf = todayIso();
  const c = await getCommitmentBySlug({ slug, asOf, locale });
  if (!c) notFound();

  const progress = c.target?.progress ?? null;
  const overdue = isOverdue({ deadline: c.effectiveDeadlineOn, verdict: c.currentVerdict, asOf });
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const stale = isStale({ lastUpdateOn: c.lastUpdateOn, announcedOn: c.announcedOn, verdict: c.currentVerdict, asOf, staleAfterDays });
  const disagrees = verdictDisagrees(c.currentVerdict, c.trajectoryStatus);
  const unit = c.target?.metric.unit ?? null;
  const metricSlug = c.target?.metric.slug ?? '';
  // The API lives at /api/v1 only, not under a language prefix: links relative to this site.
  const onThisSite = { apiBase: '', locale };
  const revised = c.revisions.length > 0;
  // The newest entries only; the whole log has its own pages (lib/timeline.ts says why).
  const { shown: newest, entryHref } = logView(c.updates, {
    count: TIMELINE_PREVIEW,
    logPath: getPathname({ href: `/commitments/${c.slug}/updates`, locale }),
  });
  const value = (v: number) => (unit ? formatValue(v, unit, tag) : '—');
  const perYear = (v: number | null) => (v !== null && unit ? t('detail.perYear', { value: value(Number(v.toFixed(3))) }) : '—');
  // Titles, notes, quotes and names are stored in English; marked so on the other languages' pages.
  const contentLang = englishLang(locale);
  const english = (chunks: React.ReactNode) => <InEnglish>{chunks}</InEnglish>;
  const sourceLink = (href: string) => (chunks: React.ReactNode) => (
    <Link href={href} lang={contentLang}>
      {chunks}
    </Link>
  );

  return (
    <article className="detail">
      <CommitmentBreadcrumb href={`/commitments?category=${c.category}`}>{labels.category[c.category]}</CommitmentBreadcrumb>
      <p className="eyebrow">
        {labels.category[c.category]} · {labels.kind[c.kind]}
      </p>
      <h1>
        <LocalizedText text={c.title} lang={c.titleLocale} />
      </h1>
      <p className="lede">
        <LocalizedText text={c.summary} lang={c.summaryLocale} />
      </p>

      <section className="status-panel card" aria-labelledby="status-title">
        <h2 id="status-title" className="visually-hidden">
          {t('detail.status')}
        </h2>
        <div className="status-panel__cell">
          <p className="status-panel__label">{t('detail.verdict')}</p>
          <VerdictBadge verdict={c.currentVerdict} />
          <p className="small muted">{c.lastUpdateOn ? t('detail.asOf', { date: formatDate(c.lastUpdateOn, tag) }) : t('detail.noUpdate')}</p>
        </div>
        <div className="status-panel__cell">
          {c.kind === 'target' ? (
            <>
              <p className="status-panel__label">{t('detail.computed')}</p>
              <TrajectoryBadge status={c.trajectoryStatus ?? 'insufficient-data'} />
              <p className="small muted">
                {progress?.ratio !== null && progress?.ratio !== undefined
                  ? t('detail.ratio', { ratio: progress.ratio.toLocaleString(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })
                  : t('detail.needsTwoPoints')}
              </p>
            </>
          ) : (
            <>
              <p className="status-panel__label">{t('detail.stageReached')}</p>
              <StageLadder kind={c.kind as StagedKind} stage={c.currentStage} />
            </>
          )}
        </div>
        <div className="status-panel__cell status-panel__cell--wide">
          <p className="status-panel__label">{t('detail.progress')}</p>
          <ProgressBar share={c.progressShare} label={t('progressOf', { title: c.title })} />
          <p className="badge-row">
            {overdue ? <FlagBadge kind="overdue">{t('detail.flags.overdue')}</FlagBadge> : null}
            {stale ? <FlagBadge kind="stale">{t('detail.flags.stale', { days: staleAfterDays })}</FlagBadge> : null}
            {disagrees ? <FlagBadge kind="disagreement">{t('detail.flags.disagreement')}</FlagBadge> : null}
          </p>
        </div>
      </section>

      <div className="two-col two-col--detail">
        <section aria-labelledby="facts-title" className="card">
          <h2 id="facts-title">{t('detail.facts.title')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('detail.facts.owner')}</dt>
              <dd lang={contentLang}>{c.owner}</dd>
            </div>
            {c.countries.length > 0 ? (
              <div>
                <dt>{t('detail.facts.countries')}</dt>
                <dd>{countryNames(c.countries, locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('detail.facts.announced')}</dt>
              <dd>
                {t.rich('detail.facts.announcedIn', {
                  date: formatDate(c.announcedOn, tag),
                  source: c.sourceTitle,
                  kind: labels.sourceKind[c.sourceKind],
                  publisher: c.sourcePublisher,
                  time: (chunks) => <time dateTime={c.announcedOn}>{chunks}</time>,
                  link: sourceLink(`/sources/${c.sourceSlug}`),
                  muted: (chunks) => <span className="muted">{chunks}</span>,
                  name: english,
                })}
              </dd>
            </div>
            {c.kind === 'target' ? (
              <>
                <div>
                  <dt>{t('detail.facts.baseline')}</dt>
                  <dd>
                    {c.baselineValue !== null && unit ? (
                      <>
                        {value(c.baselineValue)}
                        {c.baselineOn ? <> ({formatDate(c.baselineOn, tag)})</> : null}
                      </>
                    ) : (
                      <span className="muted">{t('detail.facts.notStated')}</span>
                    )}
                    {c.baselineNote ? (
                      <p className="small muted" lang={contentLang}>
                        {c.baselineNote}
                      </p>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt>{t(revised ? 'detail.facts.targetInForce' : 'detail.facts.target')}</dt>
                  <dd>
                    {c.target && unit ? value(c.target.targetValue) : '—'}
                    {revised && c.targetValue !== null && unit ? (
                      <span className="muted"> {t('detail.facts.originally', { value: value(c.targetValue) })}</span>
                    ) : null}
                    {c.targetNote ? (
                      <p className="small muted" lang={contentLang}>
                        {c.targetNote}
                      </p>
                    ) : null}
                  </dd>
                </div>
              </>
            ) : null}
            <div>
              <dt>{t(revised ? 'detail.facts.deadlineInForce' : 'detail.facts.deadline')}</dt>
              <dd>
                <Deadline on={c.effectiveDeadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} />
                {c.deadlineNote && (c.effectiveDeadlineOn || c.deadlineText) ? (
                  <p className="small muted" lang={contentLang}>
                    {c.deadlineNote}
                  </p>
                ) : null}
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="quote-title" className="card">
          <h2 id="quote-title">{t('detail.quote.title')}</h2>
          <blockquote className="quote" lang={contentLang}>
            <p>{c.quote}</p>
          </blockquote>
          <p className="small">
            — <Link href={`/sources/${c.sourceSlug}`}>{english(c.sourceTitle)}</Link>, {english(c.sourcePublisher)},{' '}
            {formatDate(c.sourcePublishedOn, tag)}
            {c.sourceUrl ? (
              <>
                {' '}
                · <a href={c.sourceUrl} rel="noopener noreferrer">{t('detail.quote.original')}</a>
              </>
            ) : null}
          </p>
        </section>
      </div>

      {c.target && progress ? (
        <section aria-labelledby="trajectory-title" className="section card card--wide">
          <h2 id="trajectory-title">{t('detail.trajectory.title')}</h2>
          <dl className="metric-grid">
            <div>
              <dt>{t('detail.trajectory.latest')}</dt>
              <dd>{progress.latest ? value(progress.latest.value) : '—'}</dd>
            </div>
            <div>
              <dt>{t('detail.trajectory.required')}</dt>
              <dd>
                {progress.growthMode === 'compound'
                  ? formatPercent(progress.requiredAnnualGrowth, { signed: true, locale: tag })
                  : perYear(progress.requiredAnnualGrowth)}
              </dd>
            </div>
            <div>
              <dt>{t('detail.trajectory.observed')}</dt>
              <dd>
                {progress.growthMode === 'compound'
                  ? formatPercent(progress.observedAnnualGrowth, { signed: true, locale: tag })
                  : perYear(progress.observedAnnualGrowth)}
              </dd>
            </div>
            <div>
              <dt>{t('detail.trajectory.neededNow')}</dt>
              <dd>
                {progress.growthMode === 'compound' ? formatPercent(progress.neededAnnualGrowthFromLatest, { signed: true, locale: tag }) : '—'}
              </dd>
            </div>
            <div>
              <dt>{t('detail.trajectory.projection')}</dt>
              <dd>
                {progress.projectionAtDeadline ? value(Number(progress.projectionAtDeadline.value.toFixed(2))) : '—'}
                {progress.projectionBasis === 'historical-trend' ? (
                  <p className="small muted">{t('detail.trajectory.ifTrend')}</p>
                ) : null}
              </dd>
            </div>
          </dl>
          <TrajectoryFigure
            title={t('detail.trajectory.chartTitle', { metric: c.target.metric.name })}
            heading={t.rich('detail.trajectory.chartHeading', {
              metric: c.target.metric.name,
              name: c.target.metric.nameLocale === locale ? (chunks) => chunks : english,
            })}
            target={c.target}
            announcedOn={c.announcedOn}
            deadlineInterpreted={c.deadlineInterpreted}
          />
          <p className="small">
            {t.rich('detail.trajectory.methodology', { link: (chunks) => <Link href="/methodology">{chunks}</Link> })}{' '}
            {t.rich('detail.trajectory.openData', {
              csv: (chunks) => <a href={observationsApiUrl(onThisSite, metricSlug, 'csv')}>{chunks}</a>,
              json: (chunks) => <a href={observationsApiUrl(onThisSite, metricSlug)}>{chunks}</a>,
            })}
          </p>
        </section>
      ) : null}

      {c.context.length > 0 ? (
        <section aria-labelledby="context-title" className="section card">
          <h2 id="context-title">{t('detail.context.title')}</h2>
          <p className="muted small">{t('detail.context.note')}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('detail.context.figure')}</th>
                <th scope="col">{t('detail.context.period')}</th>
                <th scope="col">{t('detail.context.value')}</th>
                <th scope="col">{t('detail.context.source')}</th>
              </tr>
            </thead>
            <tbody>
              {c.context.flatMap((m) =>
                m.observations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <LocalizedText text={m.name} lang={m.nameLocale} />
                    </th>
                    <td lang={contentLang}>{o.period}</td>
                    <td>
                      {formatQualifiedValue(o.value, m.unit, o.qualifier, tag)}
                      {o.note ? (
                        <p className="small muted" lang={contentLang}>
                          {o.note}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <Link href={`/sources/${o.sourceSlug}`} lang={contentLang}>
                        {o.sourcePublisher}
                      </Link>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="revisions-title" className="section">
        <h2 id="revisions-title">{t('detail.revisions.title')}</h2>
        {c.revisions.length === 0 ? (
          <p className="muted">{t(c.kind === 'target' ? 'detail.revisions.noneTarget' : 'detail.revisions.noneDeadline')}</p>
        ) : (
          <ol className="plain-list">
            {c.revisions.map((r) => (
              <li key={r.id}>
                <time dateTime={r.revisedOn}>{formatDate(r.revisedOn, tag)}</time>:{' '}
                {r.newTargetValue !== null && unit ? <>{t('detail.revisions.newTarget', { value: value(r.newTargetValue) })} </> : null}
                {r.newDeadlineOn || r.newDeadlineText ? (
                  <>
                    {t.rich('detail.revisions.newDeadline', {
                      words: r.newDeadlineText ?? 'none',
                      date: r.newDeadlineOn ? formatDate(r.newDeadlineOn, tag) : 'none',
                      quote: english,
                    })}{' '}
                  </>
                ) : null}
                {r.note ? <InEnglish>{r.note}</InEnglish> : null}{' '}
                <span className="small">
                  (<Link href={`/sources/${r.sourceSlug}`}>{english(r.sourceTitle)}</Link>)
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="timeline-title" className="section">
        <h2 id="timeline-title">{t('detail.updates.title')}</h2>
        <p className="muted small">{t('detail.updates.note')}</p>
        <UpdateTimeline updates={newest} unit={unit} entryHref={entryHref} />
        {c.updates.length > newest.length ? (
          <p>
            {t('detail.updates.preview', { shown: newest.length, total: c.updates.length })}{' '}
            <Link href={`/commitments/${c.slug}/updates`}>{t('detail.updates.wholeLog', { total: c.updates.length })} →</Link>
          </p>
        ) : null}
      </section>

      <CommitmentSharing locale={locale} slug={c.slug} title={c.title} hasChart={c.target !== null} />
    </article>
  );
}
