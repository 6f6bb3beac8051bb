import { SuggestForm, type SuggestLabels } from '@/components/commitments/suggest-form';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { CommitmentDetail } from '@/db/queries';
import { countryNames, domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import { RecordChanges } from '@/components/commitments/record-changes';
import { listHref } from '@/lib/list-views';
import type { StagedKind } from '@/lib/domain';
import { env } from '@/lib/env';
import { formatDate, formatPercent, formatQualifiedValue, formatValue } from '@/lib/format';
import { logView, TIMELINE_PREVIEW } from '@/lib/timeline';
import { observationsApiUrl } from '@/lib/open-data/serialise';
import { finalStage, isDelayed, isOverdue, isStale, progressFor, stageShown, verdictDisagrees } from '@/lib/status';
import { plannedHistory } from '@/lib/planned';
import { revisedTargetValues } from '@/lib/terms-words';
import { ComputedStatusNote } from '@/components/commitments/computed-status';
import { TrajectoryFigure } from '@/components/charts/trajectory-figure';
import { CommitmentBreadcrumb } from '@/components/commitments/breadcrumb';
import { Deadline } from '@/components/commitments/deadline';
import { StageLadder } from '@/components/commitments/stage-ladder';
import { UpdateTimeline } from '@/components/commitments/update-timeline';
import { FlagBadge, TrajectoryBadge, VerdictBadge } from '@/components/ui/status-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { englishLang, InEnglish } from '@/components/ui/in-english';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { Publisher } from '@/components/ui/publisher';
import { publicUrl } from '@/lib/server/sharing';
import { StructuredData } from '@/components/seo/structured-data';
import { commitmentArticleJsonLd } from '@/lib/structured-data';
import { CommitmentSharing } from '@/components/sharing/follow';

async function suggestLabels(locale: Locale): Promise<SuggestLabels> {
  const t = await getTranslations({ locale, namespace: 'suggest' });
  const keys = ['title', 'lede', 'body', 'bodyHint', 'link', 'file', 'name', 'email', 'consent', 'privacy', 'website', 'send', 'sending'] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as SuggestLabels;
}

/**
 * A commitment's page, live or rewound to a past day (`rewound`: the whole log is shown, as no
 * log page is rewound, and nothing is offered for sharing or indexing).
 */
export async function CommitmentPageView({
  locale,
  c,
  asOf,
  rewound = false,
}: {
  locale: Locale;
  c: CommitmentDetail;
  asOf: string;
  rewound?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'commitments' });
  const format = await getFormatter({ locale });
  const tContent = await getTranslations({ locale, namespace: 'content' });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];

  const progress = c.target?.progress ?? null;
  const history = plannedHistory(c.planned, asOf);
  const plannedOn = history.current?.plannedOn ?? null;
  const staged = c.kind !== 'target';
  const stageNow = staged ? stageShown(c.kind as StagedKind, c.currentStage, c.currentVerdict) : null;
  const completed = staged && stageNow === finalStage(c.kind as StagedKind);
  // The computed status is the one of this render (its date), not the cached column.
  const computedStatus = progress?.status ?? c.trajectoryStatus;
  const overdue = isOverdue({ deadline: c.effectiveDeadlineOn, plannedOn, verdict: c.currentVerdict, asOf });
  const delayed = isDelayed({ plannedOn, plannedMovedLater: history.movedLater, verdict: c.currentVerdict, completed, asOf });
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const stale = isStale({ lastReviewedOn: c.lastReviewedOn, announcedOn: c.announcedOn, verdict: c.currentVerdict, asOf, staleAfterDays });
  const disagrees = verdictDisagrees(c.currentVerdict, computedStatus);
  const shown = staged ? progressFor({ kind: c.kind, stage: c.currentStage, verdict: c.currentVerdict }) : progressFor({ kind: c.kind, progress });
  const unit = c.target?.metric.unit ?? null;
  const unitLabel = c.target?.metric.unitLabel ?? null;
  const metricSlug = c.target?.metric.slug ?? '';
  // The API lives at /api/v1 only, not under a language prefix: links relative to this site.
  const onThisSite = { apiBase: '', locale };
  const terms = c.terms;
  const deadlineRevised = terms.deadlineRevisedOn !== null;
  const targetRevised = (c.target?.terms.targetRevisedOn ?? null) !== null;
  // The newest entries only; the whole log has its own pages (lib/timeline.ts says why).
  const { shown: newest, entryHref } = logView(c.updates, {
    count: rewound ? c.updates.length : TIMELINE_PREVIEW,
    logPath: getPathname({ href: `/commitments/${c.slug}/updates`, locale }),
  });
  const value = (v: number) => (unit ? formatValue(v, unit, tag, { unitLabel }) : '—');
  const perYear = (v: number | null) => (v !== null && unit ? t('detail.perYear', { value: value(Number(v.toFixed(3))) }) : '—');
  const rate = (p: NonNullable<typeof progress>, v: number | null) =>
    p.growthMode === 'compound' ? formatPercent(v, { signed: true, locale: tag }) : perYear(v);
  const revisedNote = c.target
    ? revisedTargetValues(
        { targetValue: c.target.originalTargetValue, targetInForce: c.target.targetValue, targetRevisedOn: c.target.terms.targetRevisedOn },
        unit,
        tag,
        unitLabel,
      )
    : null;
  // Titles, notes, quotes and names are stored in English; marked so on the other languages' pages.
  const contentLang = englishLang(locale);
  const english = (chunks: React.ReactNode) => <InEnglish>{chunks}</InEnglish>;
  const sourceLink = (href: string) =>
    function SourceLink(chunks: React.ReactNode) {
      return (
        <Link href={href} lang={contentLang}>
          {chunks}
        </Link>
      );
    };

  return (
    <article className="detail">
      {rewound ? null : (
        <StructuredData
          data={commitmentArticleJsonLd({
            siteBase: env().SITE_URL,
            pageUrl: publicUrl(locale, `/commitments/${c.slug}`),
            inLanguage: locale,
            title: c.title,
            summary: c.summary,
            announcedOn: c.announcedOn,
            lastUpdateOn: c.lastUpdateOn,
            category: labels.category[c.category],
            countries: c.countries.map((code) => countryNames([code], locale)),
            source: {
              title: c.sourceTitle,
              url: c.sourceUrl,
              pageUrl: publicUrl(locale, `/sources/${c.sourceSlug}`),
              publisher: c.sourcePublisher,
              publishedOn: c.sourcePublishedOn,
            },
          })}
        />
      )}
      <CommitmentBreadcrumb href={listHref({ category: c.category })}>{labels.category[c.category]}</CommitmentBreadcrumb>
      <p className="eyebrow">
        {labels.category[c.category]} · {labels.kind[c.kind]}
      </p>
      <h1>
        <LocalizedText text={c.title} lang={c.titleLocale} />
        {revisedNote ? <span className="title-terms">{t('terms.targetRevised', revisedNote)}</span> : null}
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
          <p className="small muted">
            {c.lastUpdateOn ? t('detail.asOf', { date: formatDate(c.lastUpdateOn, tag) }) : t('detail.noUpdate')}
            {c.lastReviewedOn ? <> · {t('detail.reviewedOn', { date: formatDate(c.lastReviewedOn, tag) })}</> : null}
          </p>
        </div>
        <div className="status-panel__cell">
          {c.kind === 'target' ? (
            <>
              <p className="status-panel__label">{t('detail.computed')}</p>
              <TrajectoryBadge status={computedStatus ?? 'insufficient-data'} />
              {progress && unit ? (
                <ComputedStatusNote progress={progress} unit={unit} unitLabel={unitLabel} />
              ) : c.targetMultiple !== null && c.baselinePeriod ? (
                <p className="small muted">
                  {t('detail.explain.awaitingBaseline', { multiple: format.number(c.targetMultiple), period: c.baselinePeriod })}
                </p>
              ) : null}
            </>
          ) : (
            <>
              <p className="status-panel__label">{t('detail.stageReached')}</p>
              <StageLadder kind={c.kind as StagedKind} stage={stageNow} />
              {stageNow !== c.currentStage || (completed && c.currentVerdict.startsWith('achieved') && stageNow !== null) ? (
                <p className="small muted">{t('detail.achievedStage', { stage: labels.stage[finalStage(c.kind as StagedKind)] })}</p>
              ) : null}
            </>
          )}
        </div>
        <div className="status-panel__cell status-panel__cell--wide">
          <p className="status-panel__label">{t('detail.progress')}</p>
          <ProgressBar share={shown.display} label={t('progressOf', { title: c.title })} />
          <p className="badge-row">
            {overdue ? (
              <FlagBadge kind="overdue">{t(c.effectiveDeadlineOn === null ? 'detail.flags.overduePlanned' : 'detail.flags.overdue')}</FlagBadge>
            ) : null}
            {delayed ? (
              <FlagBadge kind="delayed">
                {t('detail.flags.delayed', {
                  moved: history.movedLater ? 'yes' : 'no',
                  first: formatDate(history.first?.plannedOn, tag),
                  current: formatDate(plannedOn, tag),
                })}
              </FlagBadge>
            ) : null}
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
                  publisher: c.sourcePublisher ?? tContent('publisherNotRecorded'),
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
                    {c.target?.baseline && unit ? (
                      <>
                        {c.baselinePeriod && !c.target.terms.baselineRevisedOn
                          ? t('detail.facts.baselineFromPeriod', { period: c.baselinePeriod, value: value(c.target.baseline.value) })
                          : value(c.target.baseline.value)}{' '}
                        ({formatDate(c.target.baseline.on, tag)})
                        {c.target.terms.baselineRevisedOn && c.target.originalBaseline ? (
                          <span className="muted">
                            {' '}
                            ·{' '}
                            {t('detail.facts.rebaselined', {
                              date: formatDate(c.target.terms.baselineRevisedOn, tag),
                              value: value(c.target.originalBaseline.value),
                            })}
                          </span>
                        ) : null}
                      </>
                    ) : c.baselinePeriod ? (
                      <span className="muted">{t('detail.facts.baselineAwaiting', { period: c.baselinePeriod })}</span>
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
                  <dt>{t(targetRevised ? 'detail.facts.targetInForce' : 'detail.facts.target')}</dt>
                  <dd>
                    {c.target && unit ? value(c.target.targetValue) : '—'}
                    {c.targetMultiple !== null ? (
                      <span className="muted"> ({t('detail.facts.multiple', { multiple: format.number(c.targetMultiple) })})</span>
                    ) : null}
                    {targetRevised && c.target?.originalTargetValue !== null && c.target && unit ? (
                      <span className="muted">
                        {' '}
                        {t('detail.facts.originally', { value: value(c.target.originalTargetValue) })},{' '}
                        {t('detail.facts.revisedOn', { date: formatDate(c.target.terms.targetRevisedOn, tag) })}
                      </span>
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
              <dt>{t(deadlineRevised ? 'detail.facts.deadlineInForce' : 'detail.facts.deadline')}</dt>
              <dd>
                <Deadline
                  on={c.effectiveDeadlineOn}
                  text={deadlineRevised ? terms.deadlineText : c.deadlineText}
                  interpreted={c.deadlineInterpreted && !deadlineRevised}
                />
                {deadlineRevised ? (
                  <p className="small muted">
                    {t('detail.facts.originallyDeadline')}
                    <Deadline on={c.deadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} /> ·{' '}
                    {t('detail.facts.revisedOn', { date: formatDate(terms.deadlineRevisedOn, tag) })}
                  </p>
                ) : null}
                {c.deadlineNote && (c.effectiveDeadlineOn || c.deadlineText) && !deadlineRevised ? (
                  <p className="small muted" lang={contentLang}>
                    {c.deadlineNote}
                  </p>
                ) : null}
              </dd>
            </div>
            {staged ? (
              <div>
                <dt>{t('detail.facts.planned')}</dt>
                <dd>
                  {history.current ? (
                    <>
                      <time dateTime={history.current.plannedOn}>{formatDate(history.current.plannedOn, tag)}</time>
                      {history.current.plannedText ? (
                        <span className="muted" lang={contentLang}>
                          {' '}
                          (“{history.current.plannedText}”)
                        </span>
                      ) : null}
                      {history.first && history.first.plannedOn !== history.current.plannedOn ? (
                        <span className="muted"> · {t('detail.facts.plannedFirst', { date: formatDate(history.first.plannedOn, tag) })}</span>
                      ) : null}
                    </>
                  ) : (
                    <span className="muted">{t('detail.facts.plannedNone')}</span>
                  )}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="quote-title" className="card">
          <h2 id="quote-title">{t('detail.quote.title')}</h2>
          <blockquote className="quote" lang={contentLang}>
            <p>{c.quote}</p>
          </blockquote>
          <p className="small">
            — <Link href={`/sources/${c.sourceSlug}`}>{english(c.sourceTitle)}</Link>, <Publisher name={c.sourcePublisher} />,{' '}
            {formatDate(c.sourcePublishedOn, tag)}
            {c.sourceUrl ? (
              <>
                {' '}
                ·{' '}
                <a href={c.sourceUrl} rel="noopener noreferrer">
                  {t('detail.quote.original')}
                </a>
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
              <dd>
                {progress.latest
                  ? formatQualifiedValue(progress.latest.value, c.target.metric.unit, progress.latest.qualifier, tag, { unitLabel })
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>{t('detail.trajectory.required')}</dt>
              <dd>{rate(progress, progress.requiredAnnualGrowth)}</dd>
            </div>
            <div>
              <dt>{t('detail.trajectory.observed')}</dt>
              <dd>{rate(progress, progress.observedAnnualGrowth)}</dd>
            </div>
            <div>
              <dt>
                {t(
                  progress.neededAnnualGrowthFromLatest === null && progress.neededChangeFromLatest !== null
                    ? 'detail.trajectory.neededChange'
                    : 'detail.trajectory.neededNow',
                )}
              </dt>
              <dd>
                {progress.neededAnnualGrowthFromLatest !== null
                  ? rate(progress, progress.neededAnnualGrowthFromLatest)
                  : progress.neededChangeFromLatest !== null
                    ? value(Number(progress.neededChangeFromLatest.toPrecision(3)))
                    : '—'}
              </dd>
            </div>
            <div>
              <dt>{t('detail.trajectory.projection')}</dt>
              <dd>
                {progress.projectionAtDeadline ? value(Number(progress.projectionAtDeadline.value.toFixed(2))) : '—'}
                {progress.projectionBasis === 'historical-trend' ? <p className="small muted">{t('detail.trajectory.ifTrend')}</p> : null}
              </dd>
            </div>
          </dl>
          {c.target.originalProgress ? (
            <table className="table compare-terms">
              <caption>{t('detail.compare.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('detail.compare.measure')}</th>
                  <th scope="col">
                    {t('detail.compare.inForce', {
                      target: value(c.target.targetValue),
                      deadline: c.target.terms.deadlineOn ? formatDate(c.target.terms.deadlineOn, tag) : 'none',
                    })}
                  </th>
                  <th scope="col">
                    {t('detail.compare.original', {
                      target: value(c.target.originalProgress.target),
                      deadline: c.target.original.deadlineOn ? formatDate(c.target.original.deadlineOn, tag) : 'none',
                    })}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('detail.compare.required')}</th>
                  <td>{rate(progress, progress.requiredAnnualGrowth)}</td>
                  <td>{rate(c.target.originalProgress, c.target.originalProgress.requiredAnnualGrowth)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('detail.compare.ratio')}</th>
                  <td>{progress.ratio !== null ? format.number(progress.ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '—'}</td>
                  <td>
                    {c.target.originalProgress.ratio !== null
                      ? format.number(c.target.originalProgress.ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
                      : '—'}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('detail.compare.status')}</th>
                  <td>
                    <TrajectoryBadge status={progress.status} />
                  </td>
                  <td>
                    <TrajectoryBadge status={c.target.originalProgress.status} />
                  </td>
                </tr>
              </tbody>
            </table>
          ) : null}
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
                        {o.sourcePublisher ?? tContent('publisherNotRecorded')}
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
                {r.newBaselineValue !== null && r.newBaselineOn !== null && unit ? (
                  <>{t('detail.revisions.newBaseline', { value: value(r.newBaselineValue), date: formatDate(r.newBaselineOn, tag) })} </>
                ) : null}
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
                {r.revisedOn > asOf ? (
                  <p className="small notice notice--inline">{t('detail.revisions.notYet', { date: formatDate(r.revisedOn, tag) })}</p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {staged && c.planned.length > 0 ? (
        <section aria-labelledby="schedule-title" className="section">
          <h2 id="schedule-title">{t('detail.schedule.title')}</h2>
          <p className="muted small">{t('detail.schedule.note')}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('detail.schedule.stated')}</th>
                <th scope="col">{t('detail.schedule.planned')}</th>
                <th scope="col">{t('detail.schedule.source')}</th>
              </tr>
            </thead>
            <tbody>
              {c.planned.map((p, i) => {
                const before = c.planned[i - 1];
                const change = !before ? 'first' : p.plannedOn > before.plannedOn ? 'later' : p.plannedOn < before.plannedOn ? 'earlier' : 'same';
                return (
                  <tr key={p.id} className={change === 'later' ? 'row--slip' : undefined}>
                    <td>
                      <time dateTime={p.statedOn}>{formatDate(p.statedOn, tag)}</time>
                    </td>
                    <td>
                      <time dateTime={p.plannedOn}>{formatDate(p.plannedOn, tag)}</time>
                      {p.plannedText ? <span lang={contentLang}> (“{p.plannedText}”)</span> : null}
                      <span className="small muted">
                        {' '}
                        · {change === 'later' ? '» ' : ''}
                        {t(`detail.schedule.${change}`)}
                      </span>
                      {p.note ? (
                        <p className="small muted" lang={contentLang}>
                          {p.note}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <Link href={`/sources/${p.sourceSlug}`} lang={contentLang}>
                        {p.sourceTitle}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="timeline-title" className="section">
        <h2 id="timeline-title">{t('detail.updates.title')}</h2>
        <p className="muted small">{t('detail.updates.note')}</p>
        <UpdateTimeline updates={newest} unit={unit} unitLabel={unitLabel} entryHref={entryHref} />
        {c.updates.length > newest.length ? (
          <p>
            {t('detail.updates.preview', { shown: newest.length, total: c.updates.length })}{' '}
            <Link href={`/commitments/${c.slug}/updates`}>{t('detail.updates.wholeLog', { total: c.updates.length })} →</Link>
          </p>
        ) : null}
      </section>

      <RecordChanges changes={c.recordChanges} locale={locale} contentLang={contentLang} />

      {rewound ? null : (
        <section className="section card" aria-labelledby="suggest-title">
          <SuggestForm commitmentId={c.id} locale={locale} labels={await suggestLabels(locale)} />
        </section>
      )}

      {rewound ? null : <CommitmentSharing locale={locale} slug={c.slug} title={c.title} hasChart={c.target !== null} />}
    </article>
  );
}
