import Link from 'next/link';
import { listSuggestionsForEditor, type SuggestionRow } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatDate } from '@/lib/format';
import { fileTypeLabel } from '@/lib/file-sniff';
import { shortDigest } from '@/lib/archive-status';
import { PurgeSuggestionForm, RejectSuggestionForm } from '@/components/editor/suggestion-forms';

export const metadata = { title: 'Suggestions' };

const LANGUAGES: Record<string, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh' };
const when = (iso: string) => `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;

/**
 * Readers' suggestions, oldest pending first. An editor accepts one into a prefilled status
 * update (nothing is published before that save) or rejects it with a reason. Senders' names
 * and emails are shown here only; an admin can erase them.
 */
export default async function SuggestionsPage() {
  const user = await requireEditorPage({ path: '/editor/suggestions' });
  const [pending, decided] = await Promise.all([
    listSuggestionsForEditor({ states: ['pending'] }),
    listSuggestionsForEditor({ states: ['accepted', 'rejected'], limit: 50 }),
  ]);
  const isAdmin = user.role === 'admin';
  return (
    <>
      <h1>Suggestions from readers</h1>
      <p>
        Sent with the “Suggest an update” form on each commitment’s page. Nothing here is public: accepting one opens a status update prefilled with
        it, for you to check against a source, complete and save; rejecting one keeps your reason with it.
      </p>
      <section className="section" aria-labelledby="pending-title">
        <h2 id="pending-title">Waiting for an editor ({pending.length})</h2>
        {pending.length === 0 ? <p className="muted">No suggestion is waiting.</p> : null}
        {pending.map((s) => (
          <SuggestionCard key={s.id} s={s} isAdmin={isAdmin} />
        ))}
      </section>
      <section className="section" aria-labelledby="decided-title">
        <h2 id="decided-title">Decided lately</h2>
        {decided.length === 0 ? <p className="muted">None yet.</p> : null}
        {decided.map((s) => (
          <SuggestionCard key={s.id} s={s} isAdmin={isAdmin} />
        ))}
      </section>
    </>
  );
}

function SuggestionCard({ s, isAdmin }: { s: SuggestionRow; isAdmin: boolean }) {
  return (
    <article className="card suggestion" aria-labelledby={`suggestion-${s.id}`}>
      <h3 id={`suggestion-${s.id}`} className="subhead">
        #{s.id} · <Link href={`/editor/commitments/${s.commitmentSlug}`}>{s.commitmentTitle}</Link>
      </h3>
      <p className="small muted">
        Sent {when(s.createdAt)} · in {LANGUAGES[s.locale] ?? s.locale}
        {s.purgedAt ? ` · personal data erased ${formatDate(s.purgedAt.slice(0, 10))}` : ''}
      </p>
      <blockquote className="suggestion__body">{s.body}</blockquote>
      <dl className="facts facts--inline">
        {s.link ? (
          <div>
            <dt>Link</dt>
            <dd className="wrap-anywhere">
              <a href={s.link} rel="noopener noreferrer nofollow">
                {s.link}
              </a>
            </dd>
          </div>
        ) : null}
        {s.fileName && s.fileType && s.fileSha256 ? (
          <div>
            <dt>File</dt>
            <dd>
              <a href={`/editor/suggestions/${s.id}/file`}>{s.fileName}</a> ({fileTypeLabel(s.fileType)}) · sha256 {shortDigest(s.fileSha256)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>From</dt>
          <dd>
            {s.name ?? 'no name given'}
            {s.email ? (
              <>
                {' '}
                · <a href={`mailto:${s.email}`}>{s.email}</a> (for a reply only; never published)
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      {s.state === 'pending' ? (
        <div className="suggestion__actions">
          <Link className="button" href={`/editor/commitments/${s.commitmentSlug}?suggestion=${s.id}#log-title`}>
            Accept into a status update…
          </Link>
          <RejectSuggestionForm id={s.id} />
        </div>
      ) : s.state === 'accepted' ? (
        <p className="notice notice--success">
          Accepted {s.decidedAt ? when(s.decidedAt) : ''} by {s.decidedByName ?? 'an editor'}:{' '}
          <Link href={`/commitments/${s.commitmentSlug}#update-${s.statusUpdateId}`}>the published entry</Link>.
        </p>
      ) : (
        <p className="notice">
          Rejected {s.decidedAt ? when(s.decidedAt) : ''} by {s.decidedByName ?? 'an editor'}: {s.rejectReason}
        </p>
      )}
      {isAdmin && !s.purgedAt && (s.name || s.email || s.fileName) ? <PurgeSuggestionForm id={s.id} /> : null}
    </article>
  );
}
