import { listArchivesForEditor } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { shortDigest } from '@/lib/archive-status';
import { RecheckArchiveForm } from '@/components/editor/recheck-archive';

export const metadata = { title: 'Evidence archive' };

const when = (iso: string | null) => (iso ? `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC` : '—');

/**
 * Every address the tracker cites, with what the archive holds of it: problems first (links
 * that died, fetches that failed), so an editor sees which evidence needs a new source.
 */
export default async function EditorArchivePage() {
  await requireEditorPage({ path: '/editor/archive' });
  const rows = await listArchivesForEditor();
  const settings = env();
  const dead = rows.filter((r) => r.deadSince !== null).length;
  const failed = rows.filter((r) => r.state === 'failed').length;
  return (
    <>
      <h1>Evidence archive</h1>
      <p>
        Each link saved with an update, a figure or a source is fetched in the background and kept with its sha256; archived links are checked every{' '}
        {settings.LINK_CHECK_DAYS} days.{' '}
        {settings.EVIDENCE_ARCHIVE === 'off' ? (
          <strong>The archive is off on this server (EVIDENCE_ARCHIVE=off): links are queued, not fetched.</strong>
        ) : null}
      </p>
      <p className="small muted">
        {rows.length} addresses · {dead} no longer answering · {failed} not archived
      </p>
      <table className="table">
        <caption className="visually-hidden">Archived addresses, problems first</caption>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">State</th>
            <th scope="col">Last try</th>
            <th scope="col">Next</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="wrap-anywhere">
                <a href={r.url} rel="noopener noreferrer nofollow">
                  {r.url}
                </a>
              </th>
              <td>
                {r.state === 'archived' ? (
                  <>
                    <a href={`/archive/${r.id}`}>Archived {formatDate(r.fetchedAt?.slice(0, 10))}</a> · sha256 {shortDigest(r.sha256 ?? '')}
                    {r.truncated ? ' · cut at the size cap' : ''}
                    {r.deadSince ? (
                      <strong className="archive-note__dead">
                        No longer answering since {formatDate(r.deadSince.slice(0, 10))} ({r.checkFailure})
                      </strong>
                    ) : null}
                  </>
                ) : r.state === 'failed' ? (
                  <span className="archive-note--failed">
                    Not archived: {r.failure}
                    {r.httpStatus ? ` ${r.httpStatus}` : ''} after {r.attempts} {r.attempts === 1 ? 'try' : 'tries'}
                    {r.failureDetail ? <span className="small muted"> ({r.failureDetail})</span> : null}
                  </span>
                ) : (
                  'Queued'
                )}
              </td>
              <td>{when(r.checkedAt)}</td>
              <td>{r.nextAttemptAt ? when(r.nextAttemptAt) : 'never (another try cannot change this)'}</td>
              <td>{r.nextAttemptAt ? <RecheckArchiveForm id={r.id} url={r.url} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
