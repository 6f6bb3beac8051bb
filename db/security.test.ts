import { and, desc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, commitmentCountries, commitments, leases, recoveryCodes, userSessions, users } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { deriveKey, newRecoveryCodes, newTotpSecret, recoveryCodeDigest, RECOVERY_CODE_COUNT, sameDigest, seal, timeStep, unseal } from '../lib/totp';
import type { CommitmentInput } from '../lib/validation';

// Issue 14 (security) at the database level: sessions and everything that ends them, the second
// factor (sealed secret, one use per time step, recovery codes), one-time passwords, the public
// record of in-place edits (by role, never by name) and named leases. Everything is written
// through db/mutations as the app writes it and read back through db/queries.
//
// The seed is the announcement alone (the dataset as known at the end of 14 Sept 2023). Each
// test makes the accounts it needs, so no test depends on another's sessions.

type Actor = import('./mutations').Actor;
type MutationsModule = TestDatabase['mutations'];

const UNTIL = '2023-09-14';
const TRADE = 'intra-regional-trade-15bn';
const SERVER_SECRET = 'a-test-secret-that-is-long-enough-for-hkdf-0123456789';
const TOTP_KEY = deriveKey(SERVER_SECRET, 'totp-secret');
const RECOVERY_KEY = deriveKey(SERVER_SECRET, 'recovery-codes');
const HOUR = 3_600_000;

let testDb: TestDatabase | undefined;
let m: TestDatabase['mutations'];
let q: TestDatabase['queries'];
let db: TestDatabase['db'];
let count: TestDatabase['count'];
let admin: Actor;

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: { until: UNTIL } });
  ({ mutations: m, queries: q, db, count } = testDb);
  const { id } = await m.createUser(db, {
    email: 'ada@example.org',
    name: 'Ada Admin',
    role: 'admin',
    passwordHash: 'scrypt$not-a-real-hash-admin',
    mustChangePassword: false,
    actor: null,
  });
  admin = { id, name: 'Ada Admin', role: 'admin' };
});

afterAll(async () => {
  await testDb?.close();
});

// ---------------------------------------------------------------------------- helpers

let userCounter = 0;
/** A fresh account of its own for one test, and its actor. */
async function newUser(role: 'admin' | 'editor' = 'editor', extra: { passwordExpiresAt?: string | null; mustChangePassword?: boolean } = {}) {
  userCounter += 1;
  const name = `Person ${userCounter} Editor`;
  const email = `person-${userCounter}@example.org`;
  const { id } = await m.createUser(db, {
    email,
    name,
    role,
    passwordHash: `scrypt$not-a-real-hash-${userCounter}`,
    mustChangePassword: extra.mustChangePassword ?? false,
    passwordExpiresAt: extra.passwordExpiresAt,
    actor: admin,
  });
  const actor: Actor = { id, name, role };
  return { id, name, email, actor };
}

const inAnHour = () => new Date(Date.now() + HOUR).toISOString();

async function sessions(userId: number, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await m.createSession(db, { userId, expiresAt: inAnHour() }));
  return ids;
}

/** The session ids of `ids` that getLiveSession still accepts. */
async function live(ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) if (await q.getLiveSession({ sessionId: id })) out.push(id);
  return out;
}

async function sessionRow(id: string) {
  const [row] = await db.select().from(userSessions).where(eq(userSessions.id, id));
  if (!row) throw new Error(`No session ${id}`);
  return row;
}

async function lastAudit(userId: number) {
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, 'user'), eq(auditEvents.entityId, userId)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  if (!row) throw new Error(`No audit event for user ${userId}`);
  return row;
}

async function inputErrors(fn: () => Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(m.InputError);
    return (error as InstanceType<MutationsModule['InputError']>).fieldErrors;
  }
  throw new Error('expected an InputError, but the call succeeded');
}

function digests(codes: string[]): string[] {
  return codes.map((c) => recoveryCodeDigest(c, RECOVERY_KEY));
}

/** What the sign-in flow passes to spendRecoveryCode for a typed code. */
function matching(typed: string) {
  const wanted = recoveryCodeDigest(typed, RECOVERY_KEY);
  return (digest: string) => sameDigest(digest, wanted);
}

