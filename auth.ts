import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { signInSchema } from '@/lib/validation';
import { verifyAgainstDummy, verifyPassword } from '@/lib/password';
import { signInDecision, SIGN_IN_LIMITS, windowStart } from '@/lib/rate-limit';
import { countRecentSignInFailures, findUserForSignIn, getUserById, type SessionUser } from '@/db/queries';
import { recordSignInAttempt } from '@/db/mutations';
import type { Role } from '@/lib/domain';

// Credentials sign-in needs JWT sessions. The token carries only the user id and role;
// every page and action under /editor reloads the user from the database (currentUser),
// so a disabled account or a changed role takes effect at the next request.

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
}

export class RateLimitedError extends CredentialsSignin {
  override code = 'rate_limited';
}

function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip') || 'unknown';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
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
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request);
        const now = new Date();
        const counts = await countRecentSignInFailures({
          email,
          address,
          accountSince: windowStart(now, SIGN_IN_LIMITS.perAccount.windowMinutes),
          addressSince: windowStart(now, SIGN_IN_LIMITS.perAddress.windowMinutes),
        });
        const decision = signInDecision({ ...counts, now });
        if (!decision.allowed) {
          const error = new RateLimitedError();
          error.message = String(decision.retryAfterSeconds);
          throw error;
        }
        const user = await findUserForSignIn({ email });
        // Unknown emails cost the same scrypt work as known ones, so timing says nothing.
        const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
        const success = ok && user !== null && !user.disabled;
        await recordSignInAttempt({ email, address, success });
        if (!success || !user) return null;
        return { id: String(user.id), name: user.name, email: user.email, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: Role }).role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? '');
      session.user.role = (token.role as Role | undefined) ?? 'editor';
      return session;
    },
  },
});

/** The signed-in, enabled user, freshly read from the database; null otherwise. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await getUserById({ id });
  return user && !user.disabled ? user : null;
}
