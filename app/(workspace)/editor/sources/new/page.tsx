import { requireEditorPage } from '@/lib/server/guard';
import { SourceForm } from '@/components/editor/source-form';

export default async function NewSourcePage() {
  await requireEditorPage({ path: '/editor/sources/new' });
  return (
    <>
      <h1>New source</h1>
      <div className="card">
        <SourceForm initial={{}} />
      </div>
    </>
  );
}
