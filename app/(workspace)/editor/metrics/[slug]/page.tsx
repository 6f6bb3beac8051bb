import { notFound } from 'next/navigation';
import { getMetricBySlug, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatQualifiedValue } from '@/lib/format';
import { CsvImportForm, ObservationForm, PreferButton } from '@/components/editor/small-forms';

export default async function EditorMetricPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireEditorPage({ path: `/editor/metrics/${slug}` });
  const [metric, sources] = await Promise.all([getMetricBySlug({ slug }), listSourceOptions()]);
  if (!metric) notFound();
  const sourceOptions = sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher})` }));
  return (
    <>
      <p className="eyebrow">Figures</p>
      <h1>{metric.name}</h1>
      <p className="muted">Unit: {metric.unit}</p>
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
                {formatQualifiedValue(o.value, metric.unit, o.qualifier)}
                {o.derived ? ' (derived)' : ''}
              </td>
              <td>{o.sourcePublisher}</td>
              <td>{o.preferred ? <strong>✓ Preferred</strong> : <PreferButton observationId={o.id} label={`Make the ${o.period} figure from ${o.sourcePublisher} preferred`} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="section card" aria-labelledby="add-title">
        <h2 id="add-title">Add a figure</h2>
        <ObservationForm metricId={metric.id} sources={sourceOptions} />
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