/** A user with a confirmed second factor, signed in on `session`; the factor's last step is `step`. */
async function withSecondFactor(step = timeStep(new Date())) {
  const user = await newUser();
  const secret = newTotpSecret();
  const [session] = await sessions(user.id, 1);
  const sealedSecret = seal(secret, TOTP_KEY);
  await m.startSecondFactorSetup(db, { userId: user.id, sealedSecret });
  const codes = newRecoveryCodes();
  await m.confirmSecondFactor(db, { userId: user.id, sealedSecret, step, recoveryDigests: digests(codes), sessionId: session!, actor: user.actor });
  return { ...user, secret, session: session!, codes, step };
}

// ---------------------------------------------------------------------------- sessions

describe('sessions', () => {
  it('createSession makes a live session that getLiveSession returns with its user', async () => {
    const user = await newUser();
    const expiresAt = inAnHour();
    const id = await m.createSession(db, { userId: user.id, expiresAt });
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(await m.createSession(db, { userId: user.id, expiresAt })).not.toBe(id);

    const found = await q.getLiveSession({ sessionId: id });
    expect(found).toEqual({
      session: { id, userId: user.id, expiresAt, secondFactorAt: null },
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: 'editor',
        disabled: false,
        mustChangePassword: false,
        totpEnabled: false,
        locale: null,
      },
    });
    expect(JSON.stringify(found)).not.toContain('not-a-real-hash');
    expect(await q.getLiveSession({ sessionId: 'no-such-session' })).toBeNull();
  });

  it('an editor’s workspace language is stored with their account and read with every session, and nobody else’s changes', async () => {
    const user = await newUser();
    const other = await newUser();
    const id = await m.createSession(db, { userId: user.id, expiresAt: inAnHour() });
    await m.setUserLocale(db, { userId: user.id, locale: 'ru' });
    expect((await q.getLiveSession({ sessionId: id }))?.user.locale).toBe('ru');
    expect((await q.getUserById({ id: other.id }))?.locale).toBeNull();
    // A preference: the session goes on, unlike after a password or role change.
    await m.setUserLocale(db, { userId: user.id, locale: 'kk' });
    expect((await q.getLiveSession({ sessionId: id }))?.user.locale).toBe('kk');
    await expect(m.setUserLocale(db, { userId: 999_999, locale: 'en' })).rejects.toMatchObject({
      fieldErrors: { userId: ['This user no longer exists.'] },
    });
  });

  it('an expired session is no session, at its expiry and after', async () => {
    const user = await newUser();
    const past = await m.createSession(db, { userId: user.id, expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(await q.getLiveSession({ sessionId: past })).toBeNull();

    const expiresAt = inAnHour();
    const soon = await m.createSession(db, { userId: user.id, expiresAt });
    expect(await q.getLiveSession({ sessionId: soon })).not.toBeNull();
    expect(await q.getLiveSession({ sessionId: soon, now: new Date(Date.parse(expiresAt) - 1) })).not.toBeNull();
    expect(await q.getLiveSession({ sessionId: soon, now: new Date(expiresAt) })).toBeNull();
    expect(await q.getLiveSession({ sessionId: soon, now: new Date(Date.parse(expiresAt) + 1) })).toBeNull();
  });

  it('a revoked session is no session', async () => {
    const user = await newUser();
    const [id] = await sessions(user.id, 1);
    await testDb!.write((tx) => tx.update(userSessions).set({ revokedAt: new Date().toISOString() }).where(eq(userSessions.id, id!)));
    expect(await q.getLiveSession({ sessionId: id! })).toBeNull();
  });

  it('a disabled user has no session; disabling revokes them all, so enabling again does not revive them', async () => {
    const user = await newUser();
    const ids = await sessions(user.id, 3);
    // One already revoked before: not counted again.
    await m.endSessions(db, { userId: user.id, actor: user.actor });
    const fresh = await sessions(user.id, 2);
    expect(await live(fresh)).toEqual(fresh);

    // Disabled directly in the table (no revocation): the user check alone refuses the session.
    await testDb!.write((tx) => tx.update(users).set({ disabled: true }).where(eq(users.id, user.id)));
    expect(await live(fresh)).toEqual([]);
    await testDb!.write((tx) => tx.update(users).set({ disabled: false }).where(eq(users.id, user.id)));
    expect(await live(fresh)).toEqual(fresh);

    await m.setUserDisabled(db, { userId: user.id, disabled: true, actor: admin });
    expect(await live(fresh)).toEqual([]);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'disable-user', actorId: admin.id, details: { sessionsEnded: 2 } });
    for (const id of [...ids, ...fresh]) expect((await sessionRow(id)).revokedAt).not.toBeNull();

    await m.setUserDisabled(db, { userId: user.id, disabled: false, actor: admin });
    expect(await lastAudit(user.id)).toMatchObject({ action: 'enable-user', details: { sessionsEnded: 0 } });
    expect(await live([...ids, ...fresh])).toEqual([]);
  });

  it('setUserRole ends every session of the user, and only that user’s', async () => {
    const user = await newUser();
    const other = await newUser();
    const ids = await sessions(user.id, 2);
    const others = await sessions(other.id, 1);
    await m.setUserRole(db, { userId: user.id, role: 'admin', actor: admin });
    expect(await live(ids)).toEqual([]);
    expect(await live(others)).toEqual(others);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'change-role', details: { role: 'admin', sessionsEnded: 2 } });
    // The new session after the change sees the new role.
    const [next] = await sessions(user.id, 1);
    expect((await q.getLiveSession({ sessionId: next! }))!.user.role).toBe('admin');
  });

  it('setUserPassword ends every other session; keepSession survives', async () => {
    const user = await newUser();
    const [keep, ...rest] = await sessions(user.id, 3);
    await m.setUserPassword(db, {
      userId: user.id,
      passwordHash: 'scrypt$changed-by-user',
      mustChangePassword: false,
      keepSession: keep,
      actor: user.actor,
    });
    expect(await live([keep!, ...rest])).toEqual([keep]);
    expect(await lastAudit(user.id)).toMatchObject({
      action: 'set-password',
      actorId: user.id,
      details: { mustChangePassword: false, sessionsEnded: 2 },
    });

    // An admin's reset keeps nothing.
    await m.setUserPassword(db, {
      userId: user.id,
      passwordHash: 'scrypt$reset-by-admin',
      mustChangePassword: true,
      passwordExpiresAt: inAnHour(),
      actor: admin,
    });
    expect(await live([keep!])).toEqual([]);
    expect(await lastAudit(user.id)).toMatchObject({
      action: 'issue-one-time-password',
      actorId: admin.id,
      details: { mustChangePassword: true, sessionsEnded: 1 },
    });
    expect(JSON.stringify((await lastAudit(user.id)).details)).not.toContain('reset-by-admin');
  });

  it('endSessions (signing out) ends all of the user’s sessions, the current one included', async () => {
    const user = await newUser();
    const other = await newUser();
    const ids = await sessions(user.id, 3);
    const others = await sessions(other.id, 2);
    await m.endSessions(db, { userId: user.id, actor: user.actor });
    expect(await live(ids)).toEqual([]);
    expect(await live(others)).toEqual(others);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'sign-out', actorId: user.id, details: { sessionsEnded: 3 } });
    // Nothing left to end.
    await m.endSessions(db, { userId: user.id, actor: user.actor });
    expect(await lastAudit(user.id)).toMatchObject({ action: 'sign-out', details: { sessionsEnded: 0 } });
  });

  it('removeSecondFactor ends the user’s sessions (all of them for an admin’s reset, all but keepSession for the user)', async () => {
    const user = await withSecondFactor();
    const more = await sessions(user.id, 2);
    await m.removeSecondFactor(db, { userId: user.id, actor: user.actor, keepSession: user.session });
    expect(await live([user.session, ...more])).toEqual([user.session]);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'disable-second-factor', actorId: user.id, details: { sessionsEnded: 2 } });

    const again = await withSecondFactor();
    const theirs = await sessions(again.id, 1);
    await m.removeSecondFactor(db, { userId: again.id, actor: admin });
    expect(await live([again.session, ...theirs])).toEqual([]);
    expect(await lastAudit(again.id)).toMatchObject({ action: 'reset-second-factor', actorId: admin.id, details: { sessionsEnded: 2 } });
  });
});

