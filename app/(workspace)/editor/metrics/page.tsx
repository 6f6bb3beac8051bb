import Link from 'next/link';
import { listMetrics } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';

export default async function EditorMetricsPage() {
  await requireEditorPage({ path: '/editor/metrics' });
  const [rows, t] = await Promise.all([listMetrics(), workspaceT('workspacePages')]);
  return (
    <>
      <h1>{t('shared.figures')}</h1>
      <p className="lede">{t('metrics.lede')}</p>
      <p>
        <Link href="/editor/metrics/new" className="button button--secondary">
          {t('metrics.newMetric')}
        </Link>
      </p>
      <ul className="plain-list">
        {rows.map((m) => (
          <li key={m.id}>
            <Link href={`/editor/metrics/${m.slug}`}>{m.name}</Link>{' '}
            <span className="small muted">
              · {m.unit} · {t('metrics.count', { count: m.observations })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
