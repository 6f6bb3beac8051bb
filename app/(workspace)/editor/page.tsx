import Link from 'next/link';
import { listCommitmentsForEditor } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { CATEGORY_LABELS, KIND_LABELS } from '@/lib/domain';
import { formatDate } from '@/lib/format';
import { VerdictBadge } from '@/components/ui/status-badge';

export default async function EditorHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireEditorPage({ path: '/editor' });
  const params = await searchParams;
  const rows = await listCommitmentsForEditor();
  return (
    <>
      <h1>Editor workspace</h1>
      {params['password-changed'] ? (
        <p className="notice notice--success" role="status">
          Your password has been changed.
        </p>
      ) : null}
      <p>
        <Link href="/editor/commitments/new" className="button">
          New commitment
        </Link>
      </p>
      <table className="table">
        <caption className="visually-hidden">Commitments to maintain</caption>
        <thead>
          <tr>
            <th scope="col">Commitment</th>
            <th scope="col">Category · kind</th>
            <th scope="col">Verdict</th>
            <th scope="col">Last update</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={`/editor/commitments/${c.slug}`}>{c.title}</Link>
              </th>
              <td>
                {CATEGORY_LABELS[c.category]} · {KIND_LABELS[c.kind]}
              </td>
              <td>
                <VerdictBadge verdict={c.currentVerdict} />
              </td>
              <td>{formatDate(c.lastUpdateOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
