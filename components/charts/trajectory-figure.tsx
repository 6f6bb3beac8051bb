import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useDomainLabels, useIntlTag } from '@/i18n/hooks';
import type { TargetDetails } from '@/db/queries';
import { describeTrajectory } from '@/lib/status';
import { formatDate, formatPeriod, formatQualifiedValue, formatValue } from '@/lib/format';
import type { Point } from '@/lib/progress';
import { useEnglishLang } from '@/components/ui/in-english';
import { TrajectoryChart, type TrajectoryChartData } from './trajectory-chart';

/**
 * A target's trajectory chart with what every chart here carries: a one-sentence
 * summary, a legend that does not rely on colour, and the figures as a table with
 * their sources, all in the page's language.
 */
export function TrajectoryFigure({
  title,
  heading,
  unitLabel,
  target,
  announcedOn,
  deadlineInterpreted,
  headingLevel = 3,
  print = false,
}: {
  /** The chart's name as plain text (the chart's own accessible title). */
  title: string;
  /** The visible heading, when parts of it need markup (e.g. a name kept in English); else `title`. */
  heading?: React.ReactNode;
  /** How the metric's unit reads in the page's language, for units without a built-in form. */
  unitLabel?: string | null;
  target: TargetDetails;
  announcedOn: string;
  deadlineInterpreted: boolean;
  headingLevel?: 2 | 3;
  /** In the printed report the table is shown open: paper has no disclosure widgets. */
  print?: boolean;
}) {
  const t = useTranslations('charts');
  const tContent = useTranslations('content');
  const labels = useDomainLabels();
  const tag = useIntlTag();
  // Observation notes, periods and publishers are stored in English only.
  const contentLang = useEnglishLang();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { progress, metric } = target;
  // The unit as readers of the page's language write it ('million tonnes' for 'Mt').
  unitLabel ??= metric.unitLabel;
  const value = (v: number) => formatValue(v, metric.unit, tag, { unitLabel });
  const preferred = target.observations.filter((o) => o.preferred);
  const partYear = new Set(progress.notComparable.map((p) => p.period));
  const onLine = (q: string) => q === 'exact' || q === 'preliminary' || q === 'about';
  // Revisions in force by the day shown: the target drawn as steps, the paths split at the first one.
  const revisions = target.segments.slice(1).map((s) => s.from!);
  const firstRevision = revisions[0];
  const data: TrajectoryChartData = {
    unit: metric.unit,
    target: target.targetValue,
    targetSteps: target.segments.filter((s) => s.targetValue !== null).map((s) => ({ from: s.from, value: s.targetValue! })),
    revisions,
    announcedOn,
    deadline: target.deadlineOn,
    reported: preferred
      .filter((o) => onLine(o.qualifier) && !partYear.has(o.period))
      .map((o) => ({ on: o.periodEnd, value: o.value, derived: o.derived, preliminary: o.qualifier === 'preliminary' })),
    bounds: preferred
      .filter((o) => (o.qualifier === 'at-least' || o.qualifier === 'at-most') && !partYear.has(o.period))
      .map((o) => ({ on: o.periodEnd, value: o.value, kind: o.qualifier as 'at-least' | 'at-most' })),
    forecasts: preferred.filter((o) => o.qualifier === 'forecast').map((o) => ({ on: o.periodEnd, value: o.value })),
    alternatives: target.observations.filter((o) => !o.preferred).map((o) => ({ on: o.periodEnd, value: o.value })),
    requiredPath: firstRevision ? clipPath(progress.requiredPath, revisions.at(-1)!, 'from') : progress.requiredPath,
    requiredPathOriginal: firstRevision && target.originalProgress ? clipPath(target.originalProgress.requiredPath, firstRevision, 'until') : [],
    projectionPath: progress.projectionPath,
  };
  const summary = describeTrajectory(progress, metric.unit, {
    locale: tag,
    statusLabels: labels.trajectory,
    t: (message, values) => t(`summary.${message}`, values),
    unitLabel,
  });
  const projectionLabel = t(progress.projectionBasis === 'historical-trend' ? 'projection.trend' : 'projection.observed');
  const id = `chart-${metric.slug}`;
  return (
    <figure className="figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <Heading id={`${id}-title`} className="figure__title">
        {heading ?? title}
      </Heading>
      <p id={`${id}-summary`} className="figure__summary">
        {summary}
      </p>
      <ul className="legend" aria-label={t('legend.label')}>
        <li>
          <span className="legend__swatch legend__swatch--reported" aria-hidden="true" /> {t('legend.reported')}
        </li>
        {data.bounds.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--bound" aria-hidden="true" /> {t('legend.bound')}
          </li>
        ) : null}
        {data.forecasts.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--forecast" aria-hidden="true" /> {t('legend.forecast')}
          </li>
        ) : null}
        {data.alternatives.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--alternative" aria-hidden="true" /> {t('legend.alternative')}
          </li>
        ) : null}
        <li>
          <span className="legend__swatch legend__swatch--target" aria-hidden="true" />{' '}
          {revisions.length > 0 ? t('legend.targetSteps') : t('legend.target', { value: value(target.targetValue) })}
        </li>
        {data.requiredPath.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--required" aria-hidden="true" /> {t('legend.required')}
          </li>
        ) : null}
        {data.requiredPathOriginal.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--required-original" aria-hidden="true" /> {t('legend.requiredOriginal')}
          </li>
        ) : null}
        {data.projectionPath.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--projection" aria-hidden="true" /> {t('legend.projection', { label: projectionLabel })}
          </li>
        ) : null}
      </ul>
      {data.reported.length + data.alternatives.length + data.bounds.length + data.forecasts.length > 0 ? (
        <TrajectoryChart data={data} title={title} />
      ) : (
        <p className="notice notice--inline">{t('noFigures')}</p>
      )}
      <p className="figure__note">
        {t('markers', {
          announced: formatDate(announcedOn, tag),
          deadline: target.deadlineOn ? formatDate(target.deadlineOn, tag) : 'none',
          interpreted: deadlineInterpreted ? 'yes' : 'no',
        })}
      </p>
      <details className="data-table" open={print || undefined}>
        <summary>{t('table.show')}</summary>
        <table>
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.period')}</th>
              <th scope="col">{t('table.value')}</th>
              <th scope="col">{t('table.exactness')}</th>
              <th scope="col">{t('table.source')}</th>
              <th scope="col">{t('table.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {target.observations.map((o) => (
              <tr key={o.id} data-row="observation">
                <th scope="row">{formatPeriod(o.period, tag)}</th>
                <td>{formatQualifiedValue(o.value, metric.unit, o.qualifier, tag, { unitLabel })}</td>
                <td>{labels.qualifier[o.qualifier]}</td>
                <td>
                  <Link href={`/sources/${o.sourceSlug}`} lang={contentLang}>
                    {o.sourcePublisher ?? tContent('publisherNotRecorded')}
                  </Link>
                </td>
                <td>
                  {o.derived ? <strong>{t('table.derived')} </strong> : null}
                  {o.preferred ? null : <strong>{t('table.notPreferred')} </strong>}
                  {o.qualifier === 'forecast' ? <strong>{t('table.forecastNote')} </strong> : null}
                  {o.preferred && partYear.has(o.period) ? <strong>{t('table.notComparable')} </strong> : null}
                  {o.note ? <span lang={contentLang}>{o.note}</span> : null}
                </td>
              </tr>
            ))}
            {target.segments
              .filter((s) => s.targetValue !== null)
              .map((s) => (
                <tr key={`target-${s.revisionId ?? 'announced'}`}>
                  <th scope="row">{s.deadlineOn ? formatDate(s.deadlineOn, tag) : t('table.noDeadline')}</th>
                  <td>{value(s.targetValue!)}</td>
                  <td>—</td>
                  <td>{t('table.target')}</td>
                  <td>
                    {s.revisionId === null
                      ? t('table.targetAsAnnounced')
                      : `${t('table.targetRevised')} ${t('table.targetFrom', { date: formatDate(s.from, tag) })}`}
                  </td>
                </tr>
              ))}
            {progress.projectionAtDeadline ? (
              <tr>
                <th scope="row">{formatDate(progress.projectionAtDeadline.on, tag)}</th>
                <td>{value(Number(progress.projectionAtDeadline.value.toFixed(2)))}</td>
                <td>—</td>
                <td>{t('table.computed')}</td>
                <td>{t('table.projectionNote', { label: projectionLabel })}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The part of a path on one side of a date, with a point interpolated on the date itself. */
function clipPath(path: Point[], on: string, keep: 'until' | 'from'): Point[] {
  const at = Date.parse(on);
  const inside = path.filter((p) => (keep === 'until' ? p.on <= on : p.on >= on));
  const before = [...path].reverse().find((p) => p.on < on);
  const after = path.find((p) => p.on > on);
  if (!before || !after || path.some((p) => p.on === on)) return inside;
  const share = (at - Date.parse(before.on)) / (Date.parse(after.on) - Date.parse(before.on));
  const cut = { on, value: before.value + (after.value - before.value) * share };
  return keep === 'until' ? [...inside, cut] : [cut, ...inside];
}
