import { and, eq, gte, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { writeTransaction, type Database } from '../client';
import { recoveryCodes, signInAttempts, users, userSessions } from '../schema';
import { type Role } from '../../lib/domain';
import type { WorkspaceLocale } from '../../lib/content-locale';
import { tr } from '../../lib/server-text';
import { signInDecision, windowStart, type Bucket, type BucketCount, type SignInDecision } from '../../lib/rate-limit';
import { type Actor, InputError, type Tx, audit } from './common';

// Users, sign-in attempts, sessions and the second factor. Every change that should end a user's
// sessions (password, role, disabling, a reset) revokes them in the same transaction.

const now = () => sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Attempt rows older than this are deleted as new ones arrive: the longest window is 15 minutes. */
const ATTEMPTS_KEPT_HOURS = 24;

export async function createUser(
  db: Database,
  {
    email,
    name,
    role,
    passwordHash,
    mustChangePassword,
    passwordExpiresAt = null,
    actor,
  }: {
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    mustChangePassword: boolean;
    passwordExpiresAt?: string | null;
    actor: Actor | null;
  },
) {
  return writeTransaction(db, async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
    if (existing) throw new InputError({ email: [tr('An account with this email already exists.')] });
    const [inserted] = await tx
      .insert(users)
      .values({ email: email.toLowerCase(), name, role, passwordHash, mustChangePassword, passwordExpiresAt })
      .returning({ id: users.id });
    await audit(tx, actor, 'create-user', 'user', inserted!.id, { role, name });
    return { id: inserted!.id };
  });
}

async function assertAnotherAdminRemains(tx: Tx, userId: number) {
  const [others] = await tx
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, userId)));
  if ((others?.n ?? 0) === 0) throw new InputError({ userId: [tr('There must always be at least one active admin.')] });
}

/** Ends every live session of a user (but `keep`, when given), in the caller's transaction. */
async function revokeSessionsIn(tx: Tx, userId: number, keep?: string): Promise<number> {
  const revoked = await tx
    .update(userSessions)
    .set({ revokedAt: now() })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep ? ne(userSessions.id, keep) : undefined))
    .returning({ id: userSessions.id });
  return revoked.length;
}

type UserValues = { [K in keyof typeof users.$inferInsert]?: (typeof users.$inferInsert)[K] | SQL };

async function updateUser(tx: Tx, userId: number, values: UserValues) {
  const updated = await tx
    .update(users)
    .set({ ...values, updatedAt: now() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!updated[0]) throw new InputError({ userId: [tr('This user no longer exists.')] });
}

export async function setUserRole(db: Database, { userId, role, actor }: { userId: number; role: Role; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    if (role !== 'admin') await assertAnotherAdminRemains(tx, userId);
    await updateUser(tx, userId, { role });
    const sessions = await revokeSessionsIn(tx, userId);
    await audit(tx, actor, 'change-role', 'user', userId, { role, sessionsEnded: sessions });
  });
}

/** The workspace language a user picked for themselves (a preference: not audited, no session ends). */
export async function setUserLocale(db: Database, { userId, locale }: { userId: number; locale: WorkspaceLocale }) {
  return writeTransaction(db, (tx) => updateUser(tx, userId, { locale }));
}

export async function setUserDisabled(db: Database, { userId, disabled, actor }: { userId: number; disabled: boolean; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    if (disabled && userId === actor.id) throw new InputError({ userId: [tr('You cannot disable your own account.')] });
    if (disabled) await assertAnotherAdminRemains(tx, userId);
    await updateUser(tx, userId, { disabled });
    const sessions = disabled ? await revokeSessionsIn(tx, userId) : 0;
    await audit(tx, actor, disabled ? 'disable-user' : 'enable-user', 'user', userId, { sessionsEnded: sessions });
  });
}

/**
 * Sets a password. A one-time password (`mustChangePassword`) carries its expiry. Every other
 * session of the user ends; `keepSession` is the one making the change, if any.
 */
export async function setUserPassword(
  db: Database,
  {
    userId,
    passwordHash,
    mustChangePassword,
    passwordExpiresAt = null,
    keepSession,
    actor,
  }: {
    userId: number;
    passwordHash: string;
    mustChangePassword: boolean;
    passwordExpiresAt?: string | null;
    keepSession?: string;
    actor: Actor | null;
  },
) {
  return writeTransaction(db, async (tx) => {
    await updateUser(tx, userId, { passwordHash, mustChangePassword, passwordExpiresAt: mustChangePassword ? passwordExpiresAt : null });
    const sessions = await revokeSessionsIn(tx, userId, keepSession);
    await audit(tx, actor, mustChangePassword ? 'issue-one-time-password' : 'set-password', 'user', userId, {
      mustChangePassword,
      sessionsEnded: sessions,
    });
  });
}

