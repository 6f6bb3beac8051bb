import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { SourceForm } from '@/components/editor/source-form';

export default async function NewSourcePage() {
  await requireEditorPage({ path: '/editor/sources/new' });
  const t = await workspaceT('workspacePages');
  return (
    <>
      <h1>{t('sourceNew.title')}</h1>
      <div className="card">
        <SourceForm initial={{}} />
      </div>
    </>
  );
}
