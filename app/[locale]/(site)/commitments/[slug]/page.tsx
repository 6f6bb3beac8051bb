import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { notFound } from 'next/navigation';
import { getCommitmentBySlug, listCommitmentSlugs } from '@/db/queries';
import { CATEGORY_LABELS, KIND_LABELS, SOURCE_KIND_LABELS, type StagedKind } from '@/lib/domain';
import { todayIso } from '@/lib/clock';
import { env } from '@/lib/env';
import { formatDate, formatPercent, formatQualifiedValue, formatValue } from '@/lib/format';
import { isOverdue, isStale, verdictDisagrees } from '@/lib/status';
import { TrajectoryFigure } from '@/components/charts/trajectory-figure';
import { Deadline } from '@/components/commitments/deadline';
import { StageLadder } from '@/components/commitments/stage-ladder';
import { UpdateTimeline } from '@/components/commitments/update-timeline';
import { countryNames } from '@/components/commitments/commitment-card';
import { FlagBadge, TrajectoryBadge, VerdictBadge } from '@/components/ui/status-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const revalidate = 300;

export async function generateStaticParams() {
  return (await listCommitmentSlugs()).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const c = await getCommitmentBySlug({ slug, asOf: todayIso() });
  return c ? { title: c.title, description: c.summary } : { title: 'Commitment not found' };
}

