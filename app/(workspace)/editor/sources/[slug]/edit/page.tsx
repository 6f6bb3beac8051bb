import { notFound } from 'next/navigation';
import { getSourceForEditing } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { SourceForm } from '@/components/editor/source-form';

export default async function EditSourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireEditorPage({ path: `/editor/sources/${slug}/edit` });
  const source = await getSourceForEditing({ slug });
  if (!source) notFound();
  const t = await workspaceT('workspacePages');
  return (
    <>
      <h1>{t('sourceEdit.title')}</h1>
      <div className="card">
        <SourceForm initial={source} />
      </div>
    </>
  );
}
