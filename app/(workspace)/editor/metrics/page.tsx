import Link from 'next/link';
import { listMetrics } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';

export default async function EditorMetricsPage() {
  await requireEditorPage({ path: '/editor/metrics' });
  const rows = await listMetrics();
  return (
    <>
      <h1>Figures</h1>
      <p className="lede">Each metric is a time series. Add figures one at a time or import a CSV file.</p>
      <p>
        <Link href="/editor/metrics/new" className="button button--secondary">
          New metric
        </Link>
      </p>
      <ul className="plain-list">
        {rows.map((m) => (
          <li key={m.id}>
            <Link href={`/editor/metrics/${m.slug}`}>{m.name}</Link>{' '}
            <span className="small muted">
              · {m.unit} · {m.observations} figures
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
