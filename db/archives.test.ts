import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, evidenceFiles, linkArchives, sources } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { FIRST_RETRY_MS } from '../lib/archive-status';
import type { StatusUpdateInput } from '../lib/validation';

// The evidence archive at the database level (issue 16, part 1): what a save queues, how the
// worker claims and records fetches (first copies, retries with back-off, final refusals, the
// link check), attached files, and what the public reads say. The fetching itself is
// lib/server/safe-fetch.ts (unit-tested) and the whole path runs in e2e/archive.spec.ts.

type Actor = import('./mutations').Actor;

const UNTIL = '2023-09-14';
const PROJECT = 'zhanaozen-turkmenistan-highway';
const LINK_CHECK_DAYS = 7;

let testDb: TestDatabase | undefined;
let m: TestDatabase['mutations'];
let q: TestDatabase['queries'];
let db: TestDatabase['db'];
let editor: Actor;
let queueArchives: typeof import('./mutations/archives').queueArchives;

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: { until: UNTIL } });
  ({ mutations: m, queries: q, db } = testDb);
  ({ queueArchives } = await import('./mutations/archives'));
  const { id } = await m.createUser(db, {
    email: 'erin@example.org',
    name: 'Erin Editor',
    role: 'editor',
    passwordHash: 'scrypt$not-a-real-hash',
    mustChangePassword: false,
    actor: null,
  });
  editor = { id, name: 'Erin Editor', role: 'editor' };
});

afterAll(async () => {
  await testDb?.close();
});

async function project() {
  const [row] = await db.select({ id: commitments.id, version: commitments.version }).from(commitments).where(eq(commitments.slug, PROJECT));
  return row!;
}

async function archiveRow(url: string) {
  const [row] = await db.select().from(linkArchives).where(eq(linkArchives.url, url));
  return row;
}

function statusInput(partial: Partial<StatusUpdateInput> & Pick<StatusUpdateInput, 'commitmentId' | 'expectedVersion'>): StatusUpdateInput {
  return {
    entryType: 'update',
    asOf: '2023-09-14',
    verdict: 'in-progress',
    stage: undefined,
    figure: null,
    note: '',
    sourceId: undefined,
    correctsId: undefined,
    confirmDate: false,
    evidence: [],
    ...partial,
  };
}

const ok = (body: string, extra: Partial<{ finalUrl: string; contentType: string; truncated: boolean }> = {}) => ({
  ok: true as const,
  finalUrl: extra.finalUrl ?? 'https://example.org/final',
  status: 200,
  contentType: extra.contentType ?? 'text/html',
  bytes: Buffer.from(body),
  truncated: extra.truncated ?? false,
  sha256: createHash('sha256').update(body).digest('hex'),
  fetchedAt: new Date().toISOString(),
});
const failed = (reason: 'unreachable' | 'http-error' | 'refused-address' | 'dns', status?: number) => ({
  ok: false as const,
  reason,
  detail: `test: ${reason}`,
  status,
  fetchedAt: new Date().toISOString(),
});

async function claimOne(url: string, now = new Date()) {
  const [job] = await m.claimArchiveJobs(db, { limit: 5, leaseMs: 60_000, urls: [url], now });
  expect(job, `a due job for ${url}`).toBeDefined();
  return job!;
}

describe('queuing', () => {
  it('the seed queues every address its sources cite, once each, as due now', async () => {
    const cited = await db.select({ url: sources.url }).from(sources);
    const urls = new Set(cited.map((s) => s.url).filter((u): u is string => u !== null));
    expect(urls.size).toBeGreaterThan(0);
    const rows = await db.select({ url: linkArchives.url, state: linkArchives.state, nextAttemptAt: linkArchives.nextAttemptAt }).from(linkArchives);
    for (const url of urls) expect(rows.some((r) => r.url === new URL(url).href)).toBe(true);
    expect(rows.every((r) => r.state === 'pending' && r.nextAttemptAt !== null)).toBe(true);
  });

  it('a saved update queues its links, inside the save; one address written two ways shares one row', async () => {
    const c = await project();
    await m.addStatusUpdate(db, {
      actor: editor,
      input: statusInput({
        commitmentId: c.id,
        expectedVersion: c.version,
        evidence: [
          { url: 'HTTPS://Example.org/queue-a#section-2', title: 'A' },
          { url: 'https://example.org/queue-a', title: 'A again' },
          { url: 'https://example.org/queue-b', title: 'B' },
        ],
      }),
    });
    expect(await archiveRow('https://example.org/queue-a')).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await archiveRow('https://example.org/queue-b')).toMatchObject({ state: 'pending' });
    expect(await archiveRow('HTTPS://Example.org/queue-a#section-2')).toBeUndefined();
  });

  it('a refused save queues nothing', async () => {
    const c = await project();
    await expect(
      m.addStatusUpdate(db, {
        actor: editor,
        input: statusInput({
          commitmentId: c.id,
          expectedVersion: c.version - 1,
          evidence: [{ url: 'https://example.org/never-saved', title: 'x' }],
        }),
      }),
    ).rejects.toThrow();
    expect(await archiveRow('https://example.org/never-saved')).toBeUndefined();
  });

  it('a saved source queues its address', async () => {
    await m.saveSource(db, {
      actor: editor,
      input: {
        slug: 'archive-test-source',
        title: 'A report',
        publishedOn: '2024-01-02',
        kind: 'news-report',
        url: 'https://example.org/source-page',
        expectedVersion: undefined,
      },
    });
    expect(await archiveRow('https://example.org/source-page')).toMatchObject({ state: 'pending' });
  });
});

