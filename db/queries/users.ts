import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { recoveryCodes, users, userSessions } from '../schema';
import type { WorkspaceLocale } from '../../lib/content-locale';

// Users, sessions and the second factor. Nothing here returns a password hash or a TOTP
// secret except the two reads named for the one flow that needs each.

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: 'admin' | 'editor';
  disabled: boolean;
  mustChangePassword: boolean;
  /** A second factor is set up (confirmed with a first code). */
  totpEnabled: boolean;
  /** The workspace language the user picked; null until they pick one (English). */
  locale: WorkspaceLocale | null;
};

const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  totpEnabled: sql<boolean>`(${users.totpEnabledAt} is not null)`.mapWith(Boolean),
  locale: users.locale,
};

export async function getUserById({ id }: { id: number }): Promise<SessionUser | null> {
  const db = await getDb();
  const [row] = await db.select(sessionUserColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** The only read that returns a password hash; used by sign-in and the password change alone. */
export async function findUserForSignIn({ email }: { email: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash, passwordExpiresAt: users.passwordExpiresAt })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function countUsers(): Promise<number> {
  const db = await getDb();
  return db.$count(users);
}

export async function listUsers() {
  const db = await getDb();
  return db
    .select({ ...sessionUserColumns, passwordExpiresAt: users.passwordExpiresAt, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
}

export type SessionRow = { id: string; userId: number; expiresAt: string; secondFactorAt: string | null };

/**
 * A live session and its user: the row exists, is not revoked, has not expired, and its user is
 * enabled. Anything else is no session at all.
 */
export async function getLiveSession({
  sessionId,
  now = new Date(),
}: {
  sessionId: string;
  now?: Date;
}): Promise<{ session: SessionRow; user: SessionUser } | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      session: { id: userSessions.id, userId: userSessions.userId, expiresAt: userSessions.expiresAt, secondFactorAt: userSessions.secondFactorAt },
      user: sessionUserColumns,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)))
    .limit(1);
  if (!row || row.user.disabled || row.session.expiresAt <= now.toISOString()) return null;
  return row;
}

/** The sealed TOTP secret and its state; for the second-factor pages and checks alone. */
export async function getSecondFactor({ userId }: { userId: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ sealedSecret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  const [codes] = await db
    .select({ unused: sql<number>`count(*)` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { ...row, unusedRecoveryCodes: codes?.unused ?? 0 };
}
