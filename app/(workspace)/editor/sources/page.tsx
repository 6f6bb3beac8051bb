import Link from 'next/link';
import { listSources } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatDate } from '@/lib/format';

export default async function EditorSourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireEditorPage({ path: '/editor/sources' });
  const [rows, params] = await Promise.all([listSources(), searchParams]);
  return (
    <>
      <h1>Sources</h1>
      {params.saved ? (
        <p className="notice notice--success" role="status">
          Source saved.
        </p>
      ) : null}
      <p>
        <Link href="/editor/sources/new" className="button">
          New source
        </Link>
      </p>
      <ul className="plain-list">
        {rows.map((s) => (
          <li key={s.id}>
            <Link href={`/editor/sources/${s.slug}/edit`}>{s.title}</Link>{' '}
            <span className="small muted">
              · {s.publisher ?? 'publisher not recorded'} · {formatDate(s.publishedOn)} · slug {s.slug}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
