import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useDomainLabels, useIntlTag } from '@/i18n/hooks';
import type { TargetDetails } from '@/db/queries';
import { describeTrajectory } from '@/lib/status';
import { formatDate, formatQualifiedValue, formatValue } from '@/lib/format';
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
  const labels = useDomainLabels();
  const tag = useIntlTag();
  // Observation notes, periods and publishers are stored in English only.
  const contentLang = useEnglishLang();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { progress, metric } = target;
  const value = (v: number) => formatValue(v, metric.unit, tag, { unitLabel });
  const data: TrajectoryChartData = {
    unit: metric.unit,
    target: target.targetValue,
    announcedOn,
    deadline: target.deadlineOn,
    reported: target.observations
      .filter((o) => o.preferred)
      .map((o) => ({ on: o.periodEnd, value: o.value, derived: o.derived })),
    alternatives: target.observations.filter((o) => !o.preferred).map((o) => ({ on: o.periodEnd, value: o.value })),
    requiredPath: progress.requiredPath,
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
        {data.alternatives.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--alternative" aria-hidden="true" /> {t('legend.alternative')}
          </li>
        ) : null}
        <li>
          <span className="legend__swatch legend__swatch--target" aria-hidden="true" />{' '}
          {t('legend.target', { value: value(target.targetValue) })}
        </li>
        {data.requiredPath.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--required" aria-hidden="true" /> {t('legend.required')}
          </li>
        ) : null}
        {data.projectionPath.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--projection" aria-hidden="true" />{' '}
            {t('legend.projection', { label: projectionLabel })}
          </li>
        ) : null}
      </ul>
      {data.reported.length + data.alternatives.length > 0 ? (
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
              <th scope="col">{t('table.source')}</th>
              <th scope="col">{t('table.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {target.observations.map((o) => (
              <tr key={o.id}>
                <th scope="row" lang={contentLang}>
                  {o.period}
                </th>
                <td>{formatQualifiedValue(o.value, metric.unit, o.qualifier, tag, { unitLabel })}</td>
                <td>
                  <Link href={`/sources/${o.sourceSlug}`} lang={contentLang}>
                    {o.sourcePublisher}
                  </Link>
                </td>
                <td>
                  {o.derived ? <strong>{t('table.derived')} </strong> : null}
                  {o.preferred ? null : <strong>{t('table.notPreferred')} </strong>}
                  {o.note ? <span lang={contentLang}>{o.note}</span> : null}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{target.deadlineOn ? formatDate(target.deadlineOn, tag) : t('table.noDeadline')}</th>
              <td>{value(target.targetValue)}</td>
              <td>{t('table.target')}</td>
              <td>{t(target.originalTargetValue !== target.targetValue ? 'table.targetRevised' : 'table.targetAsAnnounced')}</td>
            </tr>
            {progress.projectionAtDeadline ? (
              <tr>
                <th scope="row">{formatDate(progress.projectionAtDeadline.on, tag)}</th>
                <td>{value(Number(progress.projectionAtDeadline.value.toFixed(2)))}</td>
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
