import { notFound } from 'next/navigation';
import { getMetricBySlug, getMetricForEditing, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatQualifiedValue } from '@/lib/format';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';
import { INTL_TAGS } from '@/i18n/routing';
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
  const [t, locale] = await Promise.all([workspaceT('workspacePages'), workspaceLocale()]);
  const sourceOptions = sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher ?? t('shared.publisherNotRecorded')})` }));
  return (
    <>
      <p className="eyebrow">{t('shared.figures')}</p>
      <h1>{metric.name}</h1>
      {query.saved ? (
        <p className="notice notice--success" role="status">
          {t('metric.saved')}
        </p>
      ) : null}
      <p className="muted">
        {t('metric.unit', { unit: metric.unit })}
        {metric.unitLabel ? ` ${t('metric.unitInSentence', { label: metric.unitLabel })}` : ''}
      </p>
      <table className="table">
        <caption className="visually-hidden">{t('metric.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('metric.columns.period')}</th>
            <th scope="col">{t('metric.columns.value')}</th>
            <th scope="col">{t('metric.columns.source')}</th>
            <th scope="col">{t('metric.columns.preferred')}</th>
          </tr>
        </thead>
        <tbody>
          {metric.observations.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.period}</th>
              <td>
                {formatQualifiedValue(o.value, metric.unit, o.qualifier, INTL_TAGS[locale], { unitLabel: metric.unitLabel })}
                {o.derived ? ` ${t('metric.derived')}` : ''}
              </td>
              <td>{o.sourcePublisher ?? t('metric.notRecorded')}</td>
              <td>
                {o.preferred ? (
                  <strong>{t('metric.isPreferred')}</strong>
                ) : (
                  <PreferButton
                    observationId={o.id}
                    label={t('metric.makePreferred', { period: o.period, source: o.sourcePublisher ?? o.sourceTitle })}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="section card" aria-labelledby="add-title">
        <h2 id="add-title">{t('metric.addTitle')}</h2>
        <ObservationForm metricId={metric.id} sources={sourceOptions} />
      </section>
      <section className="section card" aria-labelledby="metric-title">
        <h2 id="metric-title">{t('metric.metricTitle')}</h2>
        <MetricForm initial={editing} />
      </section>
      <section className="section card" aria-labelledby="import-title">
        <h2 id="import-title">{t('metric.importTitle')}</h2>
        <p className="small">{t('metric.importHelp', { slugs: sources.map((s) => s.slug).join(', ') })}</p>
        <CsvImportForm metricId={metric.id} />
      </section>
    </>
  );
}
