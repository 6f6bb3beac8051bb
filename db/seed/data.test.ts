import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_KINDS, COUNTRY_CODES, STAGES, type StagedKind } from '../../lib/domain';
import { dataset } from './data';
import type { SeedCommitment } from './types';
import { RESEARCHED_ON } from './research/common';
import { assessTarget } from '../../lib/assessment';
import { daysBetween } from '../../lib/dates';
import { periodEnd } from '../../lib/periods';

// The seed is public-accountability data: these checks make sure every quote and figure can be
// traced to the stored text of its source, and that nothing is copied where our own words belong.

const DOCUMENTS_DIR = join(import.meta.dirname, 'documents');

const REQUIRED_COMMITMENT_SLUGS = [
  // trade
  'intra-regional-trade-15bn',
  'non-resource-exports-175-categories',
  'commodity-producers-database',
  'industrial-cooperation-action-plan',
  // transport
  'trans-caspian-volume-fivefold',
  'trans-caspian-capacity-upgrade',
  'aktau-container-hub',
  'dostyk-moyinty-railway',
  'bakhty-ayagoz-railway',
  'darbaza-maktaaral-railway',
  'zhanaozen-turkmenistan-highway',
  'land-transport-interconnectivity-agreement',
  // digital
  'it-exports-1bn-by-2026',
  // security & institutions
  'friendship-treaty-entry-into-force',
  'council-of-national-coordinators',
  'consultative-meetings-secretariat',
  'special-representatives',
  'security-dialogue-2024',
  'sixth-consultative-meeting-kazakhstan',
  // people & culture
  'university-branches-joint-faculties',
  'historians-forum',
  'central-asia-tourism-brand',
  'youth-policy-agreement',
] as const;

const sourcesBySlug = new Map(dataset.sources.map((s) => [s.slug, s]));
const metricsBySlug = new Map(dataset.metrics.map((m) => [m.slug, m]));
const commitmentsBySlug = new Map(dataset.commitments.map((c) => [c.slug, c]));

const documentCache = new Map<string, string>();
function documentText(sourceSlug: string): string {
  const source = sourcesBySlug.get(sourceSlug);
  if (!source) throw new Error(`Unknown source: ${sourceSlug}`);
  if (!source.document) throw new Error(`Source ${sourceSlug} has no stored document`);
  let text = documentCache.get(source.document);
  if (text === undefined) {
    text = readFileSync(join(DOCUMENTS_DIR, source.document), 'utf8');
    documentCache.set(source.document, text);
  }
  return text;
}

/** Sources whose text is stored in ./documents (the announcement, one excerpt). */
const documented = dataset.sources.filter((s) => s.document !== undefined);

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const NUMBER_WORDS: Record<number, string[]> = { 1: ['one'], 5: ['fivefold', 'five'] };

/** True when `quote` states `value`: as digits ('10.6' in '10.6 billion', '82' in '82%') or as a word. */
function quoteStatesNumber(quote: string, value: number): boolean {
  const digits = String(value).replace('.', '\\.');
  if (new RegExp(`(?<![\\d.])${digits}(?!\\.?\\d)`).test(quote)) return true;
  return (NUMBER_WORDS[value] ?? []).some((word) => new RegExp(`\\b${word}\\b`, 'i').test(quote));
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const RUN = 8;
function runsOf(text: string): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  return runs;
}

/** Runs of RUN consecutive words of `text` that also occur in `document`. */
function copiedRuns(text: string, document: string): string[] {
  const inDocument = runsOf(document);
  return [...runsOf(text)].filter((run) => inDocument.has(run));
}

function allUpdates(c: SeedCommitment) {
  return [c.initialUpdate, ...dataset.updates.filter((u) => u.commitment === c.slug)];
}

