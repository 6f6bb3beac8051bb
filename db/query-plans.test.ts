import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { InStatement } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES } from '../lib/domain';
import { listFiltersSchema, SORTS, STATUS_FILTERS, type ListFilters } from '../lib/filters';
import { openTestDatabase, type TestDatabase } from './test-database';

// Every query a public page runs must use an index on the two big tables: a full scan of
// status_updates (a million rows in the benchmark) or observations would make a page's cost
// grow with the whole history. The SQL is captured from the real query functions as the
// pages call them (the libSQL client's execute is wrapped), then EXPLAIN QUERY PLAN is run
// on each statement with its own arguments. Without ANALYZE statistics (the app never runs
// ANALYZE) SQLite picks the same plan for a tiny test database as for a large one.

const BIG_TABLES = ['status_updates', 'observations'];
const ROOT = path.resolve(import.meta.dirname, '..');

type Captured = { label: string; sql: string; args: unknown[] };
type PlanRow = { id: number; parent: number; detail: string };

let t: TestDatabase;
const captured: Captured[] = [];
let currentLabel = '';

beforeAll(async () => {
  t = await openTestDatabase({ seed: true });
  const client = await t.client.getClient();
  const execute = client.execute.bind(client) as (stmt: InStatement) => ReturnType<typeof client.execute>;
  // Drizzle runs every select through client.execute({ sql, args }).
  client.execute = ((stmt: InStatement | string, args?: unknown) => {
    const statement: InStatement = typeof stmt === 'string' ? { sql: stmt, args: (args ?? []) as never } : stmt;
    const sql = typeof statement === 'string' ? statement : statement.sql;
    const list = typeof statement === 'string' ? [] : Array.isArray(statement.args) ? statement.args : [];
    if (currentLabel && !/^\s*explain/i.test(sql)) captured.push({ label: currentLabel, sql, args: list });
    return execute(statement);
  }) as typeof client.execute;
});

afterAll(async () => {
  await t?.close();
});

const ASOF = '2026-06-30';
const LOCALES = ['en', 'ru', 'kk'] as const;

function allFilterCombinations(): ListFilters[] {
  const base = listFiltersSchema.parse({});
  const single: Partial<ListFilters>[] = [
    {},
    ...CATEGORIES.map((category) => ({ category })),
    ...STATUS_FILTERS.map((status) => ({ status })),
    ...COMMITMENT_KINDS.map((kind) => ({ kind })),
    ...COUNTRY_CODES.map((country) => ({ country })),
    { q: 'rail' },
    { category: 'transport', status: 'in-progress' },
    { category: 'trade', kind: 'target', country: 'KZ', status: 'overdue', q: 'trade' },
    { page: 3 },
  ];
  return single.flatMap((f) => SORTS.map((sort) => ({ ...base, ...f, sort })));
}

/**
 * What each public page calls, by the name it imports. The list is checked against the
 * pages' imports below, so a page that starts using a new query fails this test until the
 * query is exercised here too.
 */
function exercises(q: TestDatabase['queries']): Record<string, () => Promise<unknown>> {
  const listAll = async () => {
    for (const locale of LOCALES) {
      for (const filters of allFilterCombinations()) await q.listCommitments({ filters, asOf: ASOF, locale });
    }
  };
  const openDataLists = async () => {
    for (const locale of LOCALES) {
      for (const filters of allFilterCombinations()) {
        await q.listCommitmentsForOpenData({ filters, asOf: ASOF, perPage: 50, locale });
        await q.listCommitmentsForOpenData({ filters, asOf: ASOF, perPage: 'all', locale });
      }
    }
  };
  const eachLocale = (run: (locale: (typeof LOCALES)[number]) => Promise<unknown>) => async () => {
    for (const locale of LOCALES) await run(locale);
  };
  return {
    getDashboardSummary: eachLocale((locale) => q.getDashboardSummary({ asOf: ASOF, locale })),
    // The Atom and iCalendar feeds.
    listLatestStatusUpdates: eachLocale((locale) => q.listLatestStatusUpdates({ limit: 50, locale })),
    listCommitmentDeadlines: eachLocale((locale) => q.listCommitmentDeadlines({ locale, asOf: '2026-01-01' })),
    getFeaturedTarget: eachLocale((locale) => q.getFeaturedTarget({ asOf: ASOF, locale })),
    listCommitments: listAll,
    // db/cache.ts wraps these in Next's data cache; the SQL is the same.
    cachedListCommitments: listAll,
    cachedListCommitmentsForOpenData: openDataLists,
    listCommitmentsForOpenData: openDataLists,
    listCommitmentSlugs: () => q.listCommitmentSlugs(),
    getUpdateLog: eachLocale(async (locale) => {
      for (const slug of await q.listCommitmentSlugs()) await q.getUpdateLog({ slug, locale });
    }),
    getCommitmentBySlug: eachLocale(async (locale) => {
      for (const slug of await q.listCommitmentSlugs()) await q.getCommitmentBySlug({ slug, asOf: ASOF, locale });
    }),
    listSources: () => q.listSources(),
    listSourceSlugs: () => q.listSourceSlugs(),
    getSourceBySlug: eachLocale(async (locale) => {
      for (const slug of await q.listSourceSlugs()) await q.getSourceBySlug({ slug, locale });
    }),
    listMetrics: () => q.listMetrics(),
    getMetricForOpenData: eachLocale(async (locale) => {
      for (const { slug } of await q.listMetrics()) await q.getMetricForOpenData({ slug, locale });
    }),
    listCommitmentsForReport: eachLocale((locale) => q.listCommitmentsForReport({ locale })),
    getLatestSnapshot: () => q.getLatestSnapshot(),
    listSnapshots: () => q.listSnapshots(),
    getSnapshotPdf: () => q.getSnapshotPdf({ id: 1 }),
    checkDatabase: () => q.checkDatabase(),
    getTrackerStart: () => q.getTrackerStart(),
    getArchiveCopy: () => q.getArchiveCopy({ id: 1 }),
    getEvidenceFile: () => q.getEvidenceFile({ id: 1 }),
    listCommitmentStates: eachLocale((locale) => q.listCommitmentStates({ locale })),
    listChangesBetween: eachLocale(async (locale) => {
      await q.listChangesBetween({ after: '2024-01-01T00:00:00.000Z', until: '2025-01-01T00:00:00.000Z', locale });
      await q.listChangesBetween({ after: '2024-01-01T00:00:00.000Z', slug: 'intra-regional-trade-15bn', locale });
    }),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Query functions imported by public routes: everything in app/ but the editors' workspace and sign-in plumbing. */
function queriesImportedByPublicRoutes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const files = walk(path.join(ROOT, 'app')).filter(
    (f) => !f.includes(`${path.sep}(workspace)${path.sep}`) && !f.includes(`${path.sep}api${path.sep}auth${path.sep}`),
  );
  const importRe = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"](?:@\/|(?:\.\.?\/)+)db\/(?:queries|cache)['"]/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importRe)) {
      if (match[1]) continue;
      for (const spec of match[2]!.split(',')) {
        const name = spec
          .trim()
          .split(/\s+as\s+/)[0]!
          .trim();
        if (!name || name.startsWith('type ')) continue;
        found.set(name, [...(found.get(name) ?? []), path.relative(ROOT, file)]);
      }
    }
  }
  return found;
}

