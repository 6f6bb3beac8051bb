import { and, eq, sql } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { commitmentCountries, commitments, observations, statusUpdates, commitmentTranslations } from '../schema';
import { ANNOUNCED_TERMS, STAGES } from '../../lib/domain';
import { searchFold, titleSortKey, TRANSLATION_LOCALES, type TranslationLocale } from '../../lib/content-locale';
import { directionMessage } from '../../lib/validation';
import type { CommitmentInput, CommitmentTranslationsInput } from '../../lib/validation';
import { directionProblem } from '../../lib/progress';
import { tr } from '../../lib/server-text';
import { resolveBaseline } from '../../lib/revisions';
import { type Actor, InputError, type Tx, assertSource, audit, bumpCommitmentVersion } from './common';
import { assertMetric } from './figures';
import { recomputeCommitment } from './recompute';

// Commitments and their Russian and Kazakh texts.

const COMMITMENT_FIELDS = [
  'slug',
  'title',
  'summary',
  'category',
  'kind',
  'owner',
  'announcedOn',
  'sourceId',
  'quote',
  'deadlineText',
  'deadlineOn',
  'deadlineInterpreted',
  'deadlineNote',
  'metricId',
  'direction',
  'baselineValue',
  'baselineOn',
  'baselineNote',
  'baselinePeriod',
  'targetValue',
  'targetMultiple',
  'targetNote',
] as const;

/** A field's value before and after an edit, as kept in the audit log (and shown on the public record). */
export type FieldChange = { from: unknown; to: unknown };

function commitmentValues(input: CommitmentInput) {
  const isTarget = input.kind === 'target';
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    category: input.category,
    kind: input.kind,
    owner: input.owner,
    announcedOn: input.announcedOn,
    sourceId: input.sourceId,
    quote: input.quote,
    deadlineText: input.deadlineText ?? null,
    deadlineOn: input.deadlineOn ?? null,
    deadlineInterpreted: input.deadlineInterpreted,
    deadlineNote: input.deadlineNote ?? null,
    metricId: isTarget ? (input.metricId ?? null) : null,
    direction: isTarget ? (input.direction ?? 'up') : null,
    baselineValue: isTarget ? (input.baselineValue ?? null) : null,
    baselineOn: isTarget ? (input.baselineOn ?? null) : null,
    baselineNote: isTarget ? (input.baselineNote ?? null) : null,
    baselinePeriod: isTarget ? (input.baselinePeriod ?? null) : null,
    targetValue: isTarget ? (input.targetValue ?? null) : null,
    targetMultiple: isTarget ? (input.targetMultiple ?? null) : null,
    targetNote: isTarget ? (input.targetNote ?? null) : null,
  };
}

/** A target whose baseline is a figure of the series must still fit its direction once that figure is known. */
async function assertDirectionAgainstFigure(tx: Tx, input: CommitmentInput) {
  if (input.kind !== 'target' || input.baselinePeriod === undefined || input.metricId === undefined || input.targetValue === undefined) return;
  const figures = await tx
    .select({
      period: observations.period,
      periodEnd: observations.periodEnd,
      value: observations.value,
      preferred: observations.preferred,
      qualifier: observations.qualifier,
    })
    .from(observations)
    .where(eq(observations.metricId, input.metricId));
  const baseline = resolveBaseline({ baselineValue: null, baselineOn: null, baselinePeriod: input.baselinePeriod }, figures);
  if (!baseline) return;
  const problem = directionProblem(input.direction ?? 'up', baseline.value, input.targetValue);
  if (problem) throw new InputError({ targetValue: [directionMessage(problem, baseline.value)] });
}

