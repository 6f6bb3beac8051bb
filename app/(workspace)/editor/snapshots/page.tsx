import Link from 'next/link';
import { requireEditorPage } from '@/lib/server/guard';
import { env } from '@/lib/env';
import { SnapshotNowForm } from '@/components/editor/snapshot-now';

export default async function EditorSnapshotsPage() {
  await requireEditorPage({ path: '/editor/snapshots', admin: true });
  const schedule = env().SNAPSHOT_SCHEDULE;
  return (
    <>
      <h1>Snapshots</h1>
      <p>
        Schedule: <code>{schedule}</code> (cron, UTC{schedule === 'off' ? '; scheduled snapshots are off' : ''}). Every snapshot is listed publicly in
        the <Link href="/snapshots">archive</Link> and kept forever.
      </p>
      <SnapshotNowForm />
    </>
  );
}