// ---------------------------------------------------------------------------- the second factor

describe('second factor', () => {
  it('startSecondFactorSetup stores the secret sealed, not in plain; the factor is off until confirmed', async () => {
    const user = await newUser();
    expect(await q.getSecondFactor({ userId: user.id })).toEqual({ sealedSecret: null, enabledAt: null, lastStep: null, unusedRecoveryCodes: 0 });
    const secret = newTotpSecret();
    await m.startSecondFactorSetup(db, { userId: user.id, sealedSecret: seal(secret, TOTP_KEY) });
    const factor = await q.getSecondFactor({ userId: user.id });
    expect(factor).toMatchObject({ enabledAt: null, lastStep: null, unusedRecoveryCodes: 0 });
    expect(factor!.sealedSecret).not.toContain(secret);
    expect(unseal(factor!.sealedSecret!, TOTP_KEY)).toBe(secret);
    expect(unseal(factor!.sealedSecret!, deriveKey('another-server-secret-0123456789abcdef', 'totp-secret'))).toBeNull();
    expect((await q.getUserById({ id: user.id }))!.totpEnabled).toBe(false);

    // An unfinished set-up is replaced by a new one.
    const second = newTotpSecret();
    await m.startSecondFactorSetup(db, { userId: user.id, sealedSecret: seal(second, TOTP_KEY) });
    expect(unseal((await q.getSecondFactor({ userId: user.id }))!.sealedSecret!, TOTP_KEY)).toBe(second);
    expect(Object.keys(await inputErrors(() => m.startSecondFactorSetup(db, { userId: 987_654, sealedSecret: 'x' })))).toEqual(['userId']);
  });

  it('startSecondFactorSetup is refused once the factor is on, and keeps the secret', async () => {
    const user = await withSecondFactor();
    const before = await q.getSecondFactor({ userId: user.id });
    const errors = await inputErrors(() => m.startSecondFactorSetup(db, { userId: user.id, sealedSecret: seal(newTotpSecret(), TOTP_KEY) }));
    expect(Object.keys(errors)).toEqual(['code']);
    expect(await q.getSecondFactor({ userId: user.id })).toEqual(before);
    expect(unseal(before!.sealedSecret!, TOTP_KEY)).toBe(user.secret);
  });

  it('confirmSecondFactor turns it on, replaces the recovery codes with ten, marks this session and ends the others', async () => {
    const user = await newUser();
    const [current, other1, other2] = await sessions(user.id, 3);
    const sealedSecret = seal(newTotpSecret(), TOTP_KEY);
    await m.startSecondFactorSetup(db, { userId: user.id, sealedSecret });
    // Codes left from an earlier factor are not kept.
    await testDb!.write((tx) => tx.insert(recoveryCodes).values({ userId: user.id, digest: 'stale-digest' }));
    const step = timeStep(new Date());
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(RECOVERY_CODE_COUNT).toBe(10);
    await m.confirmSecondFactor(db, { userId: user.id, sealedSecret, step, recoveryDigests: digests(codes), sessionId: current!, actor: user.actor });

    // A second confirmation (a double submit) and one for a replaced secret are refused, keeping these codes.
    await expect(
      m.confirmSecondFactor(db, {
        userId: user.id,
        sealedSecret,
        step,
        recoveryDigests: digests(newRecoveryCodes()),
        sessionId: current!,
        actor: user.actor,
      }),
    ).rejects.toBeInstanceOf(m.InputError);
    await expect(
      m.confirmSecondFactor(db, {
        userId: user.id,
        sealedSecret: seal(newTotpSecret(), TOTP_KEY),
        step,
        recoveryDigests: [],
        sessionId: current!,
        actor: user.actor,
      }),
    ).rejects.toBeInstanceOf(m.InputError);

    const factor = await q.getSecondFactor({ userId: user.id });
    expect(factor!.enabledAt).not.toBeNull();
    expect(factor!.lastStep).toBe(step);
    expect(factor!.unusedRecoveryCodes).toBe(10);
    const stored = await db
      .select({ digest: recoveryCodes.digest, usedAt: recoveryCodes.usedAt })
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((r) => r.digest).sort()).toEqual(digests(codes).sort());
    expect(stored.every((r) => r.usedAt === null)).toBe(true);
    // Only digests are stored, never the codes.
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code);

    const kept = await q.getLiveSession({ sessionId: current! });
    expect(kept!.session.secondFactorAt).not.toBeNull();
    expect(kept!.user.totpEnabled).toBe(true);
    expect(await live([current!, other1!, other2!])).toEqual([current]);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'enable-second-factor', actorId: user.id, details: { sessionsEnded: 2 } });
  });

  it('spendSecondFactorStep accepts a step once, and refuses the same or an earlier step', async () => {
    const user = await withSecondFactor(1000);
    const [session] = await sessions(user.id, 1);
    // The step the set-up confirmed with cannot be used again, nor an earlier one.
    expect(await m.spendSecondFactorStep(db, { userId: user.id, step: 1000, sessionId: session! })).toBe(false);
    expect(await m.spendSecondFactorStep(db, { userId: user.id, step: 999, sessionId: session! })).toBe(false);
    // A refused step does not count as the factor given.
    expect((await sessionRow(session!)).secondFactorAt).toBeNull();

    expect(await m.spendSecondFactorStep(db, { userId: user.id, step: 1001, sessionId: session! })).toBe(true);
    expect((await sessionRow(session!)).secondFactorAt).not.toBeNull();
    expect((await q.getSecondFactor({ userId: user.id }))!.lastStep).toBe(1001);

    // Replays of that code, and older codes still inside the window, are refused.
    const [next] = await sessions(user.id, 1);
    expect(await m.spendSecondFactorStep(db, { userId: user.id, step: 1001, sessionId: next! })).toBe(false);
    expect(await m.spendSecondFactorStep(db, { userId: user.id, step: 1000, sessionId: next! })).toBe(false);
    expect((await sessionRow(next!)).secondFactorAt).toBeNull();
    expect((await q.getSecondFactor({ userId: user.id }))!.lastStep).toBe(1001);
    expect(await m.spendSecondFactorStep(db, { userId: user.id, step: 1003, sessionId: next! })).toBe(true);
    expect((await q.getSecondFactor({ userId: user.id }))!.lastStep).toBe(1003);
  });

  it('the same step sent twice at once: exactly one is accepted', async () => {
    const user = await withSecondFactor(2000);
    const [a, b] = await sessions(user.id, 2);
    const results = await Promise.all([
      m.spendSecondFactorStep(db, { userId: user.id, step: 2001, sessionId: a! }),
      m.spendSecondFactorStep(db, { userId: user.id, step: 2001, sessionId: b! }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const marked = [await sessionRow(a!), await sessionRow(b!)].filter((s) => s.secondFactorAt !== null);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.id).toBe(results[0] ? a : b);
  });

  it('spendRecoveryCode spends a code once, however it is typed, and says how many are left', async () => {
    const user = await withSecondFactor();
    const [session] = await sessions(user.id, 1);
    const code = user.codes[3]!;
    const typed = ` ${code.toUpperCase().replaceAll('-', ' ')} `;
    expect(await m.spendRecoveryCode(db, { userId: user.id, matches: matching(typed), sessionId: session!, actor: user.actor })).toEqual({
      used: true,
      left: 9,
    });
    expect((await sessionRow(session!)).secondFactorAt).not.toBeNull();
    expect(await lastAudit(user.id)).toMatchObject({ action: 'use-recovery-code', details: { left: 9 } });
    expect((await q.getSecondFactor({ userId: user.id }))!.unusedRecoveryCodes).toBe(9);

    const [next] = await sessions(user.id, 1);
    expect(await m.spendRecoveryCode(db, { userId: user.id, matches: matching(code), sessionId: next!, actor: user.actor })).toEqual({
      used: false,
      left: 9,
    });
    expect((await sessionRow(next!)).secondFactorAt).toBeNull();
    expect(await m.spendRecoveryCode(db, { userId: user.id, matches: matching('abcd-efgh-jkmn'), sessionId: next!, actor: user.actor })).toEqual({
      used: false,
      left: 9,
    });
    // Another user's code does not work for this one.
    const other = await withSecondFactor();
    expect(await m.spendRecoveryCode(db, { userId: user.id, matches: matching(other.codes[0]!), sessionId: next!, actor: user.actor })).toEqual({
      used: false,
      left: 9,
    });
    expect(await m.spendRecoveryCode(db, { userId: user.id, matches: matching(user.codes[0]!), sessionId: next!, actor: user.actor })).toEqual({
      used: true,
      left: 8,
    });
  });

  it('the same recovery code sent twice at once is spent once', async () => {
    const user = await withSecondFactor();
    const [a, b] = await sessions(user.id, 2);
    const results = await Promise.all([
      m.spendRecoveryCode(db, { userId: user.id, matches: matching(user.codes[0]!), sessionId: a!, actor: user.actor }),
      m.spendRecoveryCode(db, { userId: user.id, matches: matching(user.codes[0]!), sessionId: b!, actor: user.actor }),
    ]);
    expect(results.filter((r) => r.used)).toHaveLength(1);
    expect((await q.getSecondFactor({ userId: user.id }))!.unusedRecoveryCodes).toBe(9);
  });

  it('replaceRecoveryCodes invalidates every old code, spent or not', async () => {
    const user = await withSecondFactor();
    await m.spendRecoveryCode(db, { userId: user.id, matches: matching(user.codes[0]!), sessionId: user.session, actor: user.actor });
    expect((await q.getSecondFactor({ userId: user.id }))!.unusedRecoveryCodes).toBe(9);

    const fresh = newRecoveryCodes();
    await m.replaceRecoveryCodes(db, { userId: user.id, recoveryDigests: digests(fresh), actor: user.actor });
    expect(await lastAudit(user.id)).toMatchObject({ action: 'replace-recovery-codes', actorId: user.id });
    expect((await q.getSecondFactor({ userId: user.id }))!.unusedRecoveryCodes).toBe(10);
    expect(await count(recoveryCodes)).toBeGreaterThanOrEqual(10);
    expect(await db.$count(recoveryCodes, eq(recoveryCodes.userId, user.id))).toBe(10);
    for (const old of user.codes) {
      expect((await m.spendRecoveryCode(db, { userId: user.id, matches: matching(old), sessionId: user.session, actor: user.actor })).used).toBe(
        false,
      );
    }
    expect(await m.spendRecoveryCode(db, { userId: user.id, matches: matching(fresh[9]!), sessionId: user.session, actor: user.actor })).toEqual({
      used: true,
      left: 9,
    });
  });

  it('removeSecondFactor clears the secret, the recovery codes and the sessions; a new set-up may start', async () => {
    const user = await withSecondFactor();
    const other = await withSecondFactor();
    await m.removeSecondFactor(db, { userId: user.id, actor: admin });
    expect(await q.getSecondFactor({ userId: user.id })).toEqual({ sealedSecret: null, enabledAt: null, lastStep: null, unusedRecoveryCodes: 0 });
    expect(await db.$count(recoveryCodes, eq(recoveryCodes.userId, user.id))).toBe(0);
    expect(await db.$count(userSessions, and(eq(userSessions.userId, user.id), isNull(userSessions.revokedAt)))).toBe(0);
    expect((await q.getUserById({ id: user.id }))!.totpEnabled).toBe(false);
    // The other user's factor is untouched.
    expect((await q.getSecondFactor({ userId: other.id }))!.unusedRecoveryCodes).toBe(10);
    expect(await live([other.session])).toEqual([other.session]);

    await m.startSecondFactorSetup(db, { userId: user.id, sealedSecret: seal(newTotpSecret(), TOTP_KEY) });
    expect((await q.getSecondFactor({ userId: user.id }))!.sealedSecret).not.toBeNull();
  });
});

