import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies, headers } from 'next/headers';
import { signInSchema } from '@/lib/validation';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from '@/lib/password';
import { passwordBuckets } from '@/lib/rate-limit';
import { clientAddress } from '@/lib/client-address';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, newDeviceCookie, trustedDevice } from '@/lib/device-cookie';
import { env, serverSecret } from '@/lib/env';
import { findUserForSignIn, getLiveSession, type SessionRow, type SessionUser } from '@/db/queries';
import { claimSignInAttempt, createSession, settleSignInAttempt, upgradePasswordHash } from '@/db/mutations';
import { getDb } from '@/db/client';
import type { Role } from '@/lib/domain';

// Credentials sign-in needs JWT sessions. The token carries only the id of a row in
// user_sessions; every request re-reads that row and its user (lib/server/access.ts), so
// signing out, a password change, disabling or a role change ends a session at its next
// request, copies of its cookie included. Throttling: docs/security.md.

/** How long a session lasts; the cookie and its row expire together. */
export const SESSION_SECONDS = 8 * 60 * 60;

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
    /** The user_sessions row this cookie names. */
    sid?: string;
  }
  interface User {
    sid?: string;
    role?: Role;
  }
}

export class RateLimitedError extends CredentialsSignin {
  override code = 'rate_limited';
}

export class ExpiredPasswordError extends CredentialsSignin {
  override code = 'one_time_password_expired';
}

/** The client address from a trusted proxy, or null (TRUSTED_PROXY_HOPS=0, the default). */
export async function requestAddress(): Promise<string | null> {
  return clientAddress((await headers()).get('x-forwarded-for'), env().TRUSTED_PROXY_HOPS);
}

async function passwordSignIn(email: string, password: string) {
  const db = await getDb();
  const secret = serverSecret();
  const user = await findUserForSignIn({ email });
  const jar = await cookies();
  const device = trustedDevice(secret, jar.get(DEVICE_COOKIE)?.value, user?.id ?? null);
  const address = await requestAddress();
  // Claimed before the password is checked, in one write: parallel guesses are counted one by one.
  const claim = await claimSignInAttempt(db, {
    email,
    address,
    device,
    kind: 'password',
    buckets: passwordBuckets({ trustedDevice: device !== null, addressKnown: address !== null }),
  });
  if (!claim.allowed) throw new RateLimitedError();
  // Unknown emails cost the same scrypt work as known ones, so timing says nothing.
  const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!ok || !user || user.disabled) return null; // the claim stays a failure
  await settleSignInAttempt(db, { attemptId: claim.attemptId });
  if (user.mustChangePassword && user.passwordExpiresAt !== null && user.passwordExpiresAt <= new Date().toISOString()) {
    throw new ExpiredPasswordError();
  }
  if (needsRehash(user.passwordHash)) await upgradePasswordHash(db, { userId: user.id, passwordHash: await hashPassword(password) });
  jar.set(DEVICE_COOKIE, newDeviceCookie(secret, user.id), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().SITE_URL.startsWith('https:'),
    path: '/',
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
  const sid = await createSession(db, { userId: user.id, expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000).toISOString() });
  return { id: String(user.id), name: user.name, email: user.email, role: user.role, sid };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  pages: { signIn: '/sign-in' },
  // A wrong password is an expected event (counted in sign_in_attempts), not a server error.
  logger: {
    error(error) {
      if (error.name === 'CredentialsSignin' || error instanceof CredentialsSignin) return;
      console.error('[auth]', error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        return passwordSignIn(parsed.data.email, parsed.data.password);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? '');
      session.sid = typeof token.sid === 'string' ? token.sid : undefined;
      return session;
    },
  },
});

/** The live session this request's cookie names, and its user; null when there is none. */
export async function currentSession(): Promise<{ session: SessionRow; user: SessionUser } | null> {
  const session = await auth();
  const sid = session?.sid;
  if (!sid) return null;
  const live = await getLiveSession({ sessionId: sid });
  return live && String(live.user.id) === session.user?.id ? live : null;
}

/** The signed-in, enabled user of a live session; null otherwise. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession())?.user ?? null;
}
