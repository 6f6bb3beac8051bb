import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCommitmentBySlug, getCommitmentForEditing, listSourceOptions } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { STAGES, STAGE_LABELS, VERDICT_LABELS } from '@/lib/domain';
import { todayIso } from '@/lib/clock';
import { formatDate } from '@/lib/format';
import { StatusUpdateForm } from '@/components/editor/status-update-form';
import { TargetRevisionForm } from '@/components/editor/small-forms';
import { UpdateTimeline } from '@/components/commitments/update-timeline';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EditCommitmentLog({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  await requireEditorPage({ path: `/editor/commitments/${slug}` });
  const asOf = todayIso();
  const [row, detail, sources] = await Promise.all([getCommitmentForEditing({ slug }), getCommitmentBySlug({ slug, asOf }), listSourceOptions()]);
  if (!row || !detail) notFound();
  const sourceOptions = sources.map((s) => ({ value: String(s.id), label: `${s.title} (${s.publisher}, ${s.publishedOn})` }));
  const entries = detail.updates.map((u) => ({
    value: String(u.id),
    label: `${formatDate(u.asOf)} · ${VERDICT_LABELS[u.verdict]}${u.stage ? ` · ${STAGE_LABELS[u.stage]}` : ''}`,
  }));
  const corrects = query.corrects && entries.some((e) => e.value === query.corrects) ? query.corrects : null;
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
          key={corrects ?? 'new'}
          commitmentId={row.id}
          version={row.version}
          isTarget={row.kind === 'target'}
          stages={row.kind === 'target' ? [] : STAGES[row.kind]}
          sources={sourceOptions}
          entries={entries}
          corrects={corrects}
          today={asOf}
        />
      </section>
      <section className="section card" aria-labelledby="revision-title">
        <h2 id="revision-title">Record a revision of the {row.kind === 'target' ? 'target or deadline' : 'deadline'}</h2>
        <TargetRevisionForm commitmentId={row.id} version={row.version} isTarget={row.kind === 'target'} sources={sourceOptions} />
      </section>
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
