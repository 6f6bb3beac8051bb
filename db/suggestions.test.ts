import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, commitments, evidenceFiles, statusUpdates, suggestions } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { SUGGESTION_LIMITS, suggestionSchema } from '../lib/suggestions';
import type { StatusUpdateInput } from '../lib/validation';

// Readers' suggestions (issue 16, part 3) at the database level: the limits counted in the
// write that stores (parallel sends included), acceptance into a status update in one
// transaction (its file becomes the entry's evidence), rejection, an admin's purge, and no
// public read that could ever return a sender's email.

type Actor = import('./mutations').Actor;

const SLUG = 'council-of-national-coordinators';
const OTHER = 'consultative-meetings-secretariat';
const EMAIL = 'tipster-private@example.net';

let testDb: TestDatabase | undefined;
let m: TestDatabase['mutations'];
let q: TestDatabase['queries'];
let db: TestDatabase['db'];
let editor: Actor;

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: { until: '2023-09-14' } });
  ({ mutations: m, queries: q, db } = testDb);
  const { id } = await m.createUser(db, {
    email: 'ed@example.org',
    name: 'Ed Editor',
    role: 'editor',
    passwordHash: 'x',
    mustChangePassword: false,
    actor: null,
  });
  editor = { id, name: 'Ed Editor', role: 'editor' };
});

afterAll(async () => {
  await testDb?.close();
});

async function commitment(slug: string) {
  const [row] = await db.select({ id: commitments.id, version: commitments.version }).from(commitments).where(eq(commitments.slug, slug));
  return row!;
}

const input = (commitmentId: number, extra: Record<string, unknown> = {}) =>
  suggestionSchema.parse({ commitmentId: String(commitmentId), body: 'The council met in Almaty on 2 December, says the ministry.', ...extra });

function statusInput(partial: Partial<StatusUpdateInput> & Pick<StatusUpdateInput, 'commitmentId' | 'expectedVersion'>): StatusUpdateInput {
  return {
    entryType: 'update',
    asOf: '2023-09-14',
    verdict: 'in-progress',
    stage: undefined,
    figure: null,
    note: 'Checked against the ministry’s release.',
    sourceId: undefined,
    correctsId: undefined,
    confirmDate: false,
    evidence: [],
    ...partial,
  };
}

