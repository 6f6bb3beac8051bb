import { notFound } from 'next/navigation';
import { getSourceForEditing } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { SourceForm } from '@/components/editor/source-form';

export default async function EditSourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireEditorPage({ path: `/editor/sources/${slug}/edit` });
  const source = await getSourceForEditing({ slug });
  if (!source) notFound();
  return (
    <>
      <h1>Edit source</h1>
      <div className="card">
        <SourceForm initial={source} />
      </div>
    </>
  );
}
