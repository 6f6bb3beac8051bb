import { Link } from '@/i18n/navigation';
import { getDashboardSummary, getFeaturedTarget } from '@/db/queries';
import { CATEGORIES, CATEGORY_LABELS, VERDICTS, STAGE_LABELS } from '@/lib/domain';
import { todayIso } from '@/lib/clock';
import { formatDate, formatValue } from '@/lib/format';
import { filtersToQuery } from '@/lib/filters';
import { TrajectoryFigure } from '@/components/charts/trajectory-figure';
import { VerdictBadge } from '@/components/ui/status-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Deadline } from '@/components/commitments/deadline';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

// Cached and re-rendered at most every five minutes; editors' saves refresh it at once
// through revalidatePath (see db/cache notes in docs/architecture.md).
export const revalidate = 300;

export default async function DashboardPage({ params }: { params: LocaleParams }) {
  await resolvePageLocale(params);
  const asOf = todayIso();
  const [summary, featured] = await Promise.all([getDashboardSummary({ asOf }), getFeaturedTarget({ asOf })]);
  const verdictCount = new Map(summary.byVerdict.map((r) => [r.verdict, r.n]));
  const categories = CATEGORIES.map((category) => {
    const row = summary.byCategory.find((r) => r.category === category);
    return { category, n: row?.n ?? 0, measured: row?.measured ?? 0, meanProgress: row?.meanProgress ?? null };
  }).filter((c) => c.n > 0);

  return (
    <>
      <section className="hero" aria-labelledby="page-title">
        <p className="eyebrow">Public dashboard · data as of {formatDate(asOf)}</p>
        <h1 id="page-title">Are the commitments being kept?</h1>
        <p className="lede">
          {summary.totals.commitments} commitments announced at the Fifth Consultative Meeting of Central Asian Heads of
          State (Dushanbe, 14 September 2023), each with its baseline, target, deadline and evidence, drawn from{' '}
          {summary.totals.sources} sources.
        </p>
      </section>

      <section aria-labelledby="counts-title" className="section">
        <h2 id="counts-title">Where the commitments stand</h2>
        <ul className="stat-grid">
          {VERDICTS.filter((v) => (verdictCount.get(v) ?? 0) > 0 || v === 'achieved' || v === 'missed').map((v) => (
            <li key={v} className="stat">
              <Link href={`/commitments${filtersToQuery({ status: v })}`} className="stat__link">
                <span className="stat__value">{verdictCount.get(v) ?? 0}</span>
                <span className="stat__label">
                  <VerdictBadge verdict={v} />
                </span>
              </Link>
            </li>
          ))}
          <li className="stat stat--alert">
            <Link href={`/commitments${filtersToQuery({ status: 'overdue' })}`} className="stat__link">
              <span className="stat__value">{summary.totals.overdue}</span>
              <span className="stat__label">
                <span className="badge badge--flag-overdue">
                  <span aria-hidden="true" className="badge__symbol">
                    ⚠
                  </span>
                  Overdue
                </span>
              </span>
            </Link>
          </li>
        </ul>
        <p className="muted small">
          Verdicts are set by editors from the evidence; “overdue” means the deadline has passed without the commitment
          being achieved or dropped.
        </p>
      </section>

      {featured ? (
        <section aria-labelledby={`chart-${featured.target.metric.slug}-title`} className="section card card--wide">
          <TrajectoryFigure
            title={`${featured.target.metric.name} against the ${formatValue(featured.target.targetValue, featured.target.metric.unit)} goal`}
            target={featured.target}
            announcedOn={featured.commitment.announcedOn}
            deadlineInterpreted={featured.commitment.deadlineInterpreted}
            headingLevel={2}
          />
          <p className="small">
            Commitment: <Link href={`/commitments/${featured.commitment.slug}`}>{featured.commitment.title}</Link> ·
            announced in <Link href={`/sources/${featured.commitment.sourceSlug}`}>{featured.commitment.sourceTitle}</Link>
          </p>
        </section>
      ) : null}

      <div className="two-col">
        <section aria-labelledby="categories-title" className="section card">
          <h2 id="categories-title">Progress by category</h2>
          <p className="muted small">Average progress of the commitments that can be measured; stages count for projects, agreements and events.</p>
          <ul className="category-list">
            {categories.map((c) => (
              <li key={c.category}>
                <div className="category-list__head">
                  <Link href={`/commitments${filtersToQuery({ category: c.category })}`}>{CATEGORY_LABELS[c.category]}</Link>
                  <span className="muted small">
                    {c.measured} of {c.n} measured
                  </span>
                </div>
                <ProgressBar share={c.meanProgress} label={`Average progress in ${CATEGORY_LABELS[c.category]}`} />
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="deadlines-title" className="section card">
          <h2 id="deadlines-title">Deadlines</h2>
          <h3 className="subhead">Overdue</h3>
          {summary.overdue.length === 0 ? (
            <p className="muted">Nothing is overdue.</p>
          ) : (
            <ul className="plain-list">
              {summary.overdue.map((c) => (
                <li key={c.slug}>
                  <Link href={`/commitments/${c.slug}`}>{c.title}</Link>
                  <span className="small">
                    {' '}
                    · due <Deadline on={c.effectiveDeadlineOn} text={null} interpreted={c.deadlineInterpreted} /> ·{' '}
                    <VerdictBadge verdict={c.currentVerdict} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="subhead">Coming up</h3>
          {summary.upcoming.length === 0 ? (
            <p className="muted">No dated deadline ahead.</p>
          ) : (
            <ul className="plain-list">
              {summary.upcoming.map((c) => (
                <li key={c.slug}>
                  <Link href={`/commitments/${c.slug}`}>{c.title}</Link>
                  <span className="small">
                    {' '}
                    · <Deadline on={c.effectiveDeadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="updates-title" className="section">
        <h2 id="updates-title">Latest updates</h2>
        <ol className="timeline timeline--compact">
          {summary.latestUpdates.map((u) => (
            <li key={u.id} className="timeline__item">
              <p className="timeline__date">
                <time dateTime={u.asOf}>{formatDate(u.asOf)}</time>
              </p>
              <div>
                <p className="timeline__title">
                  <Link href={`/commitments/${u.commitmentSlug}`}>{u.commitmentTitle}</Link>
                </p>
                <p className="badge-row">
                  <VerdictBadge verdict={u.verdict} />
                  {u.stage ? <span className="badge badge--stage">Stage: {STAGE_LABELS[u.stage]}</span> : null}
                </p>
                <p className="small">{u.note}</p>
              </div>
            </li>
          ))}
        </ol>
        <p>
          <Link href="/commitments" className="button button--secondary">
            See all {summary.totals.commitments} commitments
          </Link>
        </p>
      </section>
    </>
  );
}
