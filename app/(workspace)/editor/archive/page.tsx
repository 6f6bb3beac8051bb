import type { Metadata } from 'next';
import { listArchivesForEditor } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { shortDigest } from '@/lib/archive-status';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';
import { INTL_TAGS } from '@/i18n/routing';
import { RecheckArchiveForm } from '@/components/editor/recheck-archive';

export async function generateMetadata(): Promise<Metadata> {
  const t = await workspaceT('workspaceAdmin');
  return { title: t('archive.title') };
}

const when = (iso: string | null, tag: string) => (iso ? `${formatDate(iso.slice(0, 10), tag)} ${iso.slice(11, 16)} UTC` : '—');

/**
 * Every address the tracker cites, with what the archive holds of it: problems first (links
 * that died, fetches that failed), so an editor sees which evidence needs a new source.
 */
export default async function EditorArchivePage() {
  await requireEditorPage({ path: '/editor/archive' });
  const [rows, t, locale] = await Promise.all([listArchivesForEditor(), workspaceT('workspaceAdmin'), workspaceLocale()]);
  const tag = INTL_TAGS[locale];
  const settings = env();
  const dead = rows.filter((r) => r.deadSince !== null).length;
  const failed = rows.filter((r) => r.state === 'failed').length;
  return (
    <>
      <h1>{t('archive.title')}</h1>
      <p>
        {t('archive.intro', { digest: 'sha256', days: settings.LINK_CHECK_DAYS })}{' '}
        {settings.EVIDENCE_ARCHIVE === 'off' ? <strong>{t('archive.off', { setting: 'EVIDENCE_ARCHIVE=off' })}</strong> : null}
      </p>
      <p className="small muted">{t('archive.counts', { total: rows.length, dead, failed })}</p>
      <table className="table">
        <caption className="visually-hidden">{t('archive.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('archive.columns.address')}</th>
            <th scope="col">{t('archive.columns.state')}</th>
            <th scope="col">{t('archive.columns.lastTry')}</th>
            <th scope="col">{t('archive.columns.next')}</th>
            <th scope="col">{t('archive.columns.action')}</th>
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
                    <a href={`/archive/${r.id}`}>{t('archive.archived', { date: formatDate(r.fetchedAt?.slice(0, 10), tag) })}</a> · sha256{' '}
                    {shortDigest(r.sha256 ?? '')}
                    {r.truncated ? t('archive.cut') : ''}
                    {r.deadSince ? (
                      <strong className="archive-note__dead">
                        {t('archive.dead', { date: formatDate(r.deadSince.slice(0, 10), tag), reason: r.checkFailure ?? '' })}
                      </strong>
                    ) : null}
                  </>
                ) : r.state === 'failed' ? (
                  <span className="archive-note--failed">
                    {t('archive.failed', { failure: `${r.failure ?? ''}${r.httpStatus ? ` ${r.httpStatus}` : ''}`, attempts: r.attempts })}
                    {r.failureDetail ? <span className="small muted"> ({r.failureDetail})</span> : null}
                  </span>
                ) : (
                  t('archive.queued')
                )}
              </td>
              <td>{when(r.checkedAt, tag)}</td>
              <td>{r.nextAttemptAt ? when(r.nextAttemptAt, tag) : t('archive.never')}</td>
              <td>{r.nextAttemptAt ? <RecheckArchiveForm id={r.id} url={r.url} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