describe('checkers used below', () => {
  it('quoteStatesNumber finds figures as written and rejects others', () => {
    expect(quoteStatesNumber('reaching 10.6 billion dollars', 10.6)).toBe(true);
    expect(quoteStatesNumber('has reached 82%', 82)).toBe(true);
    expect(quoteStatesNumber('grew fivefold last year', 5)).toBe(true);
    expect(quoteStatesNumber('reaching 10.6 billion dollars', 10.5)).toBe(false);
    expect(quoteStatesNumber('reaching 110.6 billion', 10.6)).toBe(false);
    expect(quoteStatesNumber('reaching 10.65 billion', 10.6)).toBe(false);
  });

  it('copiedRuns catches an eight-word copy but not a paraphrase', () => {
    const doc = 'Kazakhstan could increase its exports to the countries of the region in 175 categories';
    expect(copiedRuns('He said Kazakhstan could increase its exports to the countries soon.', doc)).not.toEqual([]);
    expect(copiedRuns('Kazakhstan sees room to sell 175 kinds of goods to its neighbours.', doc)).toEqual([]);
  });
});

describe('seed dataset: structure', () => {
  it('contains every required commitment and nothing unlisted', () => {
    expect(REQUIRED_COMMITMENT_SLUGS.length).toBeGreaterThanOrEqual(23);
    const slugs = dataset.commitments.map((c) => c.slug);
    for (const slug of REQUIRED_COMMITMENT_SLUGS) expect(slugs, slug).toContain(slug);
    expect([...slugs].sort()).toEqual([...REQUIRED_COMMITMENT_SLUGS].sort());
  });

  it('has unique kebab-case slugs within each collection', () => {
    for (const slugs of [dataset.sources.map((s) => s.slug), dataset.metrics.map((m) => m.slug), dataset.commitments.map((c) => c.slug)]) {
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('has a stored document for every source of the announcement and for every quote', () => {
    for (const c of dataset.commitments) expect(sourcesBySlug.get(c.source)?.document, c.slug).toBeDefined();
    for (const o of dataset.observations.filter((x) => x.quote !== undefined)) {
      expect(sourcesBySlug.get(o.source)?.document, `${o.metric} ${o.period}`).toBeDefined();
    }
    for (const source of documented) expect(documentText(source.slug).length, source.slug).toBeGreaterThan(200);
  });

  it('resolves every cross-reference', () => {
    for (const m of dataset.metrics) {
      if (m.relatedCommitment !== null) expect(commitmentsBySlug.has(m.relatedCommitment), m.slug).toBe(true);
    }
    for (const o of dataset.observations) {
      expect(metricsBySlug.has(o.metric), `${o.metric} ${o.period}`).toBe(true);
      expect(sourcesBySlug.has(o.source), `${o.metric} ${o.period}`).toBe(true);
    }
    for (const c of dataset.commitments) {
      expect(sourcesBySlug.has(c.source), c.slug).toBe(true);
      if (c.target) expect(metricsBySlug.has(c.target.metric), c.slug).toBe(true);
      for (const u of allUpdates(c)) if (u.source !== undefined) expect(sourcesBySlug.has(u.source), `${c.slug} ${u.asOf}`).toBe(true);
    }
    for (const item of [...dataset.updates, ...dataset.revisions, ...dataset.plannedDates]) {
      expect(commitmentsBySlug.has(item.commitment), item.commitment).toBe(true);
    }
  });

  it('uses valid ISO dates everywhere', () => {
    const dates: Array<[string, string | null]> = [];
    for (const s of dataset.sources) dates.push([`${s.slug}.publishedOn`, s.publishedOn]);
    for (const o of dataset.observations) dates.push([`${o.metric} ${o.period}.periodEnd`, o.periodEnd]);
    for (const c of dataset.commitments) {
      dates.push([`${c.slug}.announcedOn`, c.announcedOn]);
      if (c.deadline?.on) dates.push([`${c.slug}.deadline.on`, c.deadline.on]);
      if (c.target?.baselineOn) dates.push([`${c.slug}.baselineOn`, c.target.baselineOn]);
      for (const u of allUpdates(c)) dates.push([`${c.slug} update`, u.asOf]);
    }
    for (const [label, value] of dates) expect(isIsoDate(value), `${label}: ${value}`).toBe(true);
  });

  it('gives each figure the period end of its period', () => {
    for (const o of dataset.observations) {
      expect(periodEnd(o.period), `${o.metric} ${o.period}`).toBe(o.periodEnd);
    }
  });

  it('starts every commitment’s log on the announcement date, and nothing before it', () => {
    for (const c of dataset.commitments) {
      expect(c.initialUpdate.asOf, c.slug).toBe(c.announcedOn);
      for (const u of allUpdates(c)) expect(u.asOf >= c.announcedOn, `${c.slug} ${u.asOf}`).toBe(true);
    }
  });

  it('uses known kinds and country codes', () => {
    for (const c of dataset.commitments) {
      expect(COMMITMENT_KINDS, c.slug).toContain(c.kind);
      expect(c.countries.length, c.slug).toBeGreaterThan(0);
      expect(new Set(c.countries).size, c.slug).toBe(c.countries.length);
      for (const code of c.countries) expect(COUNTRY_CODES, c.slug).toContain(code);
    }
  });
});

describe('seed dataset: kinds, stages and targets', () => {
  it('gives staged kinds a stage valid for their kind in every update', () => {
    for (const c of dataset.commitments) {
      if (c.kind === 'target') continue;
      const stages: readonly string[] = STAGES[c.kind as StagedKind];
      // The first entry states a stage; later ones may leave it unstated (carried forward).
      expect(stages, c.slug).toContain(c.initialUpdate.stage);
      for (const u of allUpdates(c)) if (u.stage !== null) expect(stages, `${c.slug} ${u.asOf}`).toContain(u.stage);
    }
  });

  it('gives target kinds a target and no stage; other kinds no target', () => {
    for (const c of dataset.commitments) {
      if (c.kind === 'target') {
        expect(c.target, c.slug).not.toBeNull();
        for (const u of allUpdates(c)) expect(u.stage, c.slug).toBeNull();
        // A missing baseline must be explained; a baseline is a value with its date, or a period's figure.
        if (c.target?.baselineValue === null) expect(c.target.baselineNote, c.slug).toBeTruthy();
        if (c.target?.baselineValue !== null) expect(c.target?.baselineOn, c.slug).not.toBeNull();
        expect((c.target?.targetValue === null) !== (c.target?.targetMultiple === undefined), `${c.slug}: a target value or a multiple`).toBe(true);
        if (c.target?.targetMultiple !== undefined) expect(c.target?.baselinePeriod, c.slug).toBeDefined();
      } else {
        expect(c.target, c.slug).toBeNull();
      }
    }
  });

  it('flags and explains every interpreted deadline', () => {
    for (const c of dataset.commitments) {
      expect(c.deadline, `${c.slug}: use the explicit no-deadline object`).not.toBeNull();
      const d = c.deadline!;
      if (d.interpreted) {
        expect(d.note?.trim(), c.slug).toBeTruthy();
        expect(d.text?.trim(), c.slug).toBeTruthy();
        expect(isIsoDate(d.on), c.slug).toBe(true);
      }
      if (d.text === null && d.on === null) {
        expect(d.interpreted, c.slug).toBe(false);
        expect(d.note, c.slug).toBe('No deadline was stated.');
      }
      if (d.on !== null) expect(d.on > c.announcedOn, c.slug).toBe(true);
    }
  });

  it('notes every status update', () => {
    for (const c of dataset.commitments) {
      for (const u of allUpdates(c)) expect(u.note.trim().length, `${c.slug} ${u.asOf}`).toBeGreaterThan(20);
    }
  });
});

describe('seed dataset: traceability', () => {
  it('quotes every commitment verbatim from its source', () => {
    for (const c of dataset.commitments) {
      expect(c.quote.length, c.slug).toBeGreaterThanOrEqual(40);
      expect(documentText(c.source).includes(c.quote), `${c.slug}: ${c.quote}`).toBe(true);
    }
  });

  it('quotes every figure of a stored document verbatim from it', () => {
    for (const o of dataset.observations.filter((x) => sourcesBySlug.get(x.source)?.document !== undefined)) {
      expect(o.quote, `${o.metric} ${o.period}`).toBeDefined();
      expect(o.quote!.length, `${o.metric} ${o.period}`).toBeGreaterThanOrEqual(30);
      expect(documentText(o.source).includes(o.quote!), `${o.metric} ${o.period}: ${o.quote}`).toBe(true);
    }
  });

  it('states the number of every quoted, reported (non-derived) observation in its quote', () => {
    for (const o of dataset.observations.filter((x) => !x.derived && x.quote !== undefined)) {
      expect(quoteStatesNumber(o.quote!, o.value), `${o.metric} ${o.period}: ${o.value} in "${o.quote}"`).toBe(true);
    }
  });

  it('explains every derived observation', () => {
    const derived = dataset.observations.filter((o) => o.derived);
    expect(derived.length).toBeGreaterThan(0);
    for (const o of derived) expect(o.note.trim().length, `${o.metric} ${o.period}`).toBeGreaterThan(20);
  });

  it('derives the 2017 trade level from the reported growth', () => {
    const o = dataset.observations.find((x) => x.metric === 'intra-regional-trade' && x.period === '2017');
    expect(o).toBeDefined();
    expect(o?.derived).toBe(true);
    expect(o?.qualifier).toBe('at-most');
    expect(o?.value).toBe(Math.round((10.6 / 1.8) * 100) / 100);
  });

  it('marks exactly one preferred observation per metric and period', () => {
    const groups = new Map<string, number>();
    for (const o of dataset.observations) {
      const key = `${o.metric}|${o.period}`;
      groups.set(key, (groups.get(key) ?? 0) + (o.preferred ? 1 : 0));
    }
    for (const [key, preferred] of groups) expect(preferred, key).toBe(1);
  });

  it('keeps the disagreement between sources on 2022 trade', () => {
    const trade2022 = dataset.observations.filter((o) => o.metric === 'intra-regional-trade' && o.period === '2022');
    expect(trade2022.length).toBeGreaterThanOrEqual(2);
    expect(new Set(trade2022.map((o) => o.source)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(trade2022.map((o) => o.value)).size).toBeGreaterThanOrEqual(2);
    expect(trade2022.filter((o) => o.preferred).map((o) => o.source)).toEqual(['akorda-2023-09-14-dushanbe-speech']);
  });

  it('keeps context figures as observations, not as targets', () => {
    for (const slug of ['cashless-payments-share', 'public-services-online-share', 'it-exports-growth-multiple']) {
      expect(metricsBySlug.get(slug)?.relatedCommitment, slug).toBe('it-exports-1bn-by-2026');
      expect(
        dataset.commitments.some((c) => c.target?.metric === slug),
        slug,
      ).toBe(false);
      expect(
        dataset.observations.some((o) => o.metric === slug),
        slug,
      ).toBe(true);
    }
  });
});

describe('seed dataset: our own words', () => {
  const documents = documented.map((s) => documentText(s.slug));

  it('writes summaries that copy no run of eight words from any document', () => {
    for (const c of dataset.commitments) {
      for (const doc of documents) expect(copiedRuns(c.summary, doc), c.slug).toEqual([]);
    }
  });

  it('writes researched notes that copy no run of eight words from any stored document', () => {
    // A name in quotation marks (“Dialogue on Security and Cooperation in Central Asia”) is a name, not copied prose.
    const notes = [...dataset.updates, ...dataset.revisions, ...dataset.plannedDates, ...dataset.observations].map((e) =>
      e.note.replace(/[“"][^”"]*[”"]/g, ' '),
    );
    for (const note of notes) for (const doc of documents) expect(copiedRuns(note, doc), note.slice(0, 60)).toEqual([]);
  });

  it('keeps summaries to one to three sentences', () => {
    for (const c of dataset.commitments) {
      const sentences = c.summary.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length, c.slug).toBeGreaterThanOrEqual(1);
      expect(sentences.length, c.slug).toBeLessThanOrEqual(3);
    }
  });

  it('does not reuse the quote as the summary or title', () => {
    for (const c of dataset.commitments) {
      expect(c.quote.includes(c.summary), c.slug).toBe(false);
      expect(c.summary.includes(c.quote), c.slug).toBe(false);
      expect(c.title, c.slug).not.toBe(c.quote);
    }
  });
});

// ---------------------------------------------------------------------------------------
// The rules every researched entry keeps (issue 13): each one is traceable to a page with its
// address and date, never dated after what its source could know, never a repeat, and a
// forecast is never used as a measured value.

const research = {
  observations: dataset.observations.filter((o) => sourcesBySlug.get(o.source)?.document === undefined),
  updates: dataset.updates,
  revisions: dataset.revisions,
  plannedDates: dataset.plannedDates,
};
const cited = [
  ...research.observations.map((o) => ({ label: `figure ${o.metric} ${o.period}`, source: o.source })),
  ...research.updates.filter((u) => u.source !== undefined).map((u) => ({ label: `update ${u.commitment} ${u.asOf}`, source: u.source! })),
  ...research.revisions.map((r) => ({ label: `revision ${r.commitment} ${r.revisedOn}`, source: r.source })),
  ...research.plannedDates.map((p) => ({ label: `planned date ${p.commitment} ${p.statedOn}`, source: p.source })),
];

describe('researched entries: the rules', () => {
  it('cites a source with a web address and a publication date for every entry', () => {
    expect(cited.length).toBeGreaterThan(50);
    for (const { label, source } of cited) {
      const s = sourcesBySlug.get(source);
      expect(s, label).toBeDefined();
      expect(s!.url, label).toMatch(/^https?:\/\/\S+$/);
      expect(isIsoDate(s!.publishedOn), label).toBe(true);
      expect(s!.title.trim().length, label).toBeGreaterThan(10);
      expect(s!.description.trim().length, label).toBeGreaterThan(20);
    }
  });

  it('dates no entry after its source’s publication, unless confirmed with a note', () => {
    const published = (slug: string) => sourcesBySlug.get(slug)!.publishedOn;
    for (const u of research.updates.filter((x) => x.source !== undefined)) {
      if (u.asOf > published(u.source!)) expect(u.dateConfirmed?.trim().length, `${u.commitment} ${u.asOf}`).toBeGreaterThan(20);
    }
    for (const p of research.plannedDates) expect(p.statedOn <= published(p.source), `${p.commitment} ${p.statedOn}`).toBe(true);
    for (const r of research.revisions) expect(r.revisedOn <= published(r.source), `${r.commitment} ${r.revisedOn}`).toBe(true);
    // A measured figure cannot be for a period that had not ended when it was published.
    for (const o of research.observations.filter((x) => x.qualifier !== 'forecast')) {
      expect(o.periodEnd <= published(o.source), `${o.metric} ${o.period}`).toBe(true);
    }
  });

  it('never repeats a figure of the same source and period', () => {
    const seen = new Set<string>();
    for (const o of dataset.observations) {
      const key = `${o.metric}|${o.period}|${o.source}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('never uses a forecast as a measured value', () => {
    // What the source calls expected, planned or possible is recorded as a forecast.
    const forecastWords = /\b(expects?|expected|expectation|forecast|plans?|planned|may reach|will reach|could reach)\b/i;
    for (const o of research.observations.filter((x) => forecastWords.test(x.note) && !/not a forecast/i.test(x.note))) {
      if (o.qualifier !== 'forecast') {
        // A measured figure whose note mentions a forecast must say why it is not one.
        expect(o.note, `${o.metric} ${o.period}`).toMatch(/\b(reported|reached|was|counted|gives?|gave|put)\b/i);
      }
    }
    for (const c of dataset.commitments.filter((x) => x.target?.baselinePeriod)) {
      const baseline = dataset.observations.find((o) => o.metric === c.target!.metric && o.period === c.target!.baselinePeriod && o.preferred);
      expect(baseline, c.slug).toBeDefined();
      expect(baseline!.qualifier, `${c.slug}: the baseline figure`).not.toBe('forecast');
    }
    // An achieved verdict on a numeric target rests on a measured figure that meets it.
    for (const c of dataset.commitments.filter((x) => x.kind === 'target')) {
      const last = allUpdates(c)
        .filter((u) => (u as { entryType?: string }).entryType !== 'review')
        .at(-1)!;
      if (last.verdict !== 'achieved' && last.verdict !== 'achieved-late') continue;
      const figures = dataset.observations.filter((o) => o.metric === c.target!.metric).map((o) => ({ ...o }));
      const assessed = assessTarget(
        {
          direction: c.target!.direction,
          baselineValue: c.target!.baselineValue,
          baselineOn: c.target!.baselineOn,
          baselinePeriod: c.target!.baselinePeriod ?? null,
          targetValue: c.target!.targetValue,
          targetMultiple: c.target!.targetMultiple ?? null,
          deadlineOn: c.deadline?.on ?? null,
          deadlineText: c.deadline?.text ?? null,
        },
        [],
        figures,
        RESEARCHED_ON,
      );
      expect(assessed.progress?.met, c.slug).toBe(true);
      expect(assessed.progress?.basis?.qualifier, c.slug).not.toBe('forecast');
    }
  });

  it('says in every review what was looked for, dated on the day of the research', () => {
    const reviews = dataset.updates.filter((u) => u.entryType === 'review');
    expect(reviews.length).toBeGreaterThanOrEqual(15);
    for (const r of reviews) {
      expect(r.note, r.commitment).toMatch(/searched|checked/i);
      expect(r.recordedOn, r.commitment).toBeDefined();
      expect(r.asOf, r.commitment).toBe(r.recordedOn);
    }
  });

  it('leaves no commitment unreviewed for more than 180 days as of the research day', () => {
    for (const c of dataset.commitments) {
      const days = [...dataset.updates, ...dataset.plannedDates, ...dataset.revisions]
        .filter((e) => e.commitment === c.slug)
        .map((e) => e.recordedOn ?? (e.source ? sourcesBySlug.get(e.source)!.publishedOn : c.announcedOn));
      const last = days.sort().at(-1) ?? c.announcedOn;
      expect(daysBetween(last, RESEARCHED_ON), c.slug).toBeLessThanOrEqual(180);
    }
  });

  it('gives every commitment at least one researched entry', () => {
    for (const c of dataset.commitments) {
      expect(
        dataset.updates.some((u) => u.commitment === c.slug),
        c.slug,
      ).toBe(true);
    }
  });

  it('records what a later summit changed as a revision, not a new commitment', () => {
    expect(dataset.commitments).toHaveLength(REQUIRED_COMMITMENT_SLUGS.length);
    const trade = dataset.revisions.filter((r) => r.commitment === 'intra-regional-trade-15bn');
    expect(trade.map((r) => [r.revisedOn, r.newTargetValue])).toEqual([['2025-11-16', 20]]);
  });

  it('keeps leaders’ disagreeing figures side by side, one preferred with the reason in its note', () => {
    for (const [metric, period] of [
      ['intra-regional-trade', '2023'],
      ['intra-regional-trade', '2024'],
      ['trans-caspian-cargo', '2023'],
      ['it-exports', '2025'],
    ] as const) {
      const figures = dataset.observations.filter((o) => o.metric === metric && o.period === period);
      expect(figures.length, `${metric} ${period}`).toBeGreaterThanOrEqual(2);
      expect(
        figures.filter((o) => o.preferred),
        `${metric} ${period}`,
      ).toHaveLength(1);
      expect(figures.find((o) => o.preferred)!.note, `${metric} ${period}`).toMatch(/prefer/i);
    }
  });
});
