import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDashboardSummary, getFeaturedTarget, getLatestSnapshot, listCommitmentsForReport, listSources } from '@/db/queries';
import { compareMoments } from '@/lib/server/compare';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import { CATEGORIES, STAGES, VERDICTS, type Stage, type StagedKind, type Verdict } from '@/lib/domain';
import { todayIso } from '@/lib/clock';
import { formatDate, formatNumber, formatProgress, formatQualifiedValue, formatValue } from '@/lib/format';
import { ACCELERATION_NEEDED_RATIO, ON_TRACK_RATIO } from '@/lib/progress';
import { formatSnapshotTime } from '@/lib/snapshot-text';
import { finalStage, isDelayed, isOverdue, stageShown } from '@/lib/status';
import { revisedTargetValues } from '@/lib/terms-words';
import { TrajectoryFigure } from '@/components/charts/trajectory-figure';
import { ReportReadySignal } from '@/components/report/report-ready';
import { englishLang } from '@/components/ui/in-english';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { Publisher } from '@/components/ui/publisher';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'report' });
  return { title: t('meta.title'), robots: { index: false }, alternates: localeAlternates(locale, '/report') };
}

// Rendered when asked for: the report states what the data says at that moment.
export const dynamic = 'force-dynamic';

function excerpt(text: string | null, max = 220): string {
  if (!text) return '';
  const plain = text
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export default async function ReportPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'report' });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const lang = englishLang(locale);
  const asOf = todayIso();
  const generatedAt = new Date().toISOString();
  const previous = await getLatestSnapshot();
  const [summary, featured, rows, sources, comparison] = await Promise.all([
    getDashboardSummary({ asOf, locale }),
    getFeaturedTarget({ asOf, locale }),
    listCommitmentsForReport({ locale }),
    listSources(),
    // What changed since the previous snapshot: the same comparison as /compare (lib/server/compare.ts).
    previous ? compareMoments({ from: previous.createdAt, to: null, locale }) : null,
  ]);
  const changes = comparison
    ? { since: previous?.createdAt ?? null, ...comparison.entries }
    : { since: null, updates: [], figures: [], revisions: [], planned: [], added: [] };
  const moved = (comparison?.moves ?? []).filter((m) => m.moves.some((x) => x.field === 'verdict' || x.field === 'stage'));
  const byVerdict = new Map(summary.byVerdict.map((r) => [r.verdict, r.n]));
  const changeCount = changes.updates.length + changes.figures.length + changes.revisions.length + changes.added.length + changes.planned.length;
  const revisedGoal = featured
    ? revisedTargetValues(
        {
          targetValue: featured.target.originalTargetValue,
          targetInForce: featured.target.targetValue,
          targetRevisedOn: featured.target.terms.targetRevisedOn,
        },
        featured.target.metric.unit,
        tag,
        featured.target.metric.unitLabel,
      )
    : null;
  const goal = featured
    ? revisedGoal
      ? t('goalRevised', revisedGoal)
      : formatValue(featured.target.targetValue, featured.target.metric.unit, tag, { unitLabel: featured.target.metric.unitLabel })
    : '';
  const since = changes.since ? formatDate(changes.since.slice(0, 10), tag) : null;
  // Status names inside a sentence read as ordinary words ("… 0.6 ≤ R < 0.95 acceleration needed").
  const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase(tag) + label.slice(1);

  return (
    <article className="report">
      <ReportReadySignal />
      <section className="report__cover">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('title')}</h1>
        <p className="lede">{t('lede', { count: summary.totals.commitments })}</p>
        <p className="report__date">
          {t.rich('dataAsOf', {
            strong: (chunks) => <strong>{chunks}</strong>,
            date: formatDate(asOf, tag),
            generated: formatSnapshotTime(generatedAt, tag),
          })}
        </p>
        <table className="table report__counts">
          <caption>{t('counts.caption')}</caption>
          <thead>
            <tr>
              {VERDICTS.map((v) => (
                <th key={v} scope="col">
                  {labels.verdict[v]}
                </th>
              ))}
              <th scope="col">{labels.flag.overdue}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {VERDICTS.map((v) => (
                <td key={v}>{formatNumber(byVerdict.get(v) ?? 0, tag)}</td>
              ))}
              <td>{formatNumber(summary.totals.overdue, tag)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      {featured ? (
        <section className="report__section report__chart">
          <TrajectoryFigure
            title={t.markup('chartTitle', { name: (chunks) => chunks, metric: featured.target.metric.name, goal })}
            heading={t.rich('chartTitle', {
              name: (chunks) => <LocalizedText text={chunks} lang={featured.target.metric.nameLocale} />,
              metric: featured.target.metric.name,
              goal,
            })}
            unitLabel={featured.target.metric.unitLabel}
            target={featured.target}
            announcedOn={featured.commitment.announcedOn}
            deadlineInterpreted={featured.commitment.deadlineInterpreted}
            headingLevel={2}
            print
          />
        </section>
      ) : null}

      <section className="report__section report__changes">
        <h2>{t('changes.heading')}</h2>
        {!since ? (
          <p>{t('changes.first')}</p>
        ) : changeCount === 0 ? (
          <p>{t('changes.none', { date: since })}</p>
        ) : (
          <>
            <p>{t('changes.since', { date: since })}</p>
            {moved.length > 0 ? (
              <>
                <h3>{t('changes.moved', { count: moved.length })}</h3>
                <ul>
                  {moved.map((m) => {
                    const verdict = m.moves.find((x) => x.field === 'verdict');
                    const stage = m.moves.find((x) => x.field === 'stage');
                    const word = (move: typeof verdict, kind: 'verdict' | 'stage') =>
                      move?.from ? (kind === 'verdict' ? labels.verdict[move.from as Verdict] : labels.stage[move.from as Stage]) : 'none';
                    const now = (move: typeof verdict, kind: 'verdict' | 'stage') =>
                      move?.to ? (kind === 'verdict' ? labels.verdict[move.to as Verdict] : labels.stage[move.to as Stage]) : 'none';
                    return (
                      <li key={m.slug}>
                        <LocalizedText text={m.title} lang={m.titleLocale} />:{' '}
                        {t('changes.movedItem', {
                          verdictFrom: verdict ? word(verdict, 'verdict') : 'none',
                          verdictTo: verdict ? now(verdict, 'verdict') : 'none',
                          stageFrom: stage ? word(stage, 'stage') : 'none',
                          stageTo: stage ? now(stage, 'stage') : 'none',
                        })}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
            {changes.updates.length > 0 ? (
              <>
                <h3>{t('changes.updates', { count: changes.updates.length })}</h3>
                <ul>
                  {changes.updates.map((u) => (
                    <li key={u.id}>
                      <LocalizedText text={u.commitmentTitle} lang={u.commitmentTitleLocale} />:{' '}
                      {t('changes.update', {
                        verdict: labels.verdict[u.verdict],
                        stage: u.stage ? labels.stage[u.stage] : 'none',
                        date: formatDate(u.asOf, tag),
                        correction: u.correctsId ? 'yes' : 'no',
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.figures.length > 0 ? (
              <>
                <h3>{t('changes.figures', { count: changes.figures.length })}</h3>
                <ul>
                  {changes.figures.map((f) => (
                    <li key={f.id}>
                      <LocalizedText text={f.metricName} lang={f.metricNameLocale} />, <span lang={lang}>{f.period}</span>:{' '}
                      {formatQualifiedValue(f.value, f.unit, f.qualifier, tag, { unitLabel: f.unitLabel })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.revisions.length > 0 ? (
              <>
                <h3>{t('changes.revisions', { count: changes.revisions.length })}</h3>
                <ul>
                  {changes.revisions.map((r) => (
                    <li key={r.id}>
                      <LocalizedText text={r.commitmentTitle} lang={r.commitmentTitleLocale} />:{' '}
                      {t('changes.revision', {
                        date: formatDate(r.revisedOn, tag),
                        target: r.newTargetValue !== null ? formatNumber(r.newTargetValue, tag) : 'none',
                        deadline: r.newDeadlineOn ? formatDate(r.newDeadlineOn, tag) : 'none',
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.added.length > 0 ? (
              <>
                <h3>{t('changes.added', { count: changes.added.length })}</h3>
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
            <h2>{labels.category[category]}</h2>
            <table className="table report__table">
              <thead>
                <tr>
                  <th scope="col">{t('table.commitment')}</th>
                  <th scope="col">{t('table.verdict')}</th>
                  <th scope="col">{t('table.computed')}</th>
                  <th scope="col">{t('table.progress')}</th>
                  <th scope="col">{t('table.deadline')}</th>
                  <th scope="col">{t('table.latestUpdate')}</th>
                </tr>
              </thead>
              <tbody>
                {inCategory.map((c) => {
                  const stages = c.kind === 'target' ? null : STAGES[c.kind as StagedKind];
                  const stage = c.kind === 'target' ? null : stageShown(c.kind as StagedKind, c.currentStage, c.currentVerdict);
                  const completed = c.kind !== 'target' && stage === finalStage(c.kind as StagedKind);
                  const revised = revisedTargetValues(c, c.metricUnit, tag);
                  const flags = [
                    isOverdue({ deadline: c.effectiveDeadlineOn, plannedOn: c.plannedOn, verdict: c.currentVerdict, asOf })
                      ? labels.flag.overdue
                      : null,
                    isDelayed({ plannedOn: c.plannedOn, plannedMovedLater: c.plannedMovedLater, verdict: c.currentVerdict, completed, asOf })
                      ? labels.flag.delayed
                      : null,
                  ].filter((f): f is string => f !== null);
                  return (
                    <tr key={c.slug}>
                      <th scope="row">
                        <LocalizedText text={c.title} lang={c.titleLocale} />
                        {revised ? <span className="report__terms">{t('goalRevised', revised)}</span> : null}
                        <span className="report__kind">{labels.kind[c.kind]}</span>
                      </th>
                      <td>
                        {labels.verdict[c.currentVerdict]}
                        {flags.map((f) => ` · ${inSentence(f)}`).join('')}
                      </td>
                      <td>
                        {!stages
                          ? `${labels.trajectory[c.trajectoryStatus ?? 'insufficient-data']}${c.trajectoryBasis ? ` (${inSentence(labels.qualifier[c.trajectoryBasis])})` : ''}`
                          : stage
                            ? `${labels.stage[stage]} (${(stages as readonly string[]).indexOf(stage) + 1}/${stages.length})`
                            : '—'}
                      </td>
                      <td>{formatProgress(c.progressShare, tag)}</td>
                      <td>
                        {c.effectiveDeadlineOn ? formatDate(c.effectiveDeadlineOn, tag) : t('table.noDeadline')}
                        {c.deadlineInterpreted ? '*' : ''}
                        {c.plannedOn ? <span className="report__kind">{t('table.planned', { date: formatDate(c.plannedOn, tag) })}</span> : null}
                      </td>
                      <td>
                        {c.lastUpdateOn ? <strong>{formatDate(c.lastUpdateOn, tag)}: </strong> : null}
                        {/* Editors' notes are kept in English only. */}
                        {c.latestNote ? <span lang={lang}>{excerpt(c.latestNote)}</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      <p className="small">{t('table.interpreted')}</p>

      <section className="report__section report__methodology">
        <h2>{t('methodology.heading')}</h2>
        <p>
          {t.rich('methodology.targets', {
            sup: (chunks) => <sup>{chunks}</sup>,
            onTrackRatio: formatNumber(ON_TRACK_RATIO, tag),
            accelerationRatio: formatNumber(ACCELERATION_NEEDED_RATIO, tag),
            achieved: inSentence(labels.trajectory.achieved),
            onTrack: inSentence(labels.trajectory['on-track']),
            accelerationNeeded: inSentence(labels.trajectory['acceleration-needed']),
            limitedProgress: inSentence(labels.trajectory['limited-progress']),
            movingAway: inSentence(labels.trajectory['moving-away']),
            insufficientData: inSentence(labels.trajectory['insufficient-data']),
          })}
        </p>
        <p>{t('methodology.staged', { overdue: inSentence(labels.flag.overdue) })}</p>
      </section>

      <section className="report__section">
        <h2>{t('sources.heading')}</h2>
        <ol className="report__sources">
          {sources.map((s) => (
            <li key={s.slug}>
              {/* Titles and publishers are the names the documents were published under. Middle dots
                  rather than full stops: Russian and Kazakh dates end in one ("17 мая 2024 г."). */}
              <span lang={lang}>{s.title}</span> · <Publisher name={s.publisher} /> · {formatDate(s.publishedOn, tag)} · {labels.sourceKind[s.kind]}
              {s.url ? (
                <>
                  {' '}
                  · <span lang={lang}>{s.url}</span>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
