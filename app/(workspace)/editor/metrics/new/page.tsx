import { requireEditorPage } from '@/lib/server/guard';
import { MetricForm } from '@/components/editor/metric-form';

export default async function NewMetricPage() {
  await requireEditorPage({ path: '/editor/metrics/new' });
  return (
    <>
      <p className="eyebrow">Figures</p>
      <h1>New metric</h1>
      <div className="card">
        <MetricForm initial={{}} />
      </div>
    </>
  );
}
