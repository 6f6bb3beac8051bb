import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import type { Comparison } from '@/lib/server/compare';
import type { ComparedField } from '@/lib/compare';
import type { Stage, TrajectoryStatus, Verdict } from '@/lib/domain';
import { formatDate, formatPeriod, formatProgress, formatValue } from '@/lib/format';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { englishLang } from '@/components/ui/in-english';
import { asOfPrefix } from '@/lib/as-of';

/**
 * What moved between two days, commitment by commitment (each field from and to), then the
 * entries recorded in between. The compare page shows it for the tracker or one commitment.
 */
export async function ComparisonView({ locale, comparison, toIsToday }: { locale: Locale; comparison: Comparison; toIsToday: boolean }) {
  const t = await getTranslations({ locale, namespace: 'rewind.compare' });
  const tc = await getTranslations({ locale, namespace: 'commitments' });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const { from, to, moves, entries } = comparison;
  const toDay = to ?? new Date().toISOString().slice(0, 10);
  const fieldLabel: Record<ComparedField, string> = {
    verdict: t('verdict'),
    stage: t('stage'),
    progress: t('progress'),
    trajectory: t('trajectory'),
    targetInForce: t('targetInForce'),
    deadline: t('deadline'),
    plannedOn: t('plannedOn'),
  };
  const show = (field: ComparedField, value: string | number | null, unit: string | null): string => {
    if (value === null) return t('none_value');
    switch (field) {
      case 'verdict':
        return labels.verdict[value as Verdict] ?? String(value);
      case 'stage':
        return labels.stage[value as Stage] ?? String(value);
      case 'trajectory':
        return labels.trajectory[value as TrajectoryStatus] ?? String(value);
      case 'progress':
        return formatProgress(Number(value), tag);
      case 'targetInForce':
        return unit ? formatValue(Number(value), unit, tag) : String(value);
      default:
        return formatDate(String(value), tag);
    }
  };
  const count = entries.updates.length + entries.figures.length + entries.revisions.length + entries.planned.length;
  const pageOf = (slug: string) => (toIsToday ? `/commitments/${slug}` : `${asOfPrefix(toDay)}/commitments/${slug}`);
  return (
    <>
      {moves.length === 0 ? <p className="notice">{t('none')}</p> : null}
      {moves.map((m) => (
        <section key={m.slug} className="section card" aria-labelledby={`moved-${m.slug}`}>
          <h2 id={`moved-${m.slug}`} className="subhead">
            <Link href={pageOf(m.slug)}>
              <LocalizedText text={m.title} lang={m.titleLocale} />
            </Link>
          </h2>
          {m.added ? <p className="badge badge--stage">{t('added')}</p> : null}
          {m.moves.length > 0 ? (
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('before', { date: formatDate(from.slice(0, 10), tag) })}</th>
                  <th scope="col">{t('after', { date: formatDate(toDay, tag) })}</th>
                </tr>
              </thead>
              <tbody>
                {m.moves.map((move) => (
                  <tr key={move.field}>
                    <th scope="row">{fieldLabel[move.field]}</th>
                    <td>{show(move.field, move.from, m.unit)}</td>
                    <td>
                      <strong>{show(move.field, move.to, m.unit)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <EntriesFor slug={m.slug} comparison={comparison} locale={locale} t={t} tc={tc} />
        </section>
      ))}
      <p className="small muted">{t('entries', { count })}</p>
    </>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<'rewind.compare'>>>;
type CommitmentsTranslator = Awaited<ReturnType<typeof getTranslations<'commitments'>>>;

function EntriesFor({
  slug,
  comparison,
  locale,
  t,
  tc,
}: {
  slug: string;
  comparison: Comparison;
  locale: Locale;
  t: Translator;
  tc: CommitmentsTranslator;
}) {
  const tag = INTL_TAGS[locale];
  const labels = domainLabels(locale);
  const { updates, revisions, planned } = comparison.entries;
  const mine = {
    updates: updates.filter((u) => u.commitmentSlug === slug),
    revisions: revisions.filter((r) => r.commitmentSlug === slug),
    planned: planned.filter((p) => p.commitmentSlug === slug),
  };
  if (mine.updates.length + mine.revisions.length + mine.planned.length === 0) return null;
  return (
    <ul className="plain-list small">
      {mine.updates.map((u) => (
        <li key={`u${u.id}`}>
          {u.entryType === 'review' ? t('entryReview', { date: formatDate(u.asOf, tag) }) : t('entryUpdate', { date: formatDate(u.asOf, tag) })}
          {u.entryType === 'review' ? null : <> · {labels.verdict[u.verdict]}</>}
          {u.stage ? <> · {tc('stageBadge', { stage: labels.stage[u.stage] })}</> : null}
          {u.note ? (
            <>
              {' '}
              — <span lang={englishLang(locale)}>{u.note.length > 240 ? `${u.note.slice(0, 240)}…` : u.note}</span>
            </>
          ) : null}
        </li>
      ))}
      {mine.revisions.map((r) => (
        <li key={`r${r.id}`}>{t('entryRevision', { date: formatDate(r.revisedOn, tag) })}</li>
      ))}
      {mine.planned.map((p) => (
        <li key={`p${p.id}`}>
          {t('entryPlanned', { date: formatDate(p.statedOn, tag) })}: {formatDate(p.plannedOn, tag)}
        </li>
      ))}
    </ul>
  );
}

/** The figures recorded in between, for the whole tracker (figures belong to metrics, not to one commitment). */
export async function ComparisonFigures({ locale, comparison }: { locale: Locale; comparison: Comparison }) {
  const t = await getTranslations({ locale, namespace: 'rewind.compare' });
  const tag = INTL_TAGS[locale];
  if (comparison.entries.figures.length === 0) return null;
  return (
    <section className="section" aria-labelledby="figures-recorded">
      <h2 id="figures-recorded" className="subhead">
        {t('figures', { count: comparison.entries.figures.length })}
      </h2>
      <ul className="plain-list small">
        {comparison.entries.figures.map((f) => (
          <li key={f.id}>
            <LocalizedText text={f.metricName} lang={f.metricNameLocale} /> · {t('entryFigure', { period: formatPeriod(f.period, tag) })}:{' '}
            {formatValue(f.value, f.unit, tag, { unitLabel: f.unitLabel })}
          </li>
        ))}
      </ul>
    </section>
  );
}
