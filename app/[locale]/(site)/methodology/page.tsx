import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import { STAGES, VALUE_QUALIFIERS, VERDICTS, type StagedKind } from '@/lib/domain';
import { env } from '@/lib/env';
import { formatDate, formatPercent, formatValue } from '@/lib/format';
import { ACCELERATION_NEEDED_RATIO, ON_TRACK_RATIO, annualRate, computeTargetProgress, statusFromRatio, type ObservationPoint } from '@/lib/progress';
import { termsInForce } from '@/lib/revisions';
import { plannedHistory } from '@/lib/planned';
import { isDelayed, isOverdue } from '@/lib/status';
import { directionMessage } from '@/lib/validation';
import { inLocale } from '@/lib/server-text';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'methodology' });
  return { title: t('meta.title'), description: t('meta.description'), alternates: localeAlternates(locale, '/methodology') };
}

// The worked examples are computed by the engine itself (lib/progress, lib/revisions,
// lib/planned, lib/status), so the page cannot drift from the code.
const EXAMPLE = { baseline: 10.6, target: 15, years: 5, latest: 11.2 };

const TRADE = { direction: 'up' as const, baseline: { on: '2022-12-31', value: 10.6 }, target: 15, deadline: '2027-12-31' };
const year = (y: number, value: number, qualifier: ObservationPoint['qualifier'] = 'exact'): ObservationPoint => ({
  on: `${y}-12-31`,
  value,
  period: String(y),
  qualifier,
});
/** The trade example graded on a day, from some figures. */
function trade(observations: ObservationPoint[], asOf: string, target = TRADE.target) {
  return computeTargetProgress({ ...TRADE, target, observations, asOf });
}

/** Every example on the page, computed. */
function examples() {
  const it = { direction: 'up' as const, baseline: { on: '2022-12-31', value: 0.5 }, target: 1, deadline: '2026-12-31' };
  const forecast = computeTargetProgress({ ...it, observations: [year(2023, 0.6), year(2025, 1, 'forecast')], asOf: '2025-06-01' });
  const preliminary = computeTargetProgress({ ...it, observations: [year(2023, 0.6), year(2025, 1.05, 'preliminary')], asOf: '2026-02-01' });
  const over = trade([year(2026, 15.2, 'at-least')], '2027-02-01');
  const overShort = trade([year(2027, 14, 'at-least')], '2028-06-01');
  const met = trade([year(2027, 15.4)], '2028-06-01');
  const late = trade([year(2027, 14.2), year(2028, 15.3)], '2029-06-01');
  const missed = trade([year(2027, 13.1)], '2028-06-01');
  const fellBack = trade([year(2026, 15.1), year(2027, 14.8)], '2028-06-01');
  const tooEarly = computeTargetProgress({
    direction: 'up',
    baseline: { on: '2023-09-14', value: 82 },
    target: 95,
    deadline: '2026-12-31',
    observations: [{ on: '2024-03-31', value: 84 }],
    asOf: '2024-05-01',
  });
  const likePeriods = computeTargetProgress({
    direction: 'up',
    baseline: { on: '2023-12-31', value: 2.76 },
    baselinePeriod: '2023',
    target: 13.8,
    deadline: '2028-12-31',
    observations: [
      { on: '2024-12-31', value: 4.48, period: '2024' },
      { on: '2024-09-30', value: 3.2, period: '2024-01..09' },
      { on: '2025-09-30', value: 3.1, period: '2025-01..09' },
    ],
    asOf: '2025-11-01',
  });
  const original = { targetValue: 15, deadlineOn: '2027-12-31', deadlineText: 'in the near future' };
  const revision = { id: 1, revisedOn: '2025-11-16', newTargetValue: 20, newDeadlineOn: null, newDeadlineText: null };
  const revisedTerms = termsInForce(original, [revision], '2025-12-01');
  const figures = [year(2023, 11), year(2024, 11.5)];
  const asAnnounced = trade(figures, '2025-12-01');
  const revised = computeTargetProgress({
    ...TRADE,
    target: revisedTerms.targetValue!,
    deadline: revisedTerms.deadlineOn,
    observations: figures,
    asOf: '2025-12-01',
  });
  const future = { id: 2, revisedOn: '2027-01-01', newTargetValue: 18, newDeadlineOn: null, newDeadlineText: null };
  const beforeFuture = termsInForce(original, [future], '2026-12-31');
  const afterFuture = termsInForce(original, [future], '2027-01-01');
  const plan = plannedHistory(
    [
      { id: 1, statedOn: '2023-11-25', plannedOn: '2025-12-31', plannedText: 'in 2025' },
      { id: 2, statedOn: '2026-02-10', plannedOn: '2026-12-31', plannedText: 'in 2026' },
    ],
    '2026-03-01',
  );
  const planAsOf = '2026-03-01';
  const delayed = isDelayed({
    plannedOn: plan.current!.plannedOn,
    plannedMovedLater: plan.movedLater,
    verdict: 'in-progress',
    completed: false,
    asOf: planAsOf,
  });
  const overdue = isOverdue({ deadline: null, plannedOn: plan.current!.plannedOn, verdict: 'in-progress', asOf: planAsOf });
  return {
    forecast,
    preliminary,
    over,
    overShort,
    met,
    late,
    missed,
    fellBack,
    tooEarly,
    likePeriods,
    asAnnounced,
    revised,
    revisedTerms,
    beforeFuture,
    afterFuture,
    plan,
    planAsOf,
    delayed,
    overdue,
  };
}

