import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { MetricForm } from '@/components/editor/metric-form';

export default async function NewMetricPage() {
  await requireEditorPage({ path: '/editor/metrics/new' });
  const t = await workspaceT('workspacePages');
  return (
    <>
      <p className="eyebrow">{t('shared.figures')}</p>
      <h1>{t('metricNew.title')}</h1>
      <div className="card">
        <MetricForm initial={{}} />
      </div>
    </>
  );
}