describe('claiming and recording', () => {
  it('a due row is claimed once: a second worker finds it taken until the claim runs out', async () => {
    const url = 'https://example.org/claim-once';
    await queueArchives(db, [url]);
    const now = new Date();
    const first = await m.claimArchiveJobs(db, { limit: 10, leaseMs: 60_000, urls: [url], now });
    expect(first.map((j) => j.url)).toEqual([url]);
    expect(await m.claimArchiveJobs(db, { limit: 10, leaseMs: 60_000, urls: [url], now })).toEqual([]);
    expect(await m.claimArchiveJobs(db, { limit: 10, leaseMs: 60_000, urls: [url], now: new Date(now.getTime() + 61_000) })).toHaveLength(1);
  });

  it('a fetched page is stored with its final address, type, size and sha256, and the public reads show it', async () => {
    const c = await project();
    const url = 'https://example.org/queue-a';
    const job = await claimOne(url);
    const outcome = ok('<html><body>Design approved.</body></html>', { finalUrl: 'https://example.org/moved/queue-a' });
    expect(await m.recordArchiveOutcome(db, { job, outcome, linkCheckDays: LINK_CHECK_DAYS })).toBe('archived');
    const row = (await archiveRow(url))!;
    expect(row).toMatchObject({
      state: 'archived',
      finalUrl: 'https://example.org/moved/queue-a',
      httpStatus: 200,
      contentType: 'text/html',
      sha256: outcome.sha256,
      attempts: 1,
      failure: null,
    });
    expect(row.byteLength).toBe(outcome.bytes.byteLength);
    // The next visit is the link check, LINK_CHECK_DAYS later.
    expect(Date.parse(row.nextAttemptAt!) - Date.now()).toBeGreaterThan((LINK_CHECK_DAYS - 0.01) * 86_400_000);

    const copy = await q.getArchiveCopy({ id: row.id });
    expect(copy?.body.toString()).toBe('<html><body>Design approved.</body></html>');
    expect(createHash('sha256').update(copy!.body).digest('hex')).toBe(copy!.sha256);

    const detail = await q.getCommitmentBySlug({ slug: PROJECT, asOf: '2026-12-03' });
    const entry = detail!.updates.find((u) => u.evidence.some((e) => e.url === 'HTTPS://Example.org/queue-a#section-2'))!;
    expect(entry.evidence.map((e) => e.archive?.kind)).toEqual(['archived', 'archived', 'pending']);
    expect(entry.evidence[0]!.archive).toMatchObject({ kind: 'archived', sha256: outcome.sha256, deadSince: null });
    // No read but the copy's own returns the bytes.
    expect(JSON.stringify(detail)).not.toContain('Design approved.</body>');
    void c;
  });

  it('a failure that may pass is retried, each wait twice the last; a refused address is never retried', async () => {
    const url = 'https://example.org/retry';
    await queueArchives(db, [url]);
    const t0 = new Date();
    let job = await claimOne(url, t0);
    expect(await m.recordArchiveOutcome(db, { job, outcome: failed('unreachable'), linkCheckDays: LINK_CHECK_DAYS, now: t0 })).toBe('failed');
    let row = (await archiveRow(url))!;
    expect(row).toMatchObject({ state: 'failed', failure: 'unreachable', attempts: 1 });
    expect(Date.parse(row.nextAttemptAt!) - t0.getTime()).toBe(FIRST_RETRY_MS);
    // Not due before its time.
    expect(await m.claimArchiveJobs(db, { limit: 5, leaseMs: 60_000, urls: [url], now: new Date(t0.getTime() + FIRST_RETRY_MS - 1000) })).toEqual([]);

    const t1 = new Date(t0.getTime() + FIRST_RETRY_MS);
    job = await claimOne(url, t1);
    await m.recordArchiveOutcome(db, { job, outcome: failed('http-error', 503), linkCheckDays: LINK_CHECK_DAYS, now: t1 });
    row = (await archiveRow(url))!;
    expect(row).toMatchObject({ failure: 'http-error', httpStatus: 503, attempts: 2 });
    expect(Date.parse(row.nextAttemptAt!) - t1.getTime()).toBe(2 * FIRST_RETRY_MS);

    const refused = 'http://169.254.169.254/latest/meta-data/';
    await queueArchives(db, [refused]);
    job = await claimOne(refused);
    await m.recordArchiveOutcome(db, { job, outcome: failed('refused-address'), linkCheckDays: LINK_CHECK_DAYS });
    expect(await archiveRow(refused)).toMatchObject({ state: 'failed', failure: 'refused-address', nextAttemptAt: null });
    const views = await q.archivesFor([refused, url]);
    expect(views.get(refused)?.view).toEqual({ kind: 'failed', reason: 'refused', status: null, willRetry: false });
    expect(views.get(url)?.view).toEqual({ kind: 'failed', reason: 'http-error', status: 503, willRetry: true });
  });

  it('the link check marks a dead link without touching its copy, and clears the mark when it answers again', async () => {
    const url = 'https://example.org/dies-later';
    await queueArchives(db, [url]);
    const first = ok('<html>still here</html>');
    await m.recordArchiveOutcome(db, { job: await claimOne(url), outcome: first, linkCheckDays: LINK_CHECK_DAYS });

    const check = new Date(Date.now() + (LINK_CHECK_DAYS + 1) * 86_400_000);
    const job = await claimOne(url, check);
    expect(job.state).toBe('archived');
    expect(await m.recordArchiveOutcome(db, { job, outcome: failed('http-error', 404), linkCheckDays: LINK_CHECK_DAYS, now: check })).toBe('dead');
    let row = (await archiveRow(url))!;
    expect(row).toMatchObject({
      state: 'archived',
      sha256: first.sha256,
      deadSince: check.toISOString(),
      checkFailure: 'http-error 404: test: http-error',
    });
    expect((await q.archivesFor([url])).get(url)?.view).toMatchObject({
      kind: 'archived',
      sha256: first.sha256,
      deadSince: check.toISOString().slice(0, 10),
    });

    // A second failed check keeps the first day it was found dead.
    const later = new Date(check.getTime() + (LINK_CHECK_DAYS + 1) * 86_400_000);
    await m.recordArchiveOutcome(db, { job: await claimOne(url, later), outcome: failed('dns'), linkCheckDays: LINK_CHECK_DAYS, now: later });
    expect((await archiveRow(url))!.deadSince).toBe(check.toISOString());

    const revived = new Date(later.getTime() + (LINK_CHECK_DAYS + 1) * 86_400_000);
    await m.recordArchiveOutcome(db, {
      job: await claimOne(url, revived),
      outcome: ok('<html>a new version</html>'),
      linkCheckDays: LINK_CHECK_DAYS,
      now: revived,
    });
    row = (await archiveRow(url))!;
    // Alive again; the copy is still the one made when the link was cited.
    expect(row).toMatchObject({ deadSince: null, checkFailure: null, sha256: first.sha256 });
  });

  it('makeArchivesDue makes every row due except final refusals', async () => {
    const one = (await archiveRow('https://example.org/retry'))!;
    expect(await m.makeArchivesDue(db, { id: one.id })).toEqual(['https://example.org/retry']);
    const refusedRow = (await archiveRow('http://169.254.169.254/latest/meta-data/'))!;
    expect(await m.makeArchivesDue(db, { id: refusedRow.id })).toEqual([]);
    const due = await m.makeArchivesDue(db);
    const rows = await db
      .select({ url: linkArchives.url, nextAttemptAt: linkArchives.nextAttemptAt, failure: linkArchives.failure })
      .from(linkArchives);
    expect(due.length).toBe(rows.filter((r) => r.failure !== 'refused-address').length);
    expect(rows.find((r) => r.failure === 'refused-address')?.nextAttemptAt).toBeNull();
  });
});

