import { listMetrics, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { todayIso } from '@/lib/clock';
import { CommitmentForm } from '@/components/editor/commitment-form';

export default async function NewCommitmentPage() {
  await requireEditorPage({ path: '/editor/commitments/new' });
  const [sources, metrics, t] = await Promise.all([listSourceOptions(), listMetrics(), workspaceT('workspacePages')]);
  return (
    <>
      <h1>{t('commitmentNew.title')}</h1>
      <div className="card">
        <CommitmentForm
          initial={{ kind: 'project', announcedOn: todayIso() }}
          sources={sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher ?? t('shared.publisherNotRecorded')})` }))}
          metrics={metrics.map((m) => ({ value: String(m.id), label: `${m.name} (${m.unit})` }))}
        />
      </div>
    </>
  );
}
