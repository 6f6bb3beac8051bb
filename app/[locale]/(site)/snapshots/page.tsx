import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { listSnapshots } from '@/db/queries';
import { formatDate } from '@/lib/format';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const metadata: Metadata = { title: 'Snapshots', description: 'Every PDF snapshot of the dashboard, kept forever.' };
export const dynamic = 'force-dynamic';

export default async function SnapshotsPage({ params }: { params: LocaleParams }) {
  await resolvePageLocale(params);
  const rows = await listSnapshots();
  return (
    <>
      <h1>Snapshots</h1>
      <p className="lede">
        A PDF of the whole dashboard is made on a schedule and kept forever, so anyone can see what the tracker said on a given date. The
        sha256 lets you check that a copy you were sent is unaltered.
      </p>
      {rows.length === 0 ? (
        <p className="muted">No snapshot has been made yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">All snapshots, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date (UTC)</th>
              <th scope="col">What changed</th>
              <th scope="col">Size</th>
              <th scope="col">sha256</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link href={`/snapshots/${s.id}`} prefetch={false}>
                    {formatDate(s.createdAt.slice(0, 10))}, {s.createdAt.slice(11, 16)}
                  </Link>
                  <span className="report__kind">
                    #{s.id} · {s.trigger} · {s.locale}
                  </span>
                </th>
                <td>{s.summary}</td>
                <td>{(s.sizeBytes / 1024).toFixed(0)} KiB</td>
                <td>
                  <code className="hash">{s.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
