import { listMetrics, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { todayIso } from '@/lib/clock';
import { CommitmentForm } from '@/components/editor/commitment-form';

export default async function NewCommitmentPage() {
  await requireEditorPage({ path: '/editor/commitments/new' });
  const [sources, metrics] = await Promise.all([listSourceOptions(), listMetrics()]);
  return (
    <>
      <h1>New commitment</h1>
      <div className="card">
        <CommitmentForm
          initial={{ kind: 'project', announcedOn: todayIso() }}
          sources={sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher ?? 'publisher not recorded'})` }))}
          metrics={metrics.map((m) => ({ value: String(m.id), label: `${m.name} (${m.unit})` }))}
        />
      </div>
    </>
  );
}
