import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCommitmentBySlug, getCommitmentForEditing, getSuggestionForEditor, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { STAGES, STAGE_LABELS, VERDICT_LABELS } from '@/lib/domain';
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
  const sourceOptions = sources.map((s) => ({
    value: String(s.id),
    label: `${s.title} (${s.publisher ?? 'publisher not recorded'}, ${s.publishedOn})`,
  }));
  const entries = detail.updates.map((u) => ({
    value: String(u.id),
    label: `${formatDate(u.asOf)} · ${u.entryType === 'review' ? 'Review' : VERDICT_LABELS[u.verdict]}${u.stage ? ` · ${STAGE_LABELS[u.stage]}` : ''} (logged ${formatDate(u.createdAt.slice(0, 10))})`,
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
      <p className="eyebrow">Editing</p>
      <h1>{row.title}</h1>
      {query.saved ? (
        <p className="notice notice--success" role="status">
          Commitment saved.
        </p>
      ) : null}
      <p>
        <Link href={`/commitments/${row.slug}`}>Public page</Link> · <Link href={`/editor/commitments/${row.slug}/edit`}>Edit details</Link> ·{' '}
        <Link href={`/editor/commitments/${row.slug}/translations`}>Translations</Link> · version {row.version}
      </p>
      <section className="section card" aria-labelledby="log-title">
        <h2 id="log-title">{corrects ? 'Correct an entry' : 'Log a status update'}</h2>
        <StatusUpdateForm
          key={corrects ?? (suggestionId !== null ? `suggestion-${suggestionId}` : 'new')}
          commitmentId={row.id}
          version={row.version}
          isTarget={row.kind === 'target'}
          stages={row.kind === 'target' ? [] : STAGES[row.kind]}
          currentStage={detail.currentStage}
          currentVerdict={VERDICT_LABELS[detail.currentVerdict]}
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
        <h2 id="revision-title">Record a revision of the {row.kind === 'target' ? 'target, deadline or baseline' : 'deadline'}</h2>
        <p className="small muted">
          When leaders raise, lower or reschedule a commitment. The original terms stay visible; a revision dated in the future takes effect on its
          date.
        </p>
        <TargetRevisionForm commitmentId={row.id} version={row.version} isTarget={row.kind === 'target'} sources={sourceOptions} />
      </section>
      {row.kind !== 'target' ? (
        <section className="section card" aria-labelledby="planned-title">
          <h2 id="planned-title">Record a planned completion date</h2>
          <p className="small muted">
            When a builder, ministry or leader says when it will be finished. Each statement is kept; a later date than before marks the commitment
            delayed.{' '}
            {detail.planned.length > 0
              ? `On record: ${detail.planned.map((p) => `${formatDate(p.plannedOn)} (stated ${formatDate(p.statedOn)})`).join('; ')}.`
              : 'None on record yet.'}
          </p>
          <PlannedDateForm commitmentId={row.id} version={row.version} sources={sourceOptions} today={asOf} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">Log</h2>
        <UpdateTimeline
          updates={detail.updates}
          unit={detail.target?.metric.unit ?? null}
          correctHref={(id) => `/editor/commitments/${row.slug}?corrects=${id}#log-title`}
        />
      </section>
    </>
  );
}