// ---------------------------------------------------------------------------- one-time passwords

describe('one-time passwords', () => {
  it('createUser keeps the expiry of a one-time password; findUserForSignIn returns it', async () => {
    const expires = new Date(Date.now() + 72 * HOUR).toISOString();
    const user = await newUser('editor', { mustChangePassword: true, passwordExpiresAt: expires });
    expect(await q.findUserForSignIn({ email: user.email.toUpperCase() })).toMatchObject({
      id: user.id,
      mustChangePassword: true,
      passwordExpiresAt: expires,
    });
    const listed = (await q.listUsers()).find((u) => u.id === user.id);
    expect(listed).toMatchObject({ passwordExpiresAt: expires });
    expect(Object.keys(listed!)).not.toContain('passwordHash');
    // A password without an expiry.
    const plain = await newUser();
    expect((await q.findUserForSignIn({ email: plain.email }))!.passwordExpiresAt).toBeNull();
  });

  it('setUserPassword with mustChangePassword false clears the expiry; a new one-time password sets it again', async () => {
    const expires = new Date(Date.now() + 72 * HOUR).toISOString();
    const user = await newUser('editor', { mustChangePassword: true, passwordExpiresAt: expires });
    await m.setUserPassword(db, {
      userId: user.id,
      passwordHash: 'scrypt$chosen',
      mustChangePassword: false,
      passwordExpiresAt: expires,
      actor: user.actor,
    });
    expect(await q.findUserForSignIn({ email: user.email })).toMatchObject({
      passwordHash: 'scrypt$chosen',
      mustChangePassword: false,
      passwordExpiresAt: null,
    });
    expect(await lastAudit(user.id)).toMatchObject({ action: 'set-password', details: { mustChangePassword: false } });

    const again = new Date(Date.now() + 24 * HOUR).toISOString();
    await m.setUserPassword(db, {
      userId: user.id,
      passwordHash: 'scrypt$one-time',
      mustChangePassword: true,
      passwordExpiresAt: again,
      actor: admin,
    });
    expect(await q.findUserForSignIn({ email: user.email })).toMatchObject({
      passwordHash: 'scrypt$one-time',
      mustChangePassword: true,
      passwordExpiresAt: again,
    });
    expect(await lastAudit(user.id)).toMatchObject({ action: 'issue-one-time-password', actorId: admin.id });
  });
});

