import { notFound } from 'next/navigation';
import { getCommitmentForEditing, listMetrics, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { CommitmentForm } from '@/components/editor/commitment-form';

export default async function EditCommitmentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireEditorPage({ path: `/editor/commitments/${slug}/edit` });
  const [row, sources, metrics] = await Promise.all([getCommitmentForEditing({ slug }), listSourceOptions(), listMetrics()]);
  if (!row) notFound();
  const t = await workspaceT('workspacePages');
  return (
    <>
      <h1>{t('commitmentEdit.title', { title: row.title })}</h1>
      <div className="card">
        <CommitmentForm
          initial={row}
          sources={sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher ?? t('shared.publisherNotRecorded')})` }))}
          metrics={metrics.map((m) => ({ value: String(m.id), label: `${m.name} (${m.unit})` }))}
        />
      </div>
    </>
  );
}