/** A stronger hash of the same password, made at sign-in when the parameters were raised. Not audited: nothing changes for anyone. */
export async function upgradePasswordHash(db: Database, { userId, passwordHash }: { userId: number; passwordHash: string }) {
  await writeTransaction(db, (tx) => tx.update(users).set({ passwordHash }).where(eq(users.id, userId)));
}

// ---------------------------------------------------------------- sign-in attempts

export type AttemptKind = 'password' | 'second-factor';
export type ClaimedAttempt = ({ allowed: true } & { attemptId: number }) | Extract<SignInDecision, { allowed: false }>;

/** The rows each bucket counts: failures (and attempts still being checked) of its kind. */
function bucketCondition(bucket: Bucket, who: { email: string; address: string | null; device: string | null }): SQL | undefined {
  const password = eq(signInAttempts.kind, 'password');
  switch (bucket) {
    case 'account':
      return and(password, eq(signInAttempts.email, who.email), isNull(signInAttempts.device));
    case 'device':
      return who.device ? and(password, eq(signInAttempts.email, who.email), eq(signInAttempts.device, who.device)) : undefined;
    case 'address':
      return who.address ? and(password, eq(signInAttempts.address, who.address)) : undefined;
    case 'untrusted':
      return and(password, isNull(signInAttempts.device));
    case 'second-factor':
      return and(eq(signInAttempts.kind, 'second-factor'), eq(signInAttempts.email, who.email));
  }
}

/**
 * Counts the failures in each bucket and, when another try is allowed, records it as a failure,
 * all in one write transaction: SQLite runs write transactions one at a time, so guesses sent in
 * parallel are counted one after another. The caller checks the password only after this, then
 * settles the attempt. Old rows are deleted on the way.
 */
export async function claimSignInAttempt(
  db: Database,
  {
    email,
    address,
    device,
    kind,
    buckets,
    at = new Date(),
  }: {
    email: string;
    address: string | null;
    device: string | null;
    kind: AttemptKind;
    buckets: [Bucket, { max: number; windowMinutes: number }][];
    at?: Date;
  },
): Promise<ClaimedAttempt> {
  const who = { email: email.toLowerCase(), address, device };
  return writeTransaction(db, async (tx) => {
    await tx.delete(signInAttempts).where(lt(signInAttempts.at, new Date(at.getTime() - ATTEMPTS_KEPT_HOURS * 3_600_000).toISOString()));
    const counts: Partial<Record<Bucket, BucketCount>> = {};
    for (const [bucket, limit] of buckets) {
      const condition = bucketCondition(bucket, who);
      if (!condition) continue;
      const [row] = await tx
        .select({ n: sql<number>`count(*)`, oldest: sql<string | null>`min(${signInAttempts.at})` })
        .from(signInAttempts)
        .where(and(condition, eq(signInAttempts.success, false), gte(signInAttempts.at, windowStart(at, limit.windowMinutes))));
      counts[bucket] = { failures: row?.n ?? 0, oldestAt: row?.oldest ?? null };
    }
    const decision = signInDecision(counts, buckets, at);
    if (!decision.allowed) return decision;
    const [row] = await tx
      .insert(signInAttempts)
      .values({ email: who.email, address: address ?? '', device, kind, success: false, at: at.toISOString() })
      .returning({ id: signInAttempts.id });
    return { allowed: true, attemptId: row!.id };
  });
}

/** Turns a claimed attempt into a success (a failure needs nothing: it was recorded as one). */
export async function settleSignInAttempt(db: Database, { attemptId }: { attemptId: number }) {
  await writeTransaction(db, (tx) => tx.update(signInAttempts).set({ success: true }).where(eq(signInAttempts.id, attemptId)));
}

// ---------------------------------------------------------------- sessions

/** A new session row; its id is what the session cookie names. */
export async function createSession(db: Database, { userId, expiresAt }: { userId: number; expiresAt: string }): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await writeTransaction(db, (tx) => tx.insert(userSessions).values({ id, userId, expiresAt }));
  return id;
}

/** Signing out: every session of the user ends, the copies of this one included. */
export async function endSessions(db: Database, { userId, actor }: { userId: number; actor: Actor | null }) {
  await writeTransaction(db, async (tx) => {
    const sessions = await revokeSessionsIn(tx, userId);
    await audit(tx, actor, 'sign-out', 'user', userId, { sessionsEnded: sessions });
  });
}

// ---------------------------------------------------------------- the second factor

