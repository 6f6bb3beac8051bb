import { describe, expect, it } from 'vitest';
import { computeTargetProgress } from '../progress';
import { toCsv } from './csv';
import {
  COMMITMENT_CSV_COLUMNS,
  groupByPeriod,
  linkHeader,
  paginate,
  serialiseCommitment,
  serialiseCommitmentDetail,
  serialiseObservation,
  type CommitmentDetailInput,
  type CommitmentListInput,
  type ObservationInput,
  type SerialiseContext,
} from './serialise';
import { parse } from 'csv-parse/sync';

const ctx: SerialiseContext = {
  asOf: '2026-01-15',
  staleAfterDays: 180,
  apiBase: 'http://api.test',
  siteBase: 'https://tracker.example',
  locale: 'en',
};

const source = {
  sourceSlug: 'akorda-2023-09-14-speech',
  sourceTitle: 'Speech at the Fifth Consultative Meeting',
  sourcePublisher: 'Akorda',
  sourcePublishedOn: '2023-09-14',
  sourceUrl: 'https://www.akorda.kz/en/speech',
};

const target: CommitmentListInput = {
  ...source,
  slug: 'intra-regional-trade-15bn',
  title: 'Raise intra-regional trade to $15 bn',
  summary: 'Trade among the five states from $10.6 bn to $15 bn.',
  titleLocale: 'en',
  summaryLocale: 'en',
  category: 'trade',
  kind: 'target',
  owner: 'Central Asian heads of state',
  announcedOn: '2023-09-14',
  countries: ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
  currentVerdict: 'in-progress',
  currentStage: null,
  trajectoryStatus: 'acceleration-needed',
  progressShare: 1.2345,
  lastUpdateOn: '2025-06-01',
  effectiveDeadlineOn: '2027-12-31',
  deadlineOn: '2027-12-31',
  deadlineText: 'in the near future',
  deadlineTextInForce: 'in the near future',
  deadlineInterpreted: true,
  deadlineNote: 'Read as the end of 2027.',
  direction: 'up',
  baselineValue: 10.6,
  baselineOn: '2022-12-31',
  targetValue: 15,
  targetValueInForce: 15,
  revisionCount: 0,
  metricSlug: 'intra-regional-trade',
  metricName: 'Intra-regional trade',
  metricUnit: 'USD bn',
  metricUnitLabel: 'USD bn',
};

const project: CommitmentListInput = {
  ...target,
  slug: 'aktau-container-hub',
  kind: 'project',
  category: 'transport',
  currentStage: 'planned',
  trajectoryStatus: null,
  progressShare: 0.25,
  effectiveDeadlineOn: '2025-12-31',
  lastUpdateOn: null,
  announcedOn: '2023-09-14',
  deadlineInterpreted: false,
  direction: null,
  baselineValue: null,
  baselineOn: null,
  targetValue: null,
  targetValueInForce: null,
  metricSlug: null,
  metricName: null,
  metricUnit: null,
  metricUnitLabel: null,
};

