import type { Metadata } from 'next';
import Link from 'next/link';
import { listSuggestionsForEditor, type SuggestionRow } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatDate } from '@/lib/format';
import { fileTypeLabel } from '@/lib/file-sniff';
import { shortDigest } from '@/lib/archive-status';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';
import { INTL_TAGS } from '@/i18n/routing';
import { PurgeSuggestionForm, RejectSuggestionForm } from '@/components/editor/suggestion-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await workspaceT('workspaceAdmin');
  return { title: t('suggestions.metaTitle') };
}

type Translate = Awaited<ReturnType<typeof workspaceT>>;

const when = (iso: string, tag: string) => `${formatDate(iso.slice(0, 10), tag)} ${iso.slice(11, 16)} UTC`;

/**
 * Readers' suggestions, oldest pending first. An editor accepts one into a prefilled status
 * update (nothing is published before that save) or rejects it with a reason. Senders' names
 * and emails are shown here only; an admin can erase them.
 */
export default async function SuggestionsPage() {
  const user = await requireEditorPage({ path: '/editor/suggestions' });
  const [pending, decided, t, locale] = await Promise.all([
    listSuggestionsForEditor({ states: ['pending'] }),
    listSuggestionsForEditor({ states: ['accepted', 'rejected'], limit: 50 }),
    workspaceT('workspaceAdmin'),
    workspaceLocale(),
  ]);
  const tag = INTL_TAGS[locale];
  const isAdmin = user.role === 'admin';
  return (
    <>
      <h1>{t('suggestions.title')}</h1>
      <p>{t('suggestions.intro')}</p>
      <section className="section" aria-labelledby="pending-title">
        <h2 id="pending-title">{t('suggestions.pending', { count: pending.length })}</h2>
        {pending.length === 0 ? <p className="muted">{t('suggestions.nonePending')}</p> : null}
        {pending.map((s) => (
          <SuggestionCard key={s.id} s={s} isAdmin={isAdmin} t={t} tag={tag} />
        ))}
      </section>
      <section className="section" aria-labelledby="decided-title">
        <h2 id="decided-title">{t('suggestions.decided')}</h2>
        {decided.length === 0 ? <p className="muted">{t('suggestions.noneDecided')}</p> : null}
        {decided.map((s) => (
          <SuggestionCard key={s.id} s={s} isAdmin={isAdmin} t={t} tag={tag} />
        ))}
      </section>
    </>
  );
}

function SuggestionCard({ s, isAdmin, t, tag }: { s: SuggestionRow; isAdmin: boolean; t: Translate; tag: string }) {
  const decider = s.decidedByName ?? t('suggestions.card.anEditor');
  const decidedWhen = s.decidedAt ? when(s.decidedAt, tag) : '';
  return (
    <article className="card suggestion" aria-labelledby={`suggestion-${s.id}`}>
      <h3 id={`suggestion-${s.id}`} className="subhead">
        #{s.id} · <Link href={`/editor/commitments/${s.commitmentSlug}`}>{s.commitmentTitle}</Link>
      </h3>
      <p className="small muted">
        {t('suggestions.card.sent', { when: when(s.createdAt, tag), language: s.locale })}
        {s.purgedAt ? t('suggestions.card.erased', { date: formatDate(s.purgedAt.slice(0, 10), tag) }) : ''}
      </p>
      <blockquote className="suggestion__body">{s.body}</blockquote>
      <dl className="facts facts--inline">
        {s.link ? (
          <div>
            <dt>{t('suggestions.card.link')}</dt>
            <dd className="wrap-anywhere">
              <a href={s.link} rel="noopener noreferrer nofollow">
                {s.link}
              </a>
            </dd>
          </div>
        ) : null}
        {s.fileName && s.fileType && s.fileSha256 ? (
          <div>
            <dt>{t('suggestions.card.file')}</dt>
            <dd>
              <a href={`/editor/suggestions/${s.id}/file`}>{s.fileName}</a> ({fileTypeLabel(s.fileType)}) · sha256 {shortDigest(s.fileSha256)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('suggestions.card.from')}</dt>
          <dd>
            {s.name ?? t('suggestions.card.noName')}
            {s.email ? (
              <>
                {' '}
                · <a href={`mailto:${s.email}`}>{s.email}</a> {t('suggestions.card.replyOnly')}
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      {s.state === 'pending' ? (
        <div className="suggestion__actions">
          <Link className="button" href={`/editor/commitments/${s.commitmentSlug}?suggestion=${s.id}#log-title`}>
            {t('suggestions.card.accept')}
          </Link>
          <RejectSuggestionForm id={s.id} />
        </div>
      ) : s.state === 'accepted' ? (
        <p className="notice notice--success">
          {t.rich('suggestions.card.accepted', {
            when: decidedWhen,
            name: decider,
            link: (chunks) => <Link href={`/commitments/${s.commitmentSlug}#update-${s.statusUpdateId}`}>{chunks}</Link>,
          })}
        </p>
      ) : (
        <p className="notice">{t('suggestions.card.rejected', { when: decidedWhen, name: decider, reason: s.rejectReason ?? '' })}</p>
      )}
      {isAdmin && !s.purgedAt && (s.name || s.email || s.fileName) ? <PurgeSuggestionForm id={s.id} /> : null}
    </article>
  );
}