const rich = {
  strong: (chunks: React.ReactNode) => <strong>{chunks}</strong>,
  em: (chunks: React.ReactNode) => <em>{chunks}</em>,
  sup: (chunks: React.ReactNode) => <sup>{chunks}</sup>,
};

export default async function MethodologyPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'methodology' });
  const format = await getFormatter({ locale });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const staleAfterDays = env().STALE_AFTER_DAYS;

  const ratio = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const percent = (share: number) => format.number(share, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // A status name in the middle of a sentence reads as an ordinary word.
  const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase(tag) + label.slice(1);

  const ex = examples();
  const bn = (v: number) => formatValue(v, 'USD bn', tag);
  const status = (p: { status: keyof typeof labels.trajectory }) => inSentence(labels.trajectory[p.status]);
  const r2 = (v: number | null) => (v === null ? '—' : format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

  const required = annualRate(EXAMPLE.baseline, EXAMPLE.target, EXAMPLE.years, 'compound');
  const observed = annualRate(EXAMPLE.baseline, EXAMPLE.latest, 1, 'compound');
  const exampleRatio = observed / required;

  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>

      <section className="section card">
        <h2>{t('targets.heading')}</h2>
        <p>
          {t('targets.intro', {
            trade: formatValue(15, 'USD bn', tag),
            itExports: formatValue(1, 'USD bn', tag),
          })}
        </p>
        <ul>
          <li>{t.rich('targets.progress', rich)}</li>
          <li>{t.rich('targets.needed', rich)}</li>
          <li>{t.rich('targets.observed', rich)}</li>
          <li>
            {t.rich('targets.ratio', {
              ...rich,
              onTrackRatio: ratio(ON_TRACK_RATIO),
              accelerationRatio: ratio(ACCELERATION_NEEDED_RATIO),
              achieved: labels.trajectory.achieved,
              onTrack: labels.trajectory['on-track'],
              accelerationNeeded: labels.trajectory['acceleration-needed'],
              limitedProgress: labels.trajectory['limited-progress'],
              movingAway: labels.trajectory['moving-away'],
              insufficientData: labels.trajectory['insufficient-data'],
            })}
          </li>
          <li>{t.rich('targets.projection', rich)}</li>
          <li>{t('targets.nonPositive')}</li>
          <li>{t('targets.falling')}</li>
        </ul>
        <p className="small muted">
          {t.rich('targets.example', {
            ...rich,
            baseline: format.number(EXAMPLE.baseline),
            target: format.number(EXAMPLE.target),
            years: EXAMPLE.years,
            required: percent(required),
            latest: format.number(EXAMPLE.latest),
            observed: percent(observed),
            ratio: ratio(exampleRatio),
            status: inSentence(labels.trajectory[statusFromRatio(exampleRatio)]),
          })}
        </p>
      </section>

      <section className="section card">
        <h2>{t('exactness.heading')}</h2>
        <p>{t('exactness.intro', { qualifiers: format.list(VALUE_QUALIFIERS.map((q) => inSentence(labels.qualifier[q]))) })}</p>
        <ul>
          <li>
            {t.rich('exactness.forecast', {
              ...rich,
              latest: bn(0.6),
              forecast: bn(1),
              target: bn(1),
              status: status(ex.forecast),
            })}
          </li>
          <li>
            {t.rich('exactness.preliminary', {
              ...rich,
              figure: bn(1.05),
              status: status(ex.preliminary),
              marked: inSentence(labels.qualifier[ex.preliminary.basis?.qualifier ?? 'exact']),
            })}
          </li>
          <li>
            {t.rich('exactness.bounds', {
              ...rich,
              over: bn(15.2),
              target: bn(TRADE.target),
              overStatus: status(ex.over),
              short: bn(14),
              shortStatus: status(ex.overShort),
            })}
          </li>
        </ul>
      </section>

      <section className="section card">
        <h2>{t('deadline.heading')}</h2>
        <p>{t('deadline.intro', { baseline: bn(TRADE.baseline.value), target: bn(TRADE.target), year: 2027 })}</p>
        <ul>
          <li>{t.rich('deadline.met', { ...rich, figure: bn(15.4), year: 2027, status: status(ex.met) })}</li>
          <li>{t.rich('deadline.late', { ...rich, short: bn(14.2), figure: bn(15.3), year: 2027, later: 2028, status: status(ex.late) })}</li>
          <li>
            {t.rich('deadline.missed', { ...rich, figure: bn(13.1), year: 2027, status: status(ex.missed), shortfall: bn(ex.missed.shortfall ?? 0) })}
          </li>
          <li>
            {t.rich('deadline.fellBack', { ...rich, figure: bn(15.1), earlier: 2026, lower: bn(14.8), year: 2027, status: status(ex.fellBack) })}
          </li>
        </ul>
      </section>

      <section className="section card">
        <h2>{t('time.heading')}</h2>
        <ul>
          <li>{t.rich('time.tooEarly', { ...rich, months: 6, status: status(ex.tooEarly) })}</li>
          <li>
            {t.rich('time.likePeriods', {
              ...rich,
              baseline: formatValue(2.76, 'Mt', tag, { unitLabel: 'Mt' }),
              partYear: formatValue(3.1, 'Mt', tag, { unitLabel: 'Mt' }),
              change: formatPercent(ex.likePeriods.likePeriod?.change ?? null, { signed: true, locale: tag }),
              status: status(ex.likePeriods),
            })}
          </li>
        </ul>
      </section>

      <section className="section card">
        <h2>{t('direction.heading')}</h2>
        <p>
          {t.rich('direction.text', {
            target: format.number(9),
            baseline: format.number(10.6),
            // The message exactly as the workspace says it to an editor working in this language.
            message: inLocale(locale, () => directionMessage('must-be-above', 10.6)),
            en: (chunks) => <span lang={locale}>{chunks}</span>,
          })}
        </p>
      </section>

      <section className="section card">
        <h2>{t('revisions.heading')}</h2>
        <p>
          {t.rich('revisions.text', {
            ...rich,
            latest: bn(11.5),
            year: 2024,
            original: bn(15),
            originalDeadline: formatDate('2027-12-31', tag),
            originalStatus: status(ex.asAnnounced),
            originalRatio: r2(ex.asAnnounced.ratio),
            revised: bn(ex.revisedTerms.targetValue ?? 0),
            revisedStatus: status(ex.revised),
            revisedRatio: r2(ex.revised.ratio),
          })}
        </p>
        <p>
          {t('revisions.future', {
            date: formatDate('2027-01-01', tag),
            before: bn(ex.beforeFuture.targetValue ?? 0),
            after: bn(ex.afterFuture.targetValue ?? 0),
          })}
        </p>
      </section>

      <section className="section card">
        <h2>{t('delays.heading')}</h2>
        <p>
          {t.rich('delays.text', {
            ...rich,
            delayed: labels.flag.delayed,
            overdue: labels.flag.overdue,
            first: formatDate(ex.plan.first?.plannedOn, tag),
            current: formatDate(ex.plan.current?.plannedOn, tag),
            asOf: formatDate(ex.planAsOf, tag),
            delayedNow: ex.delayed ? 'yes' : 'no',
            overdueNow: ex.overdue ? 'yes' : 'no',
          })}
        </p>
      </section>

      <section className="section card">
        <h2>{t('staged.heading')}</h2>
        <p>{t('staged.intro')}</p>
        <ul>
          {(Object.keys(STAGES) as StagedKind[]).map((kind) => (
            <li key={kind}>
              {t.rich('staged.stages', {
                ...rich,
                kind: labels.kind[kind],
                stages: STAGES[kind].map((stage) => labels.stage[stage]).join(' → '),
              })}
            </li>
          ))}
        </ul>
        <p>{t('staged.achieved')}</p>
      </section>

      <section className="section card">
        <h2>{t('flags.heading')}</h2>
        <ul>
          <li>
            {t.rich('flags.verdict', {
              ...rich,
              verdicts: format.list(VERDICTS.map((verdict) => inSentence(labels.verdict[verdict]))),
            })}
          </li>
          <li>{t.rich('flags.overdue', { ...rich, overdue: labels.flag.overdue })}</li>
          <li>{t.rich('flags.stale', { ...rich, stale: labels.flag.stale, days: staleAfterDays })}</li>
          <li>
            {t.rich('flags.disagreement', {
              ...rich,
              disagreement: labels.flag.disagreement,
              inProgress: inSentence(labels.verdict['in-progress']),
            })}
          </li>
          <li>{t.rich('flags.vague', rich)}</li>
          <li>{t.rich('flags.sources', rich)}</li>
          <li>{t.rich('flags.revised', rich)}</li>
        </ul>
        <p>{t.rich('flags.sourcesLink', { link: (chunks) => <Link href="/sources">{chunks}</Link> })}</p>
      </section>

      <section className="section card">
        <h2>{t('evidence.heading')}</h2>
        <ul>
          <li>{t.rich('evidence.archive', rich)}</li>
          <li>{t.rich('evidence.rewind', rich)}</li>
          <li>{t.rich('evidence.notRewound', rich)}</li>
          <li>{t.rich('evidence.suggestions', rich)}</li>
        </ul>
      </section>
    </article>
  );
}