/** Table names and aliases a plan may mention for the big tables in this statement. */
function bigTableNames(sql: string): Set<string> {
  const names = new Set(BIG_TABLES);
  const aliasRe = /"?(status_updates|observations)"?\s+(?:as\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
  const keywords = new Set(['where', 'on', 'inner', 'left', 'join', 'order', 'group', 'limit', 'set', 'values']);
  for (const m of sql.matchAll(aliasRe)) if (!keywords.has(m[2]!.toLowerCase())) names.add(m[2]!);
  return names;
}

/** "SCAN status_updates" (a full table scan) but not "SCAN ... USING (COVERING) INDEX". */
function fullScans(plan: PlanRow[], names: Set<string>): string[] {
  return plan
    .map((r) => r.detail)
    .filter((detail) => {
      const m = /^SCAN (\S+)/.exec(detail);
      return m !== null && names.has(m[1]!) && !/USING (COVERING )?INDEX/.test(detail);
    });
}

describe('query plans of the public pages', () => {
  it('every query a public page imports is exercised here', async () => {
    const modules = { ...(await import('./queries')), ...(await import('./cache')) } as Record<string, unknown>;
    const exercised = exercises(t.queries);
    const missing = [...queriesImportedByPublicRoutes()]
      .filter(([name]) => typeof modules[name] === 'function' && !(name in exercised))
      .map(([name, files]) => `${name} (imported by ${files.join(', ')})`);
    expect(missing, 'add these to exercises() in db/query-plans.test.ts').toEqual([]);
  });

  it('no statement scans status_updates or observations without an index', async () => {
    const exercised = exercises(t.queries);
    for (const [name, run] of Object.entries(exercised)) {
      currentLabel = name;
      await run();
    }
    currentLabel = '';
    expect(captured.length).toBeGreaterThan(50);
    const touched = captured.filter((c) => BIG_TABLES.some((table) => c.sql.includes(`"${table}"`) || c.sql.includes(` ${table} `)));
    // The test is only worth something if it sees the big tables being read.
    expect(touched.length).toBeGreaterThan(10);

    const client = await t.client.getClient();
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of captured) {
      const key = `${c.sql}\u0000${JSON.stringify(c.args)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${c.sql}`, args: c.args as never });
      const plan = result.rows.map((r) => ({ id: Number(r.id), parent: Number(r.parent), detail: String(r.detail) }));
      // PLAN_DUMP=<file> keeps every statement and its plan, for reading them by hand.
      if (process.env.PLAN_DUMP)
        appendFileSync(
          process.env.PLAN_DUMP,
          `-- ${c.label} ${JSON.stringify(c.args)}\n${c.sql}\n${plan.map((p) => `   ${p.detail}`).join('\n')}\n\n`,
        );
      const scans = fullScans(plan, bigTableNames(c.sql));
      if (scans.length > 0) problems.push(`${c.label}: ${scans.join('; ')}\n    ${c.sql}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000); // Hundreds of statements in three languages, each explained: slow on a busy machine.

  it('the scan check recognises a full scan (so it can fail)', async () => {
    const client = await t.client.getClient();
    const sql = 'select count(*) from status_updates su where su.note like ?';
    const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: ['%x%'] });
    const plan = result.rows.map((r) => ({ id: Number(r.id), parent: Number(r.parent), detail: String(r.detail) }));
    expect(fullScans(plan, bigTableNames(sql))).toHaveLength(1);
  });
});
