import { eq, inArray, sql } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import {
  commitmentCountries,
  commitments,
  commitmentTranslations,
  evidenceLinks,
  metrics,
  metricTranslations,
  observations,
  plannedDates,
  sources,
  statusUpdates,
  targetRevisions,
} from '../schema';
import { searchFold, titleSortKey, TRANSLATION_LOCALES } from '../../lib/content-locale';
import { queueArchives } from '../mutations/archives';
import { recomputeCommitment } from '../mutations';
import { datasetUntil, recordedOn } from './layers';
import type { SeedDataset } from './types';

export class SeedError extends Error {}

/** Seeded rows carry the day they became known as their creation time (noon UTC). */
const stamp = (day: string) => `${day}T12:00:00.000Z`;

/** The byline of every seeded entry: the editorial team, never a person. */
export const SEED_AUTHOR = 'Seed dataset';

/**
 * Loads the seed dataset into an empty database, in one transaction: either all of it lands
 * or none of it does. With `until`, only what was known by the end of that day
 * (db/seed/layers.ts). `asOf` is the day the cached statuses are computed for (today).
 */
export async function insertSeedDataset(
  db: Database,
  full: SeedDataset,
  { until, asOf }: { until?: string; asOf?: string } = {},
): Promise<{ commitments: number; sources: number; observations: number; updates: number; revisions: number; plannedDates: number }> {
  const dataset = datasetUntil(full, until);
  return writeTransaction(db, async (tx) => {
    const [existing] = await tx.select({ n: sql<number>`count(*)` }).from(commitments);
    if ((existing?.n ?? 0) > 0) throw new SeedError('The database already holds commitments; the seed only loads into an empty one.');

    const sourceIds = new Map<string, number>();
    const sourceDays = new Map<string, string>(dataset.sources.map((s) => [s.slug, s.publishedOn]));
    const dayOf = (item: { source?: string; recordedOn?: string }) => {
      if (item.source === undefined) {
        if (item.recordedOn === undefined) throw new SeedError('An entry without a source needs the day it was recorded.');
        return item.recordedOn;
      }
      const publishedOn = sourceDays.get(item.source);
      if (publishedOn === undefined) throw new SeedError(`Unknown source "${item.source}"`);
      return recordedOn(item, { publishedOn });
    };
    // Each source and metric is stamped with the first day the team cited it, as an editor
    // entering it then would have created it: the tracker rewound to a day (db/rewind.ts) then
    // lists exactly the sources and figures it could have shown that day.
    const firstDay = new Map<string, string>();
    const cite = (key: string, day: string) => {
      const known = firstDay.get(key);
      if (known === undefined || day < known) firstDay.set(key, day);
    };
    for (const c of dataset.commitments) {
      cite(`source:${c.source}`, c.announcedOn);
      cite(`source:${c.initialUpdate.source}`, c.announcedOn);
      if (c.target) cite(`metric:${c.target.metric}`, c.announcedOn);
    }
    for (const item of [...dataset.updates, ...dataset.revisions, ...dataset.plannedDates]) {
      if (item.source !== undefined) cite(`source:${item.source}`, dayOf(item));
    }
    for (const o of dataset.observations) {
      cite(`source:${o.source}`, dayOf(o));
      cite(`metric:${o.metric}`, dayOf(o));
    }
    for (const s of dataset.sources) {
      const [inserted] = await tx
        .insert(sources)
        .values({
          slug: s.slug,
          title: s.title,
          publisher: s.publisher,
          publishedOn: s.publishedOn,
          place: s.place,
          url: s.url,
          kind: s.kind,
          description: s.description,
          createdAt: stamp(firstDay.get(`source:${s.slug}`) ?? s.publishedOn),
        })
        .returning({ id: sources.id });
      sourceIds.set(s.slug, inserted!.id);
    }
    const sourceId = (slug: string) => {
      const id = sourceIds.get(slug);
      if (id === undefined) throw new SeedError(`Unknown source "${slug}"`);
      return id;
    };

    const metricIds = new Map<string, number>();
    for (const m of dataset.metrics) {
      const [inserted] = await tx
        .insert(metrics)
        .values({
          slug: m.slug,
          name: m.name,
          unit: m.unit,
          unitLabel: m.unitLabel ?? null,
          decimals: m.decimals ?? null,
          description: m.description,
          createdAt: stamp(firstDay.get(`metric:${m.slug}`) ?? dataset.commitments[0]?.announcedOn ?? '2023-09-14'),
        })
        .returning({ id: metrics.id });
      metricIds.set(m.slug, inserted!.id);
    }
    const metricId = (slug: string) => {
      const id = metricIds.get(slug);
      if (id === undefined) throw new SeedError(`Unknown metric "${slug}"`);
      return id;
    };

    const commitmentIds = new Map<string, number>();
    const initialEntries = new Map<string, number>();
    for (const c of dataset.commitments) {
      const [inserted] = await tx
        .insert(commitments)
        .values({
          slug: c.slug,
          title: c.title,
          summary: c.summary,
          category: c.category,
          kind: c.kind,
          owner: c.owner,
          announcedOn: c.announcedOn,
          sourceId: sourceId(c.source),
          quote: c.quote,
          featured: c.featured ?? false,
          deadlineText: c.deadline?.text ?? null,
          deadlineOn: c.deadline?.on ?? null,
          deadlineInterpreted: c.deadline?.interpreted ?? false,
          deadlineNote: c.deadline?.note ?? null,
          metricId: c.target ? metricId(c.target.metric) : null,
          direction: c.target?.direction ?? null,
          baselineValue: c.target?.baselineValue ?? null,
          baselineOn: c.target?.baselineOn ?? null,
          baselinePeriod: c.target?.baselinePeriod ?? null,
          baselineNote: c.target?.baselineNote ?? null,
          targetValue: c.target?.targetValue ?? null,
          targetMultiple: c.target?.targetMultiple ?? null,
          targetNote: c.target?.targetNote ?? null,
          createdAt: stamp(c.announcedOn),
          updatedAt: stamp(c.announcedOn),
        })
        .returning({ id: commitments.id });
      const id = inserted!.id;
      commitmentIds.set(c.slug, id);
      if (c.countries.length > 0) {
        await tx.insert(commitmentCountries).values(c.countries.map((countryCode) => ({ commitmentId: id, countryCode })));
      }
      const u = c.initialUpdate;
      const [first] = await tx
        .insert(statusUpdates)
        .values({
          commitmentId: id,
          asOf: u.asOf,
          verdict: u.verdict,
          stage: u.stage,
          note: u.note,
          sourceId: sourceId(u.source),
          authorName: SEED_AUTHOR,
          createdAt: stamp(c.announcedOn),
        })
        .returning({ id: statusUpdates.id });
      initialEntries.set(c.slug, first!.id);
    }
    const commitmentId = (slug: string) => {
      const id = commitmentIds.get(slug);
      if (id === undefined) throw new SeedError(`Unknown commitment "${slug}"`);
      return id;
    };

    // Later entries in the order they became known, so ids follow the history.
    const byDay = <T extends { source?: string; recordedOn?: string }>(items: T[]) =>
      [...items].sort((a, b) => (dayOf(a) < dayOf(b) ? -1 : dayOf(a) > dayOf(b) ? 1 : 0));
    for (const u of byDay(dataset.updates)) {
      const [inserted] = await tx
        .insert(statusUpdates)
        .values({
          commitmentId: commitmentId(u.commitment),
          asOf: u.asOf,
          entryType: u.entryType ?? 'update',
          verdict: u.verdict,
          stage: u.stage,
          note: u.note,
          sourceId: u.source === undefined ? null : sourceId(u.source),
          correctsId: u.correctsInitial ? (initialEntries.get(u.commitment) ?? null) : null,
          dateConfirmed: u.dateConfirmed !== undefined,
          authorName: SEED_AUTHOR,
          createdAt: stamp(dayOf(u)),
        })
        .returning({ id: statusUpdates.id });
      if (u.evidence && u.evidence.length > 0) {
        await tx.insert(evidenceLinks).values(u.evidence.map((e) => ({ statusUpdateId: inserted!.id, url: e.url, title: e.title })));
      }
    }
    for (const r of byDay(dataset.revisions)) {
      await tx.insert(targetRevisions).values({
        commitmentId: commitmentId(r.commitment),
        revisedOn: r.revisedOn,
        newTargetValue: r.newTargetValue ?? null,
        newDeadlineOn: r.newDeadlineOn ?? null,
        newDeadlineText: r.newDeadlineText ?? null,
        newBaselineValue: r.newBaselineValue ?? null,
        newBaselineOn: r.newBaselineOn ?? null,
        sourceId: sourceId(r.source),
        note: r.note,
        createdAt: stamp(dayOf(r)),
      });
    }
    for (const p of byDay(dataset.plannedDates)) {
      await tx.insert(plannedDates).values({
        commitmentId: commitmentId(p.commitment),
        statedOn: p.statedOn,
        plannedOn: p.plannedOn,
        plannedText: p.plannedText,
        sourceId: sourceId(p.source),
        note: p.note,
        createdAt: stamp(dayOf(p)),
      });
    }

    for (const m of dataset.metrics) {
      if (m.relatedCommitment === null) continue;
      const related = commitmentIds.get(m.relatedCommitment);
      if (related === undefined) continue; // not announced yet in this layer
      await tx
        .update(metrics)
        .set({ relatedCommitmentId: related })
        .where(eq(metrics.id, metricId(m.slug)));
    }

    for (const o of byDay(dataset.observations)) {
      await tx.insert(observations).values({
        metricId: metricId(o.metric),
        period: o.period,
        periodEnd: o.periodEnd,
        value: o.value,
        qualifier: o.qualifier,
        sourceId: sourceId(o.source),
        note: o.note,
        derived: o.derived,
        preferred: o.preferred,
        createdAt: stamp(dayOf(o)),
      });
    }

    await insertSeedTranslations(tx, dataset, new Set(full.commitments.map((c) => c.slug)), commitmentIds, metricIds);

    const ids = [...commitmentIds.values()];
    for (const id of ids) await recomputeCommitment(tx, id, asOf);
    // Every cited address is queued for the evidence archive, as an editor's save queues it.
    await queueArchives(tx, [...dataset.sources.map((s) => s.url), ...dataset.updates.flatMap((u) => (u.evidence ?? []).map((e) => e.url))]);
    const [count] = await tx
      .select({ n: sql<number>`count(*)` })
      .from(commitments)
      .where(inArray(commitments.id, ids));
    return {
      commitments: count?.n ?? 0,
      sources: dataset.sources.length,
      observations: dataset.observations.length,
      updates: dataset.commitments.length + dataset.updates.length,
      revisions: dataset.revisions.length,
      plannedDates: dataset.plannedDates.length,
    };
  });
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The seed's Russian and Kazakh texts, keyed by slug; a slug the layer lacks is skipped, an unknown one is a mistake. */
async function insertSeedTranslations(
  tx: Tx,
  dataset: SeedDataset,
  everyCommitment: ReadonlySet<string>,
  commitmentIds: Map<string, number>,
  metricIds: Map<string, number>,
) {
  const commitmentRows = Object.entries(dataset.translations?.commitments ?? {}).flatMap(([slug, byLocale]) => {
    if (!everyCommitment.has(slug)) throw new SeedError(`Translation for unknown commitment "${slug}"`);
    const id = commitmentIds.get(slug);
    if (id === undefined) return []; // announced after this layer
    return TRANSLATION_LOCALES.flatMap((locale) => {
      const text = byLocale[locale];
      return text
        ? [
            {
              commitmentId: id,
              locale,
              title: text.title,
              summary: text.summary,
              searchText: searchFold(`${text.title}\n${text.summary}`),
              titleSortKey: titleSortKey(text.title, locale),
            },
          ]
        : [];
    });
  });
  const metricRows = Object.entries(dataset.translations?.metrics ?? {}).flatMap(([slug, byLocale]) => {
    const id = metricIds.get(slug);
    if (id === undefined) throw new SeedError(`Translation for unknown metric "${slug}"`);
    return TRANSLATION_LOCALES.flatMap((locale) => {
      const text = byLocale[locale];
      return text ? [{ metricId: id, locale, name: text.name, unitLabel: text.unit, description: text.description }] : [];
    });
  });
  if (commitmentRows.length > 0) await tx.insert(commitmentTranslations).values(commitmentRows);
  if (metricRows.length > 0) await tx.insert(metricTranslations).values(metricRows);
}