describe('taking suggestions', () => {
  it('stores one with its file digest, pending, in the sender’s language', async () => {
    const c = await commitment(SLUG);
    const pdf = new TextEncoder().encode('%PDF-1.4 minutes of the meeting');
    const outcome = await m.submitSuggestion(db, {
      input: input(c.id, {
        link: 'https://example.org/council',
        name: 'A Reader',
        email: EMAIL,
        consent: 'on',
        file: { name: 'minutes.pdf', bytes: pdf },
      }),
      addressKey: 'sender-a',
      locale: 'ru',
    });
    expect(outcome).toMatchObject({ stored: true });
    const [row] = await db
      .select()
      .from(suggestions)
      .where(eq(suggestions.id, (outcome as { id: number }).id));
    expect(row).toMatchObject({
      state: 'pending',
      email: EMAIL,
      locale: 'ru',
      fileType: 'application/pdf',
      fileName: 'minutes.pdf',
      addressKey: 'sender-a',
    });
    expect(row!.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('one sender is stopped after the per-address limit; another sender is not', async () => {
    const c = await commitment(OTHER);
    const now = new Date();
    const results = [];
    for (let i = 0; i < SUGGESTION_LIMITS.perAddress.max + 1; i++)
      results.push(await m.submitSuggestion(db, { input: input(c.id), addressKey: 'busy', locale: 'en', now }));
    expect(results.filter((r) => r.stored)).toHaveLength(SUGGESTION_LIMITS.perAddress.max);
    expect(results.at(-1)).toMatchObject({ stored: false, bucket: 'perAddress' });
    expect(await m.submitSuggestion(db, { input: input(c.id), addressKey: 'someone-else', locale: 'en', now })).toMatchObject({ stored: true });
  });

  it('twenty-five sent at once to one commitment without a known address: exactly the per-commitment limit is stored', async () => {
    const c = await commitment('special-representatives');
    const before = await testDb!.count(suggestions);
    const results = await Promise.all(
      Array.from({ length: 25 }, () => m.submitSuggestion(db, { input: input(c.id), addressKey: null, locale: 'en' })),
    );
    expect(results.filter((r) => r.stored)).toHaveLength(SUGGESTION_LIMITS.perCommitment.max);
    expect(results.filter((r) => !r.stored).every((r) => !r.stored && r.bucket === 'perCommitment')).toBe(true);
    expect((await testDb!.count(suggestions)) - before).toBe(SUGGESTION_LIMITS.perCommitment.max);
  });

  it('refuses a commitment that does not exist, storing nothing', async () => {
    const before = await testDb!.count(suggestions);
    await expect(m.submitSuggestion(db, { input: input(987_654), addressKey: null, locale: 'en' })).rejects.toThrow();
    expect(await testDb!.count(suggestions)).toBe(before);
  });
});

describe('the moderation queue', () => {
  it('accepting into a status update publishes the entry, attaches the reader’s file, and marks it accepted, once', async () => {
    const c = await commitment(SLUG);
    const [pending] = await q.listSuggestionsForEditor({ states: ['pending'] });
    expect(pending?.commitmentSlug).toBe(SLUG);
    const saved = await m.addStatusUpdate(db, {
      actor: editor,
      input: statusInput({ commitmentId: c.id, expectedVersion: c.version, suggestionId: pending!.id }),
    });
    const after = await q.getSuggestionForEditor({ id: pending!.id });
    expect(after).toMatchObject({ state: 'accepted', statusUpdateId: saved.id, decidedByName: 'Ed Editor' });
    const files = await db.select().from(evidenceFiles).where(eq(evidenceFiles.statusUpdateId, saved.id));
    expect(files.map((f) => [f.name, f.sha256])).toEqual([['minutes.pdf', pending!.fileSha256]]);
    const audit = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entity, 'suggestion'));
    expect(audit.map((a) => a.action)).toContain('accept-suggestion');

    // A second acceptance (another editor's tab) is refused and writes nothing.
    const updates = await testDb!.count(statusUpdates);
    const now = await commitment(SLUG);
    await expect(
      m.addStatusUpdate(db, { actor: editor, input: statusInput({ commitmentId: c.id, expectedVersion: now.version, suggestionId: pending!.id }) }),
    ).rejects.toMatchObject({ fieldErrors: { suggestionId: [expect.stringMatching(/already accepted/)] } });
    expect(await testDb!.count(statusUpdates)).toBe(updates);
  });

  it('a suggestion about another commitment cannot be accepted here', async () => {
    const c = await commitment(SLUG);
    const [other] = (await q.listSuggestionsForEditor({ states: ['pending'] })).filter((s) => s.commitmentSlug === OTHER);
    await expect(
      m.addStatusUpdate(db, { actor: editor, input: statusInput({ commitmentId: c.id, expectedVersion: c.version, suggestionId: other!.id }) }),
    ).rejects.toMatchObject({ fieldErrors: { suggestionId: [expect.stringMatching(/not about this commitment/)] } });
  });

  it('rejecting keeps the reason; a decided one cannot be rejected again', async () => {
    const [one] = (await q.listSuggestionsForEditor({ states: ['pending'] })).filter((s) => s.commitmentSlug === OTHER);
    await m.rejectSuggestion(db, { id: one!.id, reason: 'No source confirms it.', actor: editor });
    expect(await q.getSuggestionForEditor({ id: one!.id })).toMatchObject({ state: 'rejected', rejectReason: 'No source confirms it.' });
    await expect(m.rejectSuggestion(db, { id: one!.id, reason: 'Again.', actor: editor })).rejects.toMatchObject({
      fieldErrors: { id: [expect.stringMatching(/already rejected/)] },
    });
  });

  it('an admin’s purge erases name, email, address key and file, and keeps the words and the decision', async () => {
    const accepted = (await q.listSuggestionsForEditor({ states: ['accepted'] }))[0]!;
    await m.purgeSuggestion(db, { id: accepted.id, actor: { ...editor, role: 'admin' } });
    const [row] = await db.select().from(suggestions).where(eq(suggestions.id, accepted.id));
    expect(row).toMatchObject({ name: null, email: null, addressKey: null, fileBytes: null, fileName: null, state: 'accepted' });
    expect(row!.purgedAt).not.toBeNull();
    expect(row!.body).toBe(accepted.body);
    expect(await q.getSuggestionFile({ id: accepted.id })).toBeNull();
  });
});

describe('privacy', () => {
  it('no public read returns a sender’s email, whatever it is asked', async () => {
    const c = await commitment(OTHER);
    await m.submitSuggestion(db, { input: input(c.id, { email: EMAIL, consent: 'on', name: 'Private Name' }), addressKey: 'privacy', locale: 'en' });
    const today = new Date().toISOString().slice(0, 10);
    const reads = [
      await q.getCommitmentBySlug({ slug: OTHER, asOf: today }),
      await q.getCommitmentBySlug({ slug: SLUG, asOf: today }),
      await q.getDashboardSummary({ asOf: today }),
      await q.listLatestStatusUpdates({ limit: 100 }),
      await q.listCommitmentsForOpenData({ filters: { sort: 'deadline', page: 1 } as never, asOf: today, perPage: 100, locale: 'en' }),
      await q.getUpdateLog({ slug: SLUG }),
      await q.listChangesBetween({ after: null }),
    ];
    for (const read of reads) {
      const text = JSON.stringify(read);
      expect(text).not.toContain(EMAIL);
      expect(text).not.toContain('Private Name');
    }
  });

  it('no public route imports the suggestions queries or mutations', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const publicFiles = [...walk(path.join(root, 'app')), ...walk(path.join(root, 'components'))].filter(
      (f) => /\.(ts|tsx)$/.test(f) && !f.includes(`${path.sep}(workspace)${path.sep}`) && !f.includes(`${path.sep}editor${path.sep}`),
    );
    const offenders = publicFiles.filter((f) => /listSuggestionsForEditor|getSuggestionForEditor|getSuggestionFile/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
