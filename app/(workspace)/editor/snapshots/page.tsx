import Link from 'next/link';
import { requireEditorPage } from '@/lib/server/guard';
import { env } from '@/lib/env';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { SnapshotNowForm } from '@/components/editor/snapshot-now';

export default async function EditorSnapshotsPage() {
  await requireEditorPage({ path: '/editor/snapshots', admin: true });
  const t = await workspaceT('workspaceAdmin');
  const schedule = env().SNAPSHOT_SCHEDULE;
  return (
    <>
      <h1>{t('snapshots.title')}</h1>
      <p>
        {t.rich('snapshots.schedule', {
          schedule,
          format: 'cron',
          zone: 'UTC',
          off: schedule === 'off' ? 'yes' : 'no',
          code: (chunks) => <code>{chunks}</code>,
          link: (chunks) => <Link href="/snapshots">{chunks}</Link>,
        })}
      </p>
      <SnapshotNowForm />
    </>
  );
}