// ---------------------------------------------------------------------------- record changes

describe('record changes', () => {
  let editor: Awaited<ReturnType<typeof newUser>>;

  beforeAll(async () => {
    editor = await newUser('editor');
  });

  /** The saved commitment as the edit form submits it. */
  async function formOf(slug: string): Promise<CommitmentInput> {
    const [c] = await db.select().from(commitments).where(eq(commitments.slug, slug));
    if (!c) throw new Error(`No commitment ${slug}`);
    const countries = await db
      .select({ code: commitmentCountries.countryCode })
      .from(commitmentCountries)
      .where(eq(commitmentCountries.commitmentId, c.id));
    const u = <T>(v: T | null) => v ?? undefined;
    return {
      id: c.id,
      expectedVersion: c.version,
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      category: c.category,
      kind: c.kind,
      owner: c.owner,
      announcedOn: c.announcedOn,
      sourceId: c.sourceId,
      quote: c.quote,
      countries: countries.map((r) => r.code) as CommitmentInput['countries'],
      deadlineText: u(c.deadlineText),
      deadlineOn: u(c.deadlineOn),
      deadlineInterpreted: c.deadlineInterpreted,
      deadlineNote: u(c.deadlineNote),
      metricId: u(c.metricId),
      direction: u(c.direction),
      baselineValue: u(c.baselineValue),
      baselineOn: u(c.baselineOn),
      baselineNote: u(c.baselineNote),
      baselinePeriod: u(c.baselinePeriod),
      targetValue: u(c.targetValue),
      targetMultiple: u(c.targetMultiple),
      targetNote: u(c.targetNote),
      correctionReason: undefined,
    };
  }

  async function detail() {
    const d = await q.getCommitmentBySlug({ slug: TRADE, asOf: UNTIL });
    if (!d) throw new Error(`No commitment ${TRADE}`);
    return d;
  }

  function noEditorIn(value: unknown) {
    const text = JSON.stringify(value);
    expect(text).not.toContain(editor.name);
    expect(text).not.toContain(editor.email);
    expect(text).not.toContain(admin.name);
    expect(text).not.toContain('not-a-real-hash');
    expect(text).not.toContain('"actorId"');
  }

  it('an edit of the summary (not an announced term) needs no reason, and is listed by role with before and after', async () => {
    expect((await detail()).recordChanges).toEqual([]);
    const form = await formOf(TRADE);
    const before = form.summary;
    await m.saveCommitment(db, { actor: editor.actor, input: { ...form, summary: 'A corrected summary of the trade commitment.' } });
    const d = await detail();
    expect(d.summary).toBe('A corrected summary of the trade commitment.');
    expect(d.recordChanges).toEqual([
      {
        id: expect.any(Number),
        on: new Date().toISOString().slice(0, 10),
        role: 'editor',
        changes: { summary: { from: before, to: 'A corrected summary of the trade commitment.' } },
        reason: null,
      },
    ]);
    noEditorIn(d);
  });

  it('correcting the announced target without a reason is refused on correctionReason and writes nothing', async () => {
    const form = await formOf(TRADE);
    const [row] = await db.select().from(commitments).where(eq(commitments.slug, TRADE));
    const audits = await count(auditEvents);
    const errors = await inputErrors(() => m.saveCommitment(db, { actor: editor.actor, input: { ...form, targetValue: 16 } }));
    expect(Object.keys(errors)).toEqual(['correctionReason']);
    expect(errors.correctionReason![0]).toContain('targetValue');
    // A blank reason is no reason.
    expect(
      Object.keys(await inputErrors(() => m.saveCommitment(db, { actor: editor.actor, input: { ...form, targetValue: 16, correctionReason: '' } }))),
    ).toEqual(['correctionReason']);
    const [after] = await db.select().from(commitments).where(eq(commitments.slug, TRADE));
    expect(after).toEqual(row);
    expect(await count(auditEvents)).toBe(audits);
    expect((await detail()).recordChanges).toHaveLength(1);
  });

  it('correcting the announced target with a reason is listed with the reason, by the role the actor had', async () => {
    const form = await formOf(TRADE);
    const reason = 'The figure was mistyped when the speech was recorded: the speech says 15, the record said 16.';
    // First a mistaken 16 (an admin's correction), then back to 15 (an editor's).
    await m.saveCommitment(db, { actor: { ...admin }, input: { ...form, targetValue: 16, correctionReason: 'Typed from the news report.' } });
    await m.saveCommitment(db, { actor: editor.actor, input: { ...(await formOf(TRADE)), targetValue: 15, correctionReason: reason } });
    const d = await detail();
    expect(d.target?.originalTargetValue).toBe(15);
    expect(d.recordChanges).toHaveLength(3);
    expect(d.recordChanges[1]).toMatchObject({
      role: 'admin',
      changes: { targetValue: { from: 15, to: 16 } },
      reason: 'Typed from the news report.',
    });
    expect(d.recordChanges[2]).toMatchObject({ role: 'editor', changes: { targetValue: { from: 16, to: 15 } }, reason });
    expect(Object.keys(d.recordChanges[2]!.changes)).toEqual(['targetValue']);
    // Oldest first.
    expect(d.recordChanges.map((r) => r.id)).toEqual([...d.recordChanges.map((r) => r.id)].sort((a, b) => a - b));
    noEditorIn(d);
    // The audit log itself still knows who (for the workspace), with the same changes.
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.id, d.recordChanges[2]!.id));
    expect(audit).toMatchObject({
      action: 'edit-commitment',
      actorId: editor.id,
      details: { role: 'editor', reason, changes: { targetValue: { from: 16, to: 15 } } },
    });
  });
});

