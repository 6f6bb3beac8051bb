import { Link } from '@/i18n/navigation';
import type { TargetDetails } from '@/db/queries';
import { describeTrajectory } from '@/lib/status';
import { formatDate, formatQualifiedValue, formatValue } from '@/lib/format';
import { TrajectoryChart, type TrajectoryChartData } from './trajectory-chart';

/**
 * A target's trajectory chart with what every chart here carries: a one-sentence
 * summary, a legend that does not rely on colour, and the figures as a table with
 * their sources.
 */
export function TrajectoryFigure({
  title,
  target,
  announcedOn,
  deadlineInterpreted,
  headingLevel = 3,
  print = false,
}: {
  title: string;
  target: TargetDetails;
  announcedOn: string;
  deadlineInterpreted: boolean;
  headingLevel?: 2 | 3;
  /** In the printed report the table is shown open: paper has no disclosure widgets. */
  print?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { progress, metric } = target;
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
  const summary = describeTrajectory(progress, metric.unit);
  const projectionLabel =
    progress.projectionBasis === 'historical-trend'
      ? 'Projection if the trend before the announcement continued'
      : 'Projection at the growth observed since the baseline';
  const id = `chart-${metric.slug}`;
  return (
    <figure className="figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <Heading id={`${id}-title`} className="figure__title">
        {title}
      </Heading>
      <p id={`${id}-summary`} className="figure__summary">
        {summary}
      </p>
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="legend__swatch legend__swatch--reported" aria-hidden="true" /> Reported value (solid line;
          hollow dot = derived)
        </li>
        {data.alternatives.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--alternative" aria-hidden="true" /> Another source’s figure
            (diamond)
          </li>
        ) : null}
        <li>
          <span className="legend__swatch legend__swatch--target" aria-hidden="true" /> Target{' '}
          {formatValue(target.targetValue, metric.unit)}
        </li>
        {data.requiredPath.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--required" aria-hidden="true" /> Required path (dashed)
          </li>
        ) : null}
        {data.projectionPath.length > 0 ? (
          <li>
            <span className="legend__swatch legend__swatch--projection" aria-hidden="true" /> {projectionLabel} (dotted)
          </li>
        ) : null}
      </ul>
      {data.reported.length + data.alternatives.length > 0 ? (
        <TrajectoryChart data={data} title={title} />
      ) : (
        <p className="notice notice--inline">No figure has been recorded for this target yet, so there is nothing to chart.</p>
      )}
      <p className="figure__note">
        Vertical markers: announcement ({formatDate(announcedOn)})
        {target.deadlineOn ? (
          <>
            {' '}
            and deadline ({formatDate(target.deadlineOn)}
            {deadlineInterpreted ? ', our interpretation of the stated words' : ''})
          </>
        ) : null}
        .
      </p>
      <details className="data-table" open={print || undefined}>
        <summary>Show the figures as a table</summary>
        <table>
          <caption className="visually-hidden">Figures behind the chart “{title}”, with their sources</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {target.observations.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.period}</th>
                <td>{formatQualifiedValue(o.value, metric.unit, o.qualifier)}</td>
                <td>
                  <Link href={`/sources/${o.sourceSlug}`}>{o.sourcePublisher}</Link>
                </td>
                <td>
                  {o.derived ? <strong>Derived. </strong> : null}
                  {o.preferred ? null : <strong>Not the preferred figure. </strong>}
                  {o.note}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{target.deadlineOn ? formatDate(target.deadlineOn) : 'No deadline'}</th>
              <td>{formatValue(target.targetValue, metric.unit)}</td>
              <td>Target</td>
              <td>{target.originalTargetValue !== target.targetValue ? 'Revised target in force.' : 'Target as announced.'}</td>
            </tr>
            {progress.projectionAtDeadline ? (
              <tr>
                <th scope="row">{formatDate(progress.projectionAtDeadline.on)}</th>
                <td>{formatValue(Number(progress.projectionAtDeadline.value.toFixed(2)), metric.unit)}</td>
                <td>Computed</td>
                <td>{projectionLabel}.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