export async function saveCommitment(db: Database, { input, actor }: { input: CommitmentInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    await assertSource(tx, input.sourceId);
    if (input.metricId !== undefined && input.kind === 'target') await assertMetric(tx, input.metricId);
    await assertDirectionAgainstFigure(tx, input);
    const [taken] = await tx.select({ id: commitments.id }).from(commitments).where(eq(commitments.slug, input.slug));
    if (taken && taken.id !== input.id) throw new InputError({ slug: [tr('Another commitment already uses this slug.')] });
    const values = commitmentValues(input);
    let id: number;
    let version: number;
    let changed: string[] = [];
    const changes: Record<string, FieldChange> = {};
    if (input.id === undefined) {
      const [inserted] = await tx.insert(commitments).values(values).returning({ id: commitments.id, version: commitments.version });
      id = inserted!.id;
      version = inserted!.version;
      changed = [...COMMITMENT_FIELDS];
      await tx.insert(statusUpdates).values({
        commitmentId: id,
        asOf: input.announcedOn,
        verdict: 'not-started',
        stage: input.kind === 'target' ? null : STAGES[input.kind][0],
        note: 'Commitment added to the tracker.',
        sourceId: input.sourceId,
        authorId: actor.id,
        authorName: actor.name,
      });
    } else {
      const [before] = await tx.select().from(commitments).where(eq(commitments.id, input.id));
      if (!before) throw new InputError({ id: [tr('This commitment no longer exists.')] });
      if (before.kind !== input.kind) {
        const [logged] = await tx
          .select({ n: sql<number>`count(*)` })
          .from(statusUpdates)
          .where(eq(statusUpdates.commitmentId, input.id));
        if ((logged?.n ?? 0) > 1) throw new InputError({ kind: [tr('The kind cannot change once updates have been logged against it.')] });
      }
      // The version first: a stale form is a conflict, whatever it would change.
      version = await bumpCommitmentVersion(tx, input.id, input.expectedVersion ?? 0);
      const edited = COMMITMENT_FIELDS.filter((f) => before[f] !== values[f]);
      changed = [...edited];
      const terms = ANNOUNCED_TERMS.filter((f) => edited.includes(f));
      if (terms.length > 0 && !input.correctionReason) {
        throw new InputError({
          correctionReason: [
            tr(
              'The announced terms ({terms}) change only as a correction of how they were recorded, with the reason. If the leaders changed them later, record a revision instead.',
              { terms: terms.join(', ') },
            ),
          ],
        });
      }
      id = input.id;
      for (const f of edited) changes[f] = { from: before[f], to: values[f] };
      const previousCountries = (
        await tx.select({ code: commitmentCountries.countryCode }).from(commitmentCountries).where(eq(commitmentCountries.commitmentId, input.id))
      )
        .map((r) => r.code)
        .sort();
      const nextCountries = [...new Set(input.countries)].sort();
      if (previousCountries.join() !== nextCountries.join()) {
        changed.push('countries');
        changes.countries = { from: previousCountries, to: nextCountries };
      }
      await tx.update(commitments).set(values).where(eq(commitments.id, id));
      await tx.delete(commitmentCountries).where(eq(commitmentCountries.commitmentId, id));
    }
    if (input.countries.length > 0) {
      await tx.insert(commitmentCountries).values([...new Set(input.countries)].map((countryCode) => ({ commitmentId: id, countryCode })));
    }
    await recomputeCommitment(tx, id);
    // Every in-place edit keeps each changed field's value before and after, the editor's role
    // and, for announced terms, the reason: the commitment's page lists them publicly.
    await audit(tx, actor, input.id === undefined ? 'create-commitment' : 'edit-commitment', 'commitment', id, {
      version,
      slug: input.slug,
      fields: changed,
      ...(input.id === undefined ? {} : { changes, role: actor.role ?? 'editor', reason: input.correctionReason ?? null }),
    });
    return { id, slug: input.slug, version };
  });
}

/** A translation row with its derived search text and sort key, which must never drift from the title. */
function commitmentTranslationValues(
  commitmentId: number,
  locale: TranslationLocale,
  text: { title: string; summary: string | null },
  updatedBy: number | null,
) {
  return {
    commitmentId,
    locale,
    title: text.title,
    summary: text.summary,
    searchText: searchFold(`${text.title}\n${text.summary ?? ''}`),
    titleSortKey: titleSortKey(text.title, locale),
    updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    updatedBy,
  };
}

/**
 * Sets the Russian and Kazakh title and summary of a commitment. An empty title removes that
 * language's translation, so readers get the English text, marked. The commitment's version
 * guards it like any other edit of the commitment: a stale form gets a ConflictError.
 */
export async function saveCommitmentTranslations(db: Database, { input, actor }: { input: CommitmentTranslationsInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx
      .select({ id: commitments.id, slug: commitments.slug, version: commitments.version })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: [tr('This commitment no longer exists.')] });
    const existing = await tx
      .select({ locale: commitmentTranslations.locale, title: commitmentTranslations.title, summary: commitmentTranslations.summary })
      .from(commitmentTranslations)
      .where(eq(commitmentTranslations.commitmentId, c.id));

    const changed: string[] = [];
    for (const locale of TRANSLATION_LOCALES) {
      const before = existing.find((r) => r.locale === locale);
      const next = input.texts[locale];
      if ((before?.title ?? undefined) !== next.title) changed.push(`title (${locale})`);
      if ((before?.summary ?? undefined) !== next.summary) changed.push(`summary (${locale})`);
    }
    // Nothing to write: no version is claimed, so an unchanged form never conflicts.
    if (changed.length === 0) return { slug: c.slug, version: c.version, changed };

    const version = await bumpCommitmentVersion(tx, c.id, input.expectedVersion);
    for (const locale of TRANSLATION_LOCALES) {
      const { title, summary } = input.texts[locale];
      const where = and(eq(commitmentTranslations.commitmentId, c.id), eq(commitmentTranslations.locale, locale));
      if (title === undefined) {
        await tx.delete(commitmentTranslations).where(where);
        continue;
      }
      const values = commitmentTranslationValues(c.id, locale, { title, summary: summary ?? null }, actor.id);
      await tx
        .insert(commitmentTranslations)
        .values(values)
        .onConflictDoUpdate({ target: [commitmentTranslations.commitmentId, commitmentTranslations.locale], set: values });
    }
    await audit(tx, actor, 'edit-translations', 'commitment', c.id, { version, slug: c.slug, fields: changed });
    return { slug: c.slug, version, changed };
  });
}