describe('attached files', () => {
  it('are stored with the update, with their sha256; the public read lists them without their bytes', async () => {
    const c = await project();
    const pdf = new TextEncoder().encode('%PDF-1.4\n% a signed protocol\n%%EOF\n');
    const saved = await m.addStatusUpdate(db, {
      actor: editor,
      input: statusInput({
        commitmentId: c.id,
        expectedVersion: c.version,
        note: 'Protocol signed; scan attached.',
        attachment: { name: 'protocol.pdf', contentType: 'application/pdf', bytes: pdf },
      }),
    });
    const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.statusUpdateId, saved.id));
    expect(row).toMatchObject({
      name: 'protocol.pdf',
      contentType: 'application/pdf',
      byteLength: pdf.byteLength,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const detail = await q.getCommitmentBySlug({ slug: PROJECT, asOf: '2026-12-03' });
    const entry = detail!.updates.find((u) => u.id === saved.id)!;
    expect(entry.files).toEqual([
      {
        id: row!.id,
        statusUpdateId: saved.id,
        name: 'protocol.pdf',
        contentType: 'application/pdf',
        byteLength: pdf.byteLength,
        sha256: row!.sha256,
        createdAt: row!.createdAt,
      },
    ]);
    expect((await q.getEvidenceFile({ id: row!.id }))?.body.equals(Buffer.from(pdf))).toBe(true);
  });
});
