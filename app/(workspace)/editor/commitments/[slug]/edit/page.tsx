import { notFound } from 'next/navigation';
import { getCommitmentForEditing, listMetrics, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { CommitmentForm } from '@/components/editor/commitment-form';

export default async function EditCommitmentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireEditorPage({ path: `/editor/commitments/${slug}/edit` });
  const [row, sources, metrics] = await Promise.all([getCommitmentForEditing({ slug }), listSourceOptions(), listMetrics()]);
  if (!row) notFound();
  return (
    <>
      <h1>Edit “{row.title}”</h1>
      <div className="card">
        <CommitmentForm
          initial={row}
          sources={sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher ?? 'publisher not recorded'})` }))}
          metrics={metrics.map((m) => ({ value: String(m.id), label: `${m.name} (${m.unit})` }))}
        />
      </div>
    </>
  );
}