describe('serialiseCommitment', () => {
  it('gives a target its baseline, target in force, metric links and computed status', () => {
    const item = serialiseCommitment(ctx, target);
    expect(item.baseline).toEqual({ value: 10.6, on: '2022-12-31' });
    expect(item.target).toMatchObject({ value: 15, as_announced: 15, unit: 'USD bn', direction: 'up' });
    expect(item.target?.metric?.observations_url).toBe('http://api.test/api/v1/metrics/intra-regional-trade/observations');
    expect(item.status).toMatchObject({ verdict: 'in-progress', trajectory: 'acceleration-needed', stages: null, overdue: false });
    expect(item.deadline).toMatchObject({ on: '2027-12-31', text: 'in the near future', interpreted: true, interpretation_note: 'Read as the end of 2027.' });
    expect(item.links).toEqual({
      self: 'http://api.test/api/v1/commitments/intra-regional-trade-15bn',
      html: 'https://tracker.example/commitments/intra-regional-trade-15bn',
    });
    expect(item.source).toMatchObject({ slug: source.sourceSlug, url: source.sourceUrl, html_url: `https://tracker.example/sources/${source.sourceSlug}` });
  });

  it('keeps the raw share and gives the clamped whole percent the site prints', () => {
    const item = serialiseCommitment(ctx, target);
    expect(item.progress).toEqual({ share: 1.2345, percent: 100, basis: 'data' });
    expect(serialiseCommitment(ctx, { ...target, progressShare: -0.2 }).progress.percent).toBe(0);
    expect(serialiseCommitment(ctx, { ...target, progressShare: 0.136 }).progress.percent).toBe(14);
    expect(serialiseCommitment(ctx, { ...target, progressShare: null }).progress.percent).toBeNull();
  });

  it('gives a staged kind its ladder and no baseline or target', () => {
    const item = serialiseCommitment(ctx, project);
    expect(item.status.stages).toEqual(['announced', 'planned', 'under-construction', 'partly-operational', 'completed']);
    expect(item.status.stage).toBe('planned');
    expect(item.baseline).toBeNull();
    expect(item.target).toBeNull();
    expect(item.progress.basis).toBe('stage');
  });

  it('computes the overdue and stale flags for the given day', () => {
    // Deadline 2025-12-31 passed on 2026-01-15; announced 2023 with no update since: stale.
    expect(serialiseCommitment(ctx, project).status).toMatchObject({ overdue: true, stale: true });
    expect(serialiseCommitment({ ...ctx, asOf: '2024-01-01' }, project).status).toMatchObject({ overdue: false, stale: false });
    expect(serialiseCommitment(ctx, { ...project, currentVerdict: 'achieved' }).status.overdue).toBe(false);
  });

  it('flags a verdict that contradicts the computed trajectory', () => {
    expect(serialiseCommitment(ctx, { ...target, currentVerdict: 'achieved', trajectoryStatus: 'limited-progress' }).status.disagreement).toBe(true);
    expect(serialiseCommitment(ctx, target).status.disagreement).toBe(false);
  });

  it('marks a revised deadline and keeps the announced one', () => {
    const revised = serialiseCommitment(ctx, { ...target, revisionCount: 1, effectiveDeadlineOn: '2030-12-31', deadlineTextInForce: null });
    expect(revised.deadline).toMatchObject({ on: '2030-12-31', text: null, revised: true, as_announced: { on: '2027-12-31', text: 'in the near future' } });
  });
});

const observation = (o: Partial<ObservationInput> & Pick<ObservationInput, 'period' | 'value'>): ObservationInput => ({
  ...source,
  periodEnd: `${o.period}-12-31`,
  qualifier: 'exact',
  note: null,
  derived: false,
  preferred: true,
  ...o,
});

