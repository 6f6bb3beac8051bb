import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCommitmentBySlug, getCommitmentForEditing, getSuggestionForEditor, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { STAGES } from '@/lib/domain';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import { todayIso } from '@/lib/clock';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { StatusUpdateForm } from '@/components/editor/status-update-form';
import { PlannedDateForm, TargetRevisionForm } from '@/components/editor/small-forms';
import { UpdateTimeline } from '@/components/commitments/update-timeline';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EditCommitmentLog({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  await requireEditorPage({ path: `/editor/commitments/${slug}` });
  const asOf = todayIso();
  const [row, detail, sources] = await Promise.all([getCommitmentForEditing({ slug }), getCommitmentBySlug({ slug, asOf }), listSourceOptions()]);
  if (!row || !detail) notFound();
  const [t, locale] = await Promise.all([workspaceT('workspacePages'), workspaceLocale()]);
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const sourceOptions = sources.map((s) => ({
    value: String(s.id),
    label: `${s.title} (${s.publisher ?? t('shared.publisherNotRecorded')}, ${s.publishedOn})`,
  }));
  const entries = detail.updates.map((u) => ({
    value: String(u.id),
    label: t('commitmentLog.entryLabel', {
      date: formatDate(u.asOf, tag),
      entry: `${u.entryType === 'review' ? t('commitmentLog.review') : labels.verdict[u.verdict]}${u.stage ? ` · ${labels.stage[u.stage]}` : ''}`,
      logged: formatDate(u.createdAt.slice(0, 10), tag),
    }),
  }));
  const corrects = query.corrects && entries.some((e) => e.value === query.corrects) ? query.corrects : null;
  // Accepting a reader's suggestion from the queue: prefill the form with it, if it is still pending and about this commitment.
  const suggestionId = /^\d{1,12}$/.test(query.suggestion ?? '') ? Number(query.suggestion) : null;
  const found = suggestionId !== null ? await getSuggestionForEditor({ id: suggestionId }) : null;
  const suggestion =
    found && found.state === 'pending' && found.commitmentId === row.id
      ? { id: found.id, body: found.body, link: found.link, hasFile: found.fileName !== null }
      : null;
  return (
    <>
      <p className="eyebrow">{t('shared.editing')}</p>
      <h1>{row.title}</h1>
      {query.saved ? (
        <p className="notice notice--success" role="status">
          {t('commitmentLog.saved')}
        </p>
      ) : null}
      <p>
        <Link href={`/commitments/${row.slug}`}>{t('commitmentLog.publicPage')}</Link> ·{' '}
        <Link href={`/editor/commitments/${row.slug}/edit`}>{t('shared.editDetails')}</Link> ·{' '}
        <Link href={`/editor/commitments/${row.slug}/translations`}>{t('commitmentLog.translations')}</Link> ·{' '}
        {t('shared.version', { version: row.version })}
      </p>
      <section className="section card" aria-labelledby="log-title">
        <h2 id="log-title">{corrects ? t('commitmentLog.correctTitle') : t('commitmentLog.logTitle')}</h2>
        <StatusUpdateForm
          key={corrects ?? (suggestionId !== null ? `suggestion-${suggestionId}` : 'new')}
          commitmentId={row.id}
          version={row.version}
          isTarget={row.kind === 'target'}
          stages={row.kind === 'target' ? [] : STAGES[row.kind]}
          currentStage={detail.currentStage}
          currentVerdict={labels.verdict[detail.currentVerdict]}
          sources={sourceOptions}
          entries={entries}
          corrects={corrects}
          correctedStage={corrects ? (detail.updates.find((u) => String(u.id) === corrects)?.stage ?? null) : null}
          today={asOf}
          maxFileMb={env().EVIDENCE_FILE_MAX_MB}
          suggestion={suggestion}
        />
      </section>
      <section className="section card" aria-labelledby="revision-title">
        <h2 id="revision-title">{row.kind === 'target' ? t('commitmentLog.revisionTitleTarget') : t('commitmentLog.revisionTitleDeadline')}</h2>
        <p className="small muted">{t('commitmentLog.revisionHelp')}</p>
        <TargetRevisionForm commitmentId={row.id} version={row.version} isTarget={row.kind === 'target'} sources={sourceOptions} />
      </section>
      {row.kind !== 'target' ? (
        <section className="section card" aria-labelledby="planned-title">
          <h2 id="planned-title">{t('commitmentLog.plannedTitle')}</h2>
          <p className="small muted">
            {t('commitmentLog.plannedHelp')}{' '}
            {detail.planned.length > 0
              ? t('commitmentLog.plannedOnRecord', {
                  list: detail.planned
                    .map((p) => t('commitmentLog.plannedItem', { planned: formatDate(p.plannedOn, tag), stated: formatDate(p.statedOn, tag) }))
                    .join('; '),
                })
              : t('commitmentLog.plannedNone')}
          </p>
          <PlannedDateForm commitmentId={row.id} version={row.version} sources={sourceOptions} today={asOf} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">{t('commitmentLog.historyTitle')}</h2>
        <UpdateTimeline
          updates={detail.updates}
          unit={detail.target?.metric.unit ?? null}
          correctHref={(id) => `/editor/commitments/${row.slug}?corrects=${id}#log-title`}
          locale={locale}
        />
      </section>
    </>
  );
}
