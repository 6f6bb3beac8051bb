import { notFound } from 'next/navigation';
import { getMetricBySlug, getMetricForEditing, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatQualifiedValue } from '@/lib/format';
import { CsvImportForm, ObservationForm, PreferButton } from '@/components/editor/small-forms';
import { MetricForm } from '@/components/editor/metric-form';

export default async function EditorMetricPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  await requireEditorPage({ path: `/editor/metrics/${slug}` });
  const [metric, editing, sources] = await Promise.all([getMetricBySlug({ slug }), getMetricForEditing({ slug }), listSourceOptions()]);
  if (!metric || !editing) notFound();
  const sourceOptions = sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher ?? 'publisher not recorded'})` }));
  return (
    <>
      <p className="eyebrow">Figures</p>
      <h1>{metric.name}</h1>
      {query.saved ? (
        <p className="notice notice--success" role="status">
          Metric saved.
        </p>
      ) : null}
      <p className="muted">
        Unit: {metric.unit}
        {metric.unitLabel ? ` (in a sentence: ${metric.unitLabel})` : ''}
      </p>
      <table className="table">
        <caption className="visually-hidden">Recorded figures</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">Preferred</th>
          </tr>
        </thead>
        <tbody>
          {metric.observations.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.period}</th>
              <td>
                {formatQualifiedValue(o.value, metric.unit, o.qualifier, undefined, { unitLabel: metric.unitLabel })}
                {o.derived ? ' (derived)' : ''}
              </td>
              <td>{o.sourcePublisher ?? 'not recorded'}</td>
              <td>
                {o.preferred ? (
                  <strong>✓ Preferred</strong>
                ) : (
                  <PreferButton observationId={o.id} label={`Make the ${o.period} figure from ${o.sourcePublisher ?? o.sourceTitle} preferred`} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="section card" aria-labelledby="add-title">
        <h2 id="add-title">Add a figure</h2>
        <ObservationForm metricId={metric.id} sources={sourceOptions} />
      </section>
      <section className="section card" aria-labelledby="metric-title">
        <h2 id="metric-title">Name, unit and translations</h2>
        <MetricForm initial={editing} />
      </section>
      <section className="section card" aria-labelledby="import-title">
        <h2 id="import-title">Import figures from CSV</h2>
        <p className="small">
          Source slugs: {sources.map((s) => s.slug).join(', ')}. The import is all-or-nothing: one bad row and nothing is written.
        </p>
        <CsvImportForm metricId={metric.id} />
      </section>
    </>
  );
}