/** Stores a new, unconfirmed secret (replacing an unfinished one); the factor is on once a first code confirms it. */
export async function startSecondFactorSetup(db: Database, { userId, sealedSecret }: { userId: number; sealedSecret: string }) {
  await writeTransaction(db, async (tx) => {
    const [row] = await tx.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
    if (!row) throw new InputError({ userId: [tr('This user no longer exists.')] });
    if (row.enabledAt) throw new InputError({ code: [tr('A second factor is already set up. Ask an admin to reset it to set up a new one.')] });
    await updateUser(tx, userId, { totpSecret: sealedSecret, totpLastStep: null });
  });
}

/**
 * Turns the factor on after a first good code: records the step, replaces the recovery codes,
 * counts the current session as having given the factor, and ends the user's other sessions.
 */
export async function confirmSecondFactor(
  db: Database,
  {
    userId,
    sealedSecret,
    step,
    recoveryDigests,
    sessionId,
    actor,
  }: { userId: number; sealedSecret: string; step: number; recoveryDigests: string[]; sessionId: string; actor: Actor },
) {
  await writeTransaction(db, async (tx) => {
    // Only the set-up the code was checked against, and only once: a double submit or a new
    // set-up started in another tab must not switch on a secret the user's app does not have.
    const confirmed = await tx
      .update(users)
      .set({ totpEnabledAt: now(), totpLastStep: step, updatedAt: now() })
      .where(and(eq(users.id, userId), isNull(users.totpEnabledAt), eq(users.totpSecret, sealedSecret)))
      .returning({ id: users.id });
    if (!confirmed[0]) throw new InputError({ code: [tr('This set-up was already confirmed or replaced by a newer one. Reload the page.')] });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(recoveryDigests.map((digest) => ({ userId, digest })));
    await tx.update(userSessions).set({ secondFactorAt: now() }).where(eq(userSessions.id, sessionId));
    const sessions = await revokeSessionsIn(tx, userId, sessionId);
    await audit(tx, actor, 'enable-second-factor', 'user', userId, { sessionsEnded: sessions });
  });
}

/**
 * Accepts a TOTP step once: only when it is later than the last one used (a replayed code, or
 * one raced in parallel, finds the step taken). Marks the session as having given the factor.
 */
export async function spendSecondFactorStep(
  db: Database,
  { userId, step, sessionId }: { userId: number; step: number; sessionId: string },
): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const taken = await tx
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    if (!taken[0]) return false;
    await tx.update(userSessions).set({ secondFactorAt: now() }).where(eq(userSessions.id, sessionId));
    return true;
  });
}

/** Spends a recovery code (once) and marks the session as having given the factor. */
export async function spendRecoveryCode(
  db: Database,
  { userId, matches, sessionId, actor }: { userId: number; matches: (digest: string) => boolean; sessionId: string; actor: Actor },
): Promise<{ used: boolean; left: number }> {
  return writeTransaction(db, async (tx) => {
    const unused = await tx
      .select({ id: recoveryCodes.id, digest: recoveryCodes.digest })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
    const hit = unused.find((c) => matches(c.digest));
    if (!hit) return { used: false, left: unused.length };
    await tx
      .update(recoveryCodes)
      .set({ usedAt: now() })
      .where(and(eq(recoveryCodes.id, hit.id), isNull(recoveryCodes.usedAt)));
    await tx.update(userSessions).set({ secondFactorAt: now() }).where(eq(userSessions.id, sessionId));
    await audit(tx, actor, 'use-recovery-code', 'user', userId, { left: unused.length - 1 });
    return { used: true, left: unused.length - 1 };
  });
}

/** New recovery codes, replacing the old ones (after a fresh code from the app). */
export async function replaceRecoveryCodes(
  db: Database,
  { userId, recoveryDigests, actor }: { userId: number; recoveryDigests: string[]; actor: Actor },
) {
  await writeTransaction(db, async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(recoveryDigests.map((digest) => ({ userId, digest })));
    await audit(tx, actor, 'replace-recovery-codes', 'user', userId, {});
  });
}

/** Removes a user's second factor and recovery codes and ends their sessions: an admin's reset, or the user turning an optional factor off. */
export async function removeSecondFactor(db: Database, { userId, actor, keepSession }: { userId: number; actor: Actor; keepSession?: string }) {
  await writeTransaction(db, async (tx) => {
    await updateUser(tx, userId, { totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    const sessions = await revokeSessionsIn(tx, userId, keepSession);
    await audit(tx, actor, actor.id === userId ? 'disable-second-factor' : 'reset-second-factor', 'user', userId, { sessionsEnded: sessions });
  });
}
