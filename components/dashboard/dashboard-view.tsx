import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import type { DashboardSummary, FeaturedTarget } from '@/db/queries';
import { CATEGORIES, VERDICTS } from '@/lib/domain';
import { formatDate, formatValue } from '@/lib/format';
import { revisedTargetValues } from '@/lib/terms-words';
import { listHref } from '@/lib/list-views';
import { asOfPrefix } from '@/lib/as-of';
import { TrajectoryFigure } from '@/components/charts/trajectory-figure';
import { VerdictBadge } from '@/components/ui/status-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { englishLang, InEnglish } from '@/components/ui/in-english';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { Deadline } from '@/components/commitments/deadline';
import { SiteFollowLinks } from '@/components/sharing/follow';

/**
 * The dashboard, live or rewound to a past day (`rewound`: its links then stay in that day, and
 * the lists it cannot rewind, the filtered list views, are not linked).
 */
export async function DashboardView({
  locale,
  asOf,
  summary,
  featured,
  rewound = false,
}: {
  locale: Locale;
  asOf: string;
  summary: DashboardSummary;
  featured: FeaturedTarget;
  rewound?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const tc = await getTranslations({ locale, namespace: 'commitments' });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const base = rewound ? asOfPrefix(asOf) : '';
  const listLink = (href: string, className: string | undefined, children: React.ReactNode) =>
    rewound ? (
      <span className={className}>{children}</span>
    ) : (
      <Link href={href} className={className}>
        {children}
      </Link>
    );
  const verdictCount = new Map(summary.byVerdict.map((r) => [r.verdict, r.n]));
  const categories = CATEGORIES.map((category) => {
    const row = summary.byCategory.find((r) => r.category === category);
    return { category, n: row?.n ?? 0, measured: row?.measured ?? 0, meanProgress: row?.meanProgress ?? null };
  }).filter((c) => c.n > 0);
  // Titles, notes and source names are English until translated texts are read for the page.
  const english = (chunks: React.ReactNode) => <InEnglish>{chunks}</InEnglish>;
  // The headline names the announced goal and, once revised, the goal in force beside it.
  const featuredWords = (() => {
    if (!featured) return { metric: '', target: '', revised: 'none' };
    const { target } = featured;
    const unitValue = (v: number) => formatValue(v, target.metric.unit, tag, { unitLabel: target.metric.unitLabel });
    const revised = revisedTargetValues(
      { targetValue: target.originalTargetValue, targetInForce: target.targetValue, targetRevisedOn: target.terms.targetRevisedOn },
      target.metric.unit,
      tag,
      target.metric.unitLabel,
    );
    return {
      metric: target.metric.name,
      target: unitValue(target.originalTargetValue ?? target.targetValue),
      revised: revised ? t(revised.change === 'raised' ? 'featured.revised' : 'featured.lowered', revised) : 'none',
    };
  })();

  return (
    <>
      <section className="hero" aria-labelledby="page-title">
        <p className="eyebrow">{t('eyebrow', { date: formatDate(asOf, tag) })}</p>
        <h1 id="page-title">{t('title')}</h1>
        <p className="lede">{t('lede', { commitments: summary.totals.commitments, sources: summary.totals.sources })}</p>
      </section>

      <section aria-labelledby="counts-title" className="section">
        <h2 id="counts-title">{t('counts.title')}</h2>
        <ul className="stat-grid">
          {VERDICTS.filter((v) => (verdictCount.get(v) ?? 0) > 0 || v === 'achieved' || v === 'missed').map((v) => (
            <li key={v} className="stat">
              {listLink(
                listHref({ status: v }),
                'stat__link',
                <>
                  <span className="stat__value">{verdictCount.get(v) ?? 0}</span>
                  <span className="stat__label">
                    <VerdictBadge verdict={v} />
                  </span>
                </>,
              )}
            </li>
          ))}
          <li className="stat stat--alert">
            {listLink(
              listHref({ status: 'overdue' }),
              'stat__link',
              <>
                <span className="stat__value">{summary.totals.overdue}</span>
                <span className="stat__label">
                  <span className="badge badge--flag-overdue">
                    <span aria-hidden="true" className="badge__symbol">
                      ⚠
                    </span>
                    {labels.flag.overdue}
                  </span>
                </span>
              </>,
            )}
          </li>
        </ul>
        <p className="muted small">{t('counts.note')}</p>
      </section>

      {featured ? (
        <section aria-labelledby={`chart-${featured.target.metric.slug}-title`} className="section card card--wide">
          <TrajectoryFigure
            title={t('featured.title', featuredWords)}
            heading={t.rich('featured.heading', {
              ...featuredWords,
              name: featured.target.metric.nameLocale === locale ? (chunks) => chunks : english,
            })}
            target={featured.target}
            announcedOn={featured.commitment.announcedOn}
            deadlineInterpreted={featured.commitment.deadlineInterpreted}
            headingLevel={2}
          />
          <p className="small">
            {t.rich('featured.links', {
              commitment: featured.commitment.title,
              source: featured.commitment.sourceTitle,
              commitmentLink: (chunks) => (
                <Link href={`${base}/commitments/${featured.commitment.slug}`}>
                  <LocalizedText text={chunks} lang={featured.commitment.titleLocale} />
                </Link>
              ),
              sourceLink: (chunks) => <Link href={`/sources/${featured.commitment.sourceSlug}`}>{english(chunks)}</Link>,
            })}
          </p>
        </section>
      ) : null}

      <div className="two-col">
        <section aria-labelledby="categories-title" className="section card">
          <h2 id="categories-title">{t('categories.title')}</h2>
          <p className="muted small">{t('categories.note')}</p>
          <ul className="category-list">
            {categories.map((c) => (
              <li key={c.category}>
                <div className="category-list__head">
                  {listLink(listHref({ category: c.category }), undefined, labels.category[c.category])}
                  <span className="muted small">{t('categories.measured', { measured: c.measured, total: c.n })}</span>
                </div>
                <ProgressBar share={c.meanProgress} label={t('categories.progressLabel', { category: labels.category[c.category] })} />
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="deadlines-title" className="section card">
          <h2 id="deadlines-title">{t('deadlines.title')}</h2>
          <h3 className="subhead">{t('deadlines.overdue')}</h3>
          {summary.overdue.length === 0 ? (
            <p className="muted">{t('deadlines.noneOverdue')}</p>
          ) : (
            <ul className="plain-list">
              {summary.overdue.map((c) => (
                <li key={c.slug}>
                  <Link href={`${base}/commitments/${c.slug}`}>
                    <LocalizedText text={c.title} lang={c.titleLocale} />
                  </Link>
                  <span className="small">
                    {' '}
                    ·{' '}
                    {c.effectiveDeadlineOn === null && c.plannedOn
                      ? t('deadlines.planned', { date: formatDate(c.plannedOn, tag) })
                      : t.rich('deadlines.due', {
                          deadline: () => <Deadline on={c.effectiveDeadlineOn} text={null} interpreted={c.deadlineInterpreted} />,
                        })}{' '}
                    · <VerdictBadge verdict={c.currentVerdict} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="subhead">{t('deadlines.upcoming')}</h3>
          {summary.upcoming.length === 0 ? (
            <p className="muted">{t('deadlines.noneUpcoming')}</p>
          ) : (
            <ul className="plain-list">
              {summary.upcoming.map((c) => (
                <li key={c.slug}>
                  <Link href={`${base}/commitments/${c.slug}`}>
                    <LocalizedText text={c.title} lang={c.titleLocale} />
                  </Link>
                  <span className="small">
                    {' '}
                    ·{' '}
                    {c.effectiveDeadlineOn === null && c.plannedOn ? (
                      t('deadlines.planned', { date: formatDate(c.plannedOn, tag) })
                    ) : (
                      <Deadline on={c.effectiveDeadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} />
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="updates-title" className="section">
        <h2 id="updates-title">{t('updates.title')}</h2>
        <ol className="timeline timeline--compact">
          {summary.latestUpdates.map((u) => (
            <li key={u.id} className="timeline__item">
              <p className="timeline__date">
                <time dateTime={u.asOf}>{formatDate(u.asOf, tag)}</time>
              </p>
              <div>
                <p className="timeline__title">
                  <Link href={`${base}/commitments/${u.commitmentSlug}`}>
                    <LocalizedText text={u.commitmentTitle} lang={u.commitmentTitleLocale} />
                  </Link>
                </p>
                <p className="badge-row">
                  {u.entryType === 'review' ? (
                    <span className="badge badge--stage">{tc('timeline.review')}</span>
                  ) : (
                    <VerdictBadge verdict={u.verdict} />
                  )}
                  {u.stage ? <span className="badge badge--stage">{tc('stageBadge', { stage: labels.stage[u.stage] })}</span> : null}
                  {u.correctedById !== null ? (
                    <Link href={`${base}/commitments/${u.commitmentSlug}#update-${u.correctedById}`} className="badge badge--flag-stale">
                      {tc('timeline.correctedMark')}
                    </Link>
                  ) : null}
                </p>
                {u.note ? (
                  <p className="small" lang={englishLang(locale)}>
                    {u.note}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
        {rewound ? null : (
          <>
            <p>
              <Link href="/commitments" className="button button--secondary">
                {t('updates.seeAll', { count: summary.totals.commitments })}
              </Link>
            </p>
            <SiteFollowLinks locale={locale} />
          </>
        )}
      </section>
    </>
  );
}
