import type { Metadata } from 'next';
import {
  getDashboardSummary,
  getFeaturedTarget,
  getLatestSnapshot,
  listChangesAfter,
  listCommitmentsForReport,
  listSources,
} from '@/db/queries';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  KIND_LABELS,
  SOURCE_KIND_LABELS,
  STAGES,
  STAGE_LABELS,
  TRAJECTORY_LABELS,
  VERDICTS,
  VERDICT_LABELS,
  type StagedKind,
} from '@/lib/domain';
import { todayIso } from '@/lib/clock';
import { formatDate, formatProgress, formatQualifiedValue, formatValue } from '@/lib/format';
import { isOverdue } from '@/lib/status';
import { TrajectoryFigure } from '@/components/charts/trajectory-figure';
import { ReportReadySignal } from '@/components/report/report-ready';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const metadata: Metadata = { title: 'Status report (print view)', robots: { index: false } };
// Rendered when asked for: the report states what the data says at that moment.
export const dynamic = 'force-dynamic';

function excerpt(text: string | null, max = 220): string {
  if (!text) return '';
  const plain = text.replace(/[*_`#>]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export default async function ReportPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const asOf = todayIso();
  const generatedAt = new Date().toISOString();
  const previous = await getLatestSnapshot();
  const [summary, featured, rows, sources, changes] = await Promise.all([
    getDashboardSummary({ asOf, locale }),
    getFeaturedTarget({ asOf, locale }),
    listCommitmentsForReport({ locale }),
    listSources(),
    listChangesAfter({ since: previous?.createdAt ?? null, locale }),
  ]);
  const byVerdict = new Map(summary.byVerdict.map((r) => [r.verdict, r.n]));
  const changeCount = changes.updates.length + changes.figures.length + changes.revisions.length + changes.added.length;

  return (
    <article className="report">
      <ReportReadySignal />
      <section className="report__cover">
        <p className="eyebrow">Commitments Tracker · status report</p>
        <h1>Are the commitments being kept?</h1>
        <p className="lede">
          {summary.totals.commitments} commitments announced at the Fifth Consultative Meeting of Central Asian Heads of State (Dushanbe,
          14 September 2023), tracked against the evidence.
        </p>
        <p className="report__date">
          Data as of <strong>{formatDate(asOf)}</strong> · generated {generatedAt.slice(0, 16).replace('T', ' ')} UTC
        </p>
        <table className="table report__counts">
          <caption>Where the commitments stand</caption>
          <thead>
            <tr>
              {VERDICTS.map((v) => (
                <th key={v} scope="col">
                  {VERDICT_LABELS[v]}
                </th>
              ))}
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {VERDICTS.map((v) => (
                <td key={v}>{byVerdict.get(v) ?? 0}</td>
              ))}
              <td>{summary.totals.overdue}</td>
            </tr>
          </tbody>
        </table>
      </section>

      {featured ? (
        <section className="report__section report__chart">
          <TrajectoryFigure
            title={`${featured.target.metric.name} against the ${formatValue(featured.target.targetValue, featured.target.metric.unit)} goal`}
            target={featured.target}
            announcedOn={featured.commitment.announcedOn}
            deadlineInterpreted={featured.commitment.deadlineInterpreted}
            headingLevel={2}
            print
          />
        </section>
      ) : null}

      <section className="report__section report__changes">
        <h2>What changed since the previous snapshot</h2>
        {!changes.since ? (
          <p>This is the first snapshot: everything below is new.</p>
        ) : changeCount === 0 ? (
          <p>Nothing was recorded since the previous snapshot of {formatDate(changes.since.slice(0, 10))}.</p>
        ) : (
          <>
            <p>Recorded since the previous snapshot of {formatDate(changes.since.slice(0, 10))}:</p>
            {changes.updates.length > 0 ? (
              <>
                <h3>Status updates ({changes.updates.length})</h3>
                <ul>
                  {changes.updates.map((u) => (
                    <li key={u.id}>
                      <LocalizedText text={u.commitmentTitle} lang={u.commitmentTitleLocale} />: {VERDICT_LABELS[u.verdict]}
                      {u.stage ? `, ${STAGE_LABELS[u.stage]}` : ''} as of {formatDate(u.asOf)}
                      {u.correctsId ? ' (a correction)' : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.figures.length > 0 ? (
              <>
                <h3>New data points ({changes.figures.length})</h3>
                <ul>
                  {changes.figures.map((f) => (
                    <li key={f.id}>
                      <LocalizedText text={f.metricName} lang={f.metricNameLocale} />, {f.period}: {formatQualifiedValue(f.value, f.unit, f.qualifier)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.revisions.length > 0 ? (
              <>
                <h3>Target revisions ({changes.revisions.length})</h3>
                <ul>
                  {changes.revisions.map((r) => (
                    <li key={r.id}>
                      <LocalizedText text={r.commitmentTitle} lang={r.commitmentTitleLocale} />: revised on {formatDate(r.revisedOn)}
                      {r.newTargetValue !== null ? `, target ${r.newTargetValue}` : ''}
                      {r.newDeadlineOn ? `, deadline ${formatDate(r.newDeadlineOn)}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.added.length > 0 ? (
              <>
                <h3>New commitments ({changes.added.length})</h3>
                <ul>
                  {changes.added.map((c) => (
                    <li key={c.id}>
                      <LocalizedText text={c.title} lang={c.titleLocale} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </section>

      {CATEGORIES.map((category) => {
        const inCategory = rows.filter((r) => r.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section key={category} className="report__section">
            <h2>{CATEGORY_LABELS[category]}</h2>
            <table className="table report__table">
              <thead>
                <tr>
                  <th scope="col">Commitment</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Computed / stage</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Latest update</th>
                </tr>
              </thead>
              <tbody>
                {inCategory.map((c) => (
                  <tr key={c.slug}>
                    <th scope="row">
                      <LocalizedText text={c.title} lang={c.titleLocale} />
                      <span className="report__kind">{KIND_LABELS[c.kind]}</span>
                    </th>
                    <td>
                      {VERDICT_LABELS[c.currentVerdict]}
                      {isOverdue({ deadline: c.effectiveDeadlineOn, verdict: c.currentVerdict, asOf }) ? ' · overdue' : ''}
                    </td>
                    <td>
                      {c.kind === 'target'
                        ? TRAJECTORY_LABELS[c.trajectoryStatus ?? 'insufficient-data']
                        : c.currentStage
                          ? `${STAGE_LABELS[c.currentStage]} (${STAGES[c.kind as StagedKind].indexOf(c.currentStage as never) + 1}/${STAGES[c.kind as StagedKind].length})`
                          : '—'}
                    </td>
                    <td>{formatProgress(c.progressShare)}</td>
                    <td>
                      {c.effectiveDeadlineOn ? formatDate(c.effectiveDeadlineOn) : 'none stated'}
                      {c.deadlineInterpreted ? '*' : ''}
                    </td>
                    <td>
                      {c.lastUpdateOn ? <strong>{formatDate(c.lastUpdateOn)}: </strong> : null}
                      {excerpt(c.latestNote)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <p className="small">* A date we read into vague words (“in the near future”); the commitment’s page gives the reasoning.</p>

      <section className="report__section report__methodology">
        <h2>Methodology</h2>
        <p>
          For numeric targets, progress = (latest − baseline) ÷ (target − baseline). The growth needed each year to reach the target on time is
          (target ÷ baseline)<sup>1/years</sup> − 1; the growth observed is (latest ÷ baseline)<sup>1/years elapsed</sup> − 1. Their ratio R sets the
          computed status, as on the UN SDG national reporting platforms: target met; R ≥ 0.95 on track; 0.6 ≤ R &lt; 0.95 acceleration needed;
          0 ≤ R &lt; 0.6 limited progress; R &lt; 0 moving away; fewer than two figures from the baseline on, insufficient data. The projection
          continues the observed growth to the deadline.
        </p>
        <p>
          For projects, agreements and events, progress is the stage reached divided by the last stage. The editors’ verdict is logged with
          dated evidence in an append-only log; “overdue” means the deadline in force passed without the commitment being achieved or dropped.
          Where sources disagree, every figure is kept and one is preferred; derived figures and interpreted deadlines are marked.
        </p>
      </section>

      <section className="report__section">
        <h2>Sources</h2>
        <ol className="report__sources">
          {sources.map((s) => (
            <li key={s.slug}>
              {s.title}. {s.publisher}, {formatDate(s.publishedOn)}. {SOURCE_KIND_LABELS[s.kind]}
              {s.url ? `. ${s.url}` : '.'}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