// ---------------------------------------------------------------------------- leases

describe('leases', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('the first holder takes it; a second cannot while it runs, and can once it has run out', async () => {
    expect(await q.getLease({ name: 'test-a' })).toBeNull();
    expect(await m.takeLease(db, { name: 'test-a', holder: 'one', leaseMs: 60_000 })).toBe(true);
    expect(await q.getLease({ name: 'test-a' })).toMatchObject({ holder: 'one' });
    expect(await m.takeLease(db, { name: 'test-a', holder: 'two', leaseMs: 60_000 })).toBe(false);
    expect(await q.getLease({ name: 'test-a' })).toMatchObject({ holder: 'one' });
    // Another name is another lease.
    expect(await m.takeLease(db, { name: 'test-b', holder: 'two', leaseMs: 60_000 })).toBe(true);

    // A holder that crashed: its lease ran out.
    await testDb!.write((tx) =>
      tx
        .update(leases)
        .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
        .where(eq(leases.name, 'test-a')),
    );
    expect(await m.takeLease(db, { name: 'test-a', holder: 'two', leaseMs: 60_000 })).toBe(true);
    expect(await q.getLease({ name: 'test-a' })).toMatchObject({ holder: 'two' });
    expect(Date.parse((await q.getLease({ name: 'test-a' }))!.expiresAt)).toBeGreaterThan(Date.now() + 50_000);
  });

  it('a tiny lease runs out by itself', async () => {
    expect(await m.takeLease(db, { name: 'test-tiny', holder: 'one', leaseMs: 5 })).toBe(true);
    await sleep(30);
    expect(await m.takeLease(db, { name: 'test-tiny', holder: 'two', leaseMs: 60_000 })).toBe(true);
    expect(await m.takeLease(db, { name: 'test-tiny', holder: 'one', leaseMs: 60_000 })).toBe(false);
  });

  it('releaseLease by anyone but the holder does nothing; by the holder it frees the lease', async () => {
    expect(await m.takeLease(db, { name: 'test-release', holder: 'one', leaseMs: 60_000 })).toBe(true);
    await m.releaseLease(db, { name: 'test-release', holder: 'two' });
    expect(await q.getLease({ name: 'test-release' })).toMatchObject({ holder: 'one' });
    expect(await m.takeLease(db, { name: 'test-release', holder: 'two', leaseMs: 60_000 })).toBe(false);
    await m.releaseLease(db, { name: 'test-release', holder: 'one' });
    expect(await q.getLease({ name: 'test-release' })).toBeNull();
    expect(await m.takeLease(db, { name: 'test-release', holder: 'two', leaseMs: 60_000 })).toBe(true);
  });

  it('two takers at once: exactly one wins', async () => {
    const results = await Promise.all([
      m.takeLease(db, { name: 'test-race', holder: 'one', leaseMs: 60_000 }),
      m.takeLease(db, { name: 'test-race', holder: 'two', leaseMs: 60_000 }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await q.getLease({ name: 'test-race' }))!.holder).toBe(results[0] ? 'one' : 'two');
    expect(await db.$count(leases, eq(leases.name, 'test-race'))).toBe(1);
  });
});
