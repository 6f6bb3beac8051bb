import { getTranslations } from 'next-intl/server';
import { renderLocale } from '@/i18n/server';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import type { ArchiveFailureReason, ArchiveView } from '@/lib/archive-status';
import { shortDigest } from '@/lib/archive-status';
import type { EvidenceFileRef } from '@/db/queries';
import { fileTypeLabel } from '@/lib/file-sniff';
import { formatBytes, formatDate } from '@/lib/format';

// ICU select keys are plain words: the reasons' hyphens would not parse.
const MESSAGE_KEY: Record<ArchiveFailureReason, string> = {
  unreachable: 'unreachable',
  'http-error': 'httpError',
  refused: 'refused',
  'not-a-page': 'notAPage',
  redirects: 'redirects',
};

/**
 * What the archive holds of one evidence address, said beside the link: a copy with its date
 * and digest (and, once the link has died, a pointer to the copy), or why there is none.
 * Never colour alone: each state is a sentence.
 */
export async function ArchiveNote({ view, locale: forced }: { view: ArchiveView | null; locale?: Locale }) {
  if (!view) return null;
  const locale = await renderLocale(forced);
  const t = await getTranslations({ locale, namespace: 'archive' });
  const tag = INTL_TAGS[locale];
  if (view.kind === 'pending') return <span className="archive-note muted">{t('pending')}</span>;
  if (view.kind === 'failed') {
    return (
      <span className="archive-note archive-note--failed">
        {t('failed', {
          reason: MESSAGE_KEY[view.reason],
          status: view.status === null ? 'none' : String(view.status),
          retry: view.willRetry ? 'yes' : 'no',
        })}
      </span>
    );
  }
  const href = `/archive/${view.id}`;
  return (
    <span className="archive-note">
      {view.deadSince ? (
        <strong className="archive-note__dead">
          {t.rich('dead', {
            date: formatDate(view.deadSince, tag),
            copy: (chunks) => <a href={href}>{chunks}</a>,
          })}{' '}
        </strong>
      ) : null}
      <a href={href} title={view.sha256}>
        {t('archived', { date: formatDate(view.on, tag), digest: shortDigest(view.sha256) })}
      </a>
      {view.truncated ? <> {t('cut', { size: formatBytes(view.byteLength, tag) })}</> : null}
    </span>
  );
}

/** A file an editor attached as evidence: its name, type, size and digest, linked to our copy. */
export async function EvidenceFileNote({ file, locale: forced }: { file: EvidenceFileRef; locale?: Locale }) {
  const locale = await renderLocale(forced);
  const t = await getTranslations({ locale, namespace: 'archive' });
  const tag = INTL_TAGS[locale];
  return (
    <>
      {t.rich('file', {
        name: file.name,
        type: fileTypeLabel(file.contentType),
        size: formatBytes(file.byteLength, tag),
        digest: shortDigest(file.sha256),
        link: (chunks) => (
          <a href={`/files/${file.id}`} title={file.sha256}>
            {chunks}
          </a>
        ),
      })}
    </>
  );
}