describe('serialiseCommitmentDetail', () => {
  const observations = [
    observation({ period: '2022', value: 10.6 }),
    observation({ period: '2022', value: 10.5, qualifier: 'at-least', preferred: false, sourceSlug: 'news', sourceTitle: 'News', sourcePublisher: 'Kazinform' }),
    observation({ period: '2023', value: 11.2 }),
  ];
  const progress = computeTargetProgress({
    direction: 'up',
    baseline: { on: '2022-12-31', value: 10.6 },
    target: 15,
    deadline: '2027-12-31',
    observations: [
      { on: '2022-12-31', value: 10.6 },
      { on: '2023-12-31', value: 11.2 },
    ],
    asOf: ctx.asOf,
  });
  const editor = { authorId: 7, authorName: 'Zarina Editorova', authorEmail: 'zarina@example.org' };
  const detail: CommitmentDetailInput = {
    ...target,
    quote: 'raise it to 15 billion dollars',
    baselineNote: 'As stated in the speech.',
    targetNote: null,
    revisions: [],
    updates: [
      {
        id: 12,
        asOf: '2025-06-01',
        verdict: 'in-progress',
        stage: null,
        value: 11.2,
        note: 'Trade grew in 2023.',
        correctsId: null,
        correctedById: null,
        createdAt: '2025-06-02T09:00:00.000Z',
        sourceSlug: 'news',
        sourceTitle: 'News',
        evidence: [{ url: 'https://stat.gov.kz/trade', title: 'Bureau of National Statistics' }],
        // What the page's query also returns: must not travel on.
        ...editor,
      } as CommitmentDetailInput['updates'][number],
    ],
    target: {
      metric: { slug: 'intra-regional-trade', name: 'Intra-regional trade', unit: 'USD bn', description: 'Trade among the five.' },
      direction: 'up',
      baseline: { value: 10.6, on: '2022-12-31' },
      targetValue: 15,
      originalTargetValue: 15,
      deadlineOn: '2027-12-31',
      observations,
      progress,
    },
    context: [],
  };

  it('carries the page figures: computed trajectory from the progress engine, every observation, the log', () => {
    const out = serialiseCommitmentDetail(ctx, detail);
    expect(out.computed).toMatchObject({ status: 'acceleration-needed', latest: { on: '2023-12-31', value: 11.2 }, data_points: 2 });
    expect(out.computed?.required_annual_growth).toBeCloseTo(0.0719, 3);
    expect(out.computed?.ratio).toBeCloseTo(progress.ratio!, 10);
    expect(out.observations.map((o) => [o.period, o.value, o.preferred])).toEqual([
      ['2022', 10.6, true],
      ['2022', 10.5, false],
      ['2023', 11.2, true],
    ]);
    expect(out.updates[0]).toMatchObject({ id: 12, note: 'Trade grew in 2023.', evidence: [{ url: 'https://stat.gov.kz/trade' }] });
    expect(out.baseline).toEqual({ value: 10.6, on: '2022-12-31', note: 'As stated in the speech.' });
    expect(out.target?.metric?.slug).toBe('intra-regional-trade');
  });

  it('never publishes who wrote a log entry: no name, email or account id anywhere', () => {
    const json = JSON.stringify(serialiseCommitmentDetail(ctx, detail));
    expect(json).toContain('Trade grew in 2023.');
    expect(json).not.toContain('Zarina');
    expect(json).not.toContain('zarina@example.org');
    expect(json).not.toMatch(/"author/i);
    expect(json).not.toMatch(/"(user|email|editor)[a-z_]*"\s*:/i);
  });

  it('uses the target in force and the deadline words in force after a revision', () => {
    const revised = serialiseCommitmentDetail(ctx, {
      ...detail,
      effectiveDeadlineOn: '2030-12-31',
      revisions: [
        { id: 3, revisedOn: '2024-05-17', newTargetValue: 20, newDeadlineOn: '2030-12-31', newDeadlineText: null, note: 'Raised.', sourceSlug: 'kg24', sourceTitle: '24.kg' },
      ],
      target: { ...detail.target!, targetValue: 20 },
    });
    expect(revised.target).toMatchObject({ value: 20, as_announced: 15 });
    expect(revised.deadline).toMatchObject({ on: '2030-12-31', text: null, revised: true });
    expect(revised.revisions[0]).toMatchObject({ revised_on: '2024-05-17', target_value: 20, source: { slug: 'kg24', html_url: 'https://tracker.example/sources/kg24' } });
  });
});

describe('groupByPeriod', () => {
  it('puts every source of a period together, with the preferred value and a disagreement flag', () => {
    const rows = [
      observation({ period: '2022', value: 10.6 }),
      observation({ period: '2022', value: 10.5, qualifier: 'at-least', preferred: false }),
      observation({ period: '2023', value: 11.2 }),
      observation({ period: '2023', value: 11.2, preferred: false }),
      observation({ period: '2024', value: 12, preferred: false }),
    ].map((o) => serialiseObservation(ctx, o));
    const periods = groupByPeriod(rows);
    expect(periods.map((p) => [p.period, p.preferred_value, p.sources_disagree, p.observations.length])).toEqual([
      ['2022', 10.6, true, 2],
      ['2023', 11.2, false, 2],
      ['2024', null, false, 1],
    ]);
  });
});

describe('paginate', () => {
  const filters = { category: 'transport' as const, sort: 'title' as const, page: 2 };

  it('links the neighbouring pages with the filters kept, and none past the ends', () => {
    const p = paginate(ctx, filters, 51, 25);
    expect(p).toMatchObject({ total: 51, page: 2, per_page: 25, pages: 3 });
    expect(p.links.prev).toBe('http://api.test/api/v1/commitments?category=transport&sort=title');
    expect(p.links.next).toBe('http://api.test/api/v1/commitments?category=transport&sort=title&page=3');
    expect(paginate(ctx, { ...filters, page: 3 }, 51, 25).links.next).toBeNull();
    expect(paginate(ctx, { ...filters, page: 1 }, 51, 25).links.prev).toBeNull();
  });

  it('keeps a non-default per_page in every link', () => {
    const p = paginate(ctx, { sort: 'deadline', page: 1 }, 10, 5);
    expect(p.links.next).toBe('http://api.test/api/v1/commitments?page=2&per_page=5');
    expect(p.links.first).toBe('http://api.test/api/v1/commitments?per_page=5');
    expect(linkHeader(p)).toBe(
      '<http://api.test/api/v1/commitments?per_page=5>; rel="first", <http://api.test/api/v1/commitments?page=2&per_page=5>; rel="next", <http://api.test/api/v1/commitments?page=2&per_page=5>; rel="last"',
    );
  });

  it('has one page, and no next, when nothing matches', () => {
    expect(paginate(ctx, { sort: 'deadline', page: 1 }, 0, 25)).toMatchObject({ pages: 1, links: { next: null, prev: null } });
  });
});

describe('another language', () => {
  const ru: SerialiseContext = { ...ctx, locale: 'ru' };

  it('says which texts are translated and which fell back to English', () => {
    const item = serialiseCommitment(ru, { ...target, title: 'Товарооборот до $15 млрд', titleLocale: 'ru', summaryLocale: 'en', metricUnitLabel: 'млрд долл. США' });
    expect(item).toMatchObject({ title: 'Товарооборот до $15 млрд', title_locale: 'ru', summary_locale: 'en' });
    expect(item.target).toMatchObject({ unit: 'USD bn', unit_label: 'млрд долл. США' });
  });

  it('links to the pages in that language and keeps it in the API links', () => {
    const item = serialiseCommitment(ru, target);
    expect(item.links).toEqual({
      self: 'http://api.test/api/v1/commitments/intra-regional-trade-15bn?locale=ru',
      html: 'https://tracker.example/ru/commitments/intra-regional-trade-15bn',
    });
    expect(item.source.html_url).toBe(`https://tracker.example/ru/sources/${source.sourceSlug}`);
    expect(item.target?.metric?.observations_csv_url).toBe('http://api.test/api/v1/metrics/intra-regional-trade/observations.csv?locale=ru');
    const p = paginate(ru, { category: 'trade', sort: 'deadline', page: 1 }, 30, 10);
    expect(p.links.next).toBe('http://api.test/api/v1/commitments?category=trade&page=2&per_page=10&locale=ru');
  });
});

describe('COMMITMENT_CSV_COLUMNS', () => {
  it('flattens the JSON item: a CSV row parses back to the same values', () => {
    const items = [serialiseCommitment(ctx, target), serialiseCommitment(ctx, project)];
    const rows: Record<string, string>[] = parse(toCsv(COMMITMENT_CSV_COLUMNS, items), { bom: true, columns: true });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      slug: 'intra-regional-trade-15bn',
      countries: 'KG; KZ; TJ; TM; UZ',
      verdict: 'in-progress',
      progress_share: '1.2345',
      progress_percent: '100',
      deadline_interpreted: 'true',
      baseline_value: '10.6',
      target_value: '15',
      unit: 'USD bn',
      metric_slug: 'intra-regional-trade',
      url: 'https://tracker.example/commitments/intra-regional-trade-15bn',
    });
    expect(rows[1]).toMatchObject({ slug: 'aktau-container-hub', stage: 'planned', baseline_value: '', target_value: '', overdue: 'true' });
  });

  it('has unique headers', () => {
    const headers = COMMITMENT_CSV_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
  });
});
