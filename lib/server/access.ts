import 'server-only';
import { currentSession } from '@/auth';
import type { SessionRow, SessionUser } from '@/db/queries';
import { env } from '@/lib/env';

// The one access policy of the workspace. Editor pages (lib/server/guard.ts), every server
// action (lib/server/editor-action.ts) and the sign-in steps all ask `authorize`, which reads
// the session row and its user from the database on every request. proxy.ts only redirects
// plainly anonymous page visits early; this is the gate.

/**
 * A step a user owes before the workspace opens: a one-time password to replace, a second
 * factor to give (it is set up), or one to set up (it is required and missing).
 */
export type PendingStep = 'password-change' | 'second-factor' | 'second-factor-setup';

export type Denial = 'signed-out' | 'forbidden' | PendingStep;

export type Access = { ok: true; user: SessionUser; session: SessionRow } | { ok: false; denial: Denial };

/** Whether this user must have a second factor: admins always; editors when SECOND_FACTOR=everyone. */
export function secondFactorRequired(role: SessionUser['role']): boolean {
  return role === 'admin' || env().SECOND_FACTOR === 'everyone';
}

/** The first step the user still owes in this session, or null when the workspace is open to them. */
export function pendingStep(user: SessionUser, session: SessionRow): PendingStep | null {
  if (user.mustChangePassword) return 'password-change';
  if (user.totpEnabled && session.secondFactorAt === null) return 'second-factor';
  if (!user.totpEnabled && secondFactorRequired(user.role)) return 'second-factor-setup';
  return null;
}

/**
 * Decides a request. `step` names the pending step this page or action serves (the password
 * page serves 'password-change'); a user who owes another step, or owes one while asking for
 * anything else, is refused with that step. `role: 'admin'` needs an admin with nothing owed.
 */
export async function authorize({ role, step }: { role?: 'admin'; step?: PendingStep } = {}): Promise<Access> {
  const live = await currentSession();
  if (!live) return { ok: false, denial: 'signed-out' };
  const owed = pendingStep(live.user, live.session);
  if (owed !== null && owed !== step) return { ok: false, denial: owed };
  if (owed === null && step === 'second-factor') return { ok: false, denial: 'forbidden' }; // nothing to give
  if (role === 'admin' && (live.user.role !== 'admin' || owed !== null)) return { ok: false, denial: 'forbidden' };
  return { ok: true, user: live.user, session: live.session };
}

/** Where a page sends a user who was refused (null: answer 403). */
export function pageFor(denial: Denial, path: string): string | null {
  switch (denial) {
    case 'signed-out':
      return `/sign-in?next=${encodeURIComponent(path)}`;
    case 'password-change':
      return '/editor/password';
    case 'second-factor':
      return `/sign-in/second-factor?next=${encodeURIComponent(path)}`;
    case 'second-factor-setup':
      return '/editor/security';
    case 'forbidden':
      return null;
  }
}