export default async function CommitmentPage({ params }: Props) {
  await resolvePageLocale(params);
  const { slug } = await params;
  const asOf = todayIso();
  const c = await getCommitmentBySlug({ slug, asOf });
  if (!c) notFound();

  const progress = c.target?.progress ?? null;
  const overdue = isOverdue({ deadline: c.effectiveDeadlineOn, verdict: c.currentVerdict, asOf });
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const stale = isStale({ lastUpdateOn: c.lastUpdateOn, announcedOn: c.announcedOn, verdict: c.currentVerdict, asOf, staleAfterDays });
  const disagrees = verdictDisagrees(c.currentVerdict, c.trajectoryStatus);
  const unit = c.target?.metric.unit ?? null;
  const revised = c.revisions.length > 0;

  return (
    <article className="detail">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/commitments">Commitments</Link>
          </li>
          <li>
            <Link href={`/commitments?category=${c.category}`}>{CATEGORY_LABELS[c.category]}</Link>
          </li>
        </ol>
      </nav>
      <p className="eyebrow">
        {CATEGORY_LABELS[c.category]} · {KIND_LABELS[c.kind]}
      </p>
      <h1>{c.title}</h1>
      <p className="lede">{c.summary}</p>

      <section className="status-panel card" aria-labelledby="status-title">
        <h2 id="status-title" className="visually-hidden">
          Status
        </h2>
        <div className="status-panel__cell">
          <p className="status-panel__label">Editors’ verdict</p>
          <VerdictBadge verdict={c.currentVerdict} />
          <p className="small muted">{c.lastUpdateOn ? `as of ${formatDate(c.lastUpdateOn)}` : 'no update yet'}</p>
        </div>
        <div className="status-panel__cell">
          {c.kind === 'target' ? (
            <>
              <p className="status-panel__label">Computed from the data</p>
              <TrajectoryBadge status={c.trajectoryStatus ?? 'insufficient-data'} />
              <p className="small muted">
                {progress?.ratio !== null && progress?.ratio !== undefined
                  ? `trajectory ratio ${progress.ratio.toFixed(2)}`
                  : 'needs two data points from the baseline on'}
              </p>
            </>
          ) : (
            <>
              <p className="status-panel__label">Stage reached</p>
              <StageLadder kind={c.kind as StagedKind} stage={c.currentStage} />
            </>
          )}
        </div>
        <div className="status-panel__cell status-panel__cell--wide">
          <p className="status-panel__label">Progress</p>
          <ProgressBar share={c.progressShare} label={`Progress of “${c.title}”`} />
          <p className="badge-row">
            {overdue ? <FlagBadge kind="overdue">Deadline passed without the commitment being achieved</FlagBadge> : null}
            {stale ? <FlagBadge kind="stale">No update in more than {staleAfterDays} days</FlagBadge> : null}
            {disagrees ? <FlagBadge kind="disagreement">The verdict and the computed trajectory disagree</FlagBadge> : null}
          </p>
        </div>
      </section>

      <div className="two-col two-col--detail">
        <section aria-labelledby="facts-title" className="card">
          <h2 id="facts-title">Key facts</h2>
          <dl className="facts">
            <div>
              <dt>Who committed</dt>
              <dd>{c.owner}</dd>
            </div>
            {c.countries.length > 0 ? (
              <div>
                <dt>Countries involved</dt>
                <dd>{countryNames(c.countries)}</dd>
              </div>
            ) : null}
            <div>
              <dt>Announced</dt>
              <dd>
                <time dateTime={c.announcedOn}>{formatDate(c.announcedOn)}</time> in{' '}
                <Link href={`/sources/${c.sourceSlug}`}>{c.sourceTitle}</Link>{' '}
                <span className="muted">({SOURCE_KIND_LABELS[c.sourceKind]}, {c.sourcePublisher})</span>
              </dd>
            </div>
            {c.kind === 'target' ? (
              <>
                <div>
                  <dt>Baseline</dt>
                  <dd>
                    {c.baselineValue !== null && unit ? (
                      <>
                        {formatValue(c.baselineValue, unit)}
                        {c.baselineOn ? <> ({formatDate(c.baselineOn)})</> : null}
                      </>
                    ) : (
                      <span className="muted">Not stated in the source</span>
                    )}
                    {c.baselineNote ? <p className="small muted">{c.baselineNote}</p> : null}
                  </dd>
                </div>
                <div>
                  <dt>Target{revised ? ' in force' : ''}</dt>
                  <dd>
                    {c.target && unit ? formatValue(c.target.targetValue, unit) : '—'}
                    {revised && c.targetValue !== null && unit ? (
                      <span className="muted"> (originally {formatValue(c.targetValue, unit)})</span>
                    ) : null}
                    {c.targetNote ? <p className="small muted">{c.targetNote}</p> : null}
                  </dd>
                </div>
              </>
            ) : null}
            <div>
              <dt>Deadline{revised ? ' in force' : ''}</dt>
              <dd>
                <Deadline on={c.effectiveDeadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} />
                {c.deadlineNote && (c.effectiveDeadlineOn || c.deadlineText) ? <p className="small muted">{c.deadlineNote}</p> : null}
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="quote-title" className="card">
          <h2 id="quote-title">In the source’s words</h2>
          <blockquote className="quote">
            <p>{c.quote}</p>
          </blockquote>
          <p className="small">
            — <Link href={`/sources/${c.sourceSlug}`}>{c.sourceTitle}</Link>, {c.sourcePublisher},{' '}
            {formatDate(c.sourcePublishedOn)}
            {c.sourceUrl ? (
              <>
                {' '}
                · <a href={c.sourceUrl} rel="noopener noreferrer">original</a>
              </>
            ) : null}
          </p>
        </section>
      </div>

      {c.target && progress ? (
        <section aria-labelledby="trajectory-title" className="section card card--wide">
          <h2 id="trajectory-title">Trajectory</h2>
          <dl className="metric-grid">
            <div>
              <dt>Latest figure</dt>
              <dd>{progress.latest && unit ? formatValue(progress.latest.value, unit) : '—'}</dd>
            </div>
            <div>
              <dt>Growth needed a year (from baseline)</dt>
              <dd>{progress.growthMode === 'compound' ? formatPercent(progress.requiredAnnualGrowth, { signed: true }) : progress.requiredAnnualGrowth !== null && unit ? `${formatValue(Number(progress.requiredAnnualGrowth.toFixed(3)), unit)} a year` : '—'}</dd>
            </div>
            <div>
              <dt>Growth observed a year</dt>
              <dd>{progress.growthMode === 'compound' ? formatPercent(progress.observedAnnualGrowth, { signed: true }) : progress.observedAnnualGrowth !== null && unit ? `${formatValue(Number(progress.observedAnnualGrowth.toFixed(3)), unit)} a year` : '—'}</dd>
            </div>
            <div>
              <dt>Growth now needed from the latest figure</dt>
              <dd>{progress.growthMode === 'compound' ? formatPercent(progress.neededAnnualGrowthFromLatest, { signed: true }) : '—'}</dd>
            </div>
            <div>
              <dt>Projection at the deadline</dt>
              <dd>
                {progress.projectionAtDeadline && unit ? formatValue(Number(progress.projectionAtDeadline.value.toFixed(2)), unit) : '—'}
                {progress.projectionBasis === 'historical-trend' ? <p className="small muted">if the pre-announcement trend continued</p> : null}
              </dd>
            </div>
          </dl>
          <TrajectoryFigure
            title={`${c.target.metric.name}: reported figures against the target`}
            target={c.target}
            announcedOn={c.announcedOn}
            deadlineInterpreted={c.deadlineInterpreted}
          />
          <p className="small">
            How these figures are computed: <Link href="/methodology">methodology</Link>.
          </p>
        </section>
      ) : null}

      {c.context.length > 0 ? (
        <section aria-labelledby="context-title" className="section card">
          <h2 id="context-title">Context figures</h2>
          <p className="muted small">Figures quoted alongside this commitment. They describe the situation; they are not targets.</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {c.context.flatMap((m) =>
                m.observations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{m.name}</th>
                    <td>{o.period}</td>
                    <td>
                      {formatQualifiedValue(o.value, m.unit, o.qualifier)}
                      {o.note ? <p className="small muted">{o.note}</p> : null}
                    </td>
                    <td>
                      <Link href={`/sources/${o.sourceSlug}`}>{o.sourcePublisher}</Link>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="revisions-title" className="section">
        <h2 id="revisions-title">Target revisions</h2>
        {c.revisions.length === 0 ? (
          <p className="muted">No revision recorded: the {c.kind === 'target' ? 'target and deadline are' : 'deadline is'} as announced.</p>
        ) : (
          <ol className="plain-list">
            {c.revisions.map((r) => (
              <li key={r.id}>
                <time dateTime={r.revisedOn}>{formatDate(r.revisedOn)}</time>:{' '}
                {r.newTargetValue !== null && unit ? <>target set to {formatValue(r.newTargetValue, unit)}. </> : null}
                {r.newDeadlineOn || r.newDeadlineText ? <>Deadline set to {r.newDeadlineText ? `“${r.newDeadlineText}” ` : ''}{r.newDeadlineOn ? formatDate(r.newDeadlineOn) : ''}. </> : null}
                {r.note} <span className="small">(<Link href={`/sources/${r.sourceSlug}`}>{r.sourceTitle}</Link>)</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="timeline-title" className="section">
        <h2 id="timeline-title">Updates</h2>
        <p className="muted small">The editors’ log is append-only: corrections are added as new entries and the originals stay visible.</p>
        <UpdateTimeline updates={c.updates} unit={unit} />
      </section>
    </article>
  );
}
