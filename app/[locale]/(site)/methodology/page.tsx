import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import { STAGES, VERDICTS, type StagedKind } from '@/lib/domain';
import { env } from '@/lib/env';
import { formatValue } from '@/lib/format';
import { ACCELERATION_NEEDED_RATIO, ON_TRACK_RATIO, annualRate, statusFromRatio } from '@/lib/progress';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'methodology' });
  return { title: t('meta.title'), description: t('meta.description'), alternates: localeAlternates(locale, '/methodology') };
}

// The worked example is computed by the progress engine itself, so the page cannot drift from the code.
const EXAMPLE = { baseline: 10.6, target: 15, years: 5, latest: 11.2 };

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
    </article>
  );
}
