import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import type { SessionRow, SessionUser } from '@/db/queries';
import { authorize, pageFor, type PendingStep } from './access';

/**
 * For editor pages: the access policy (lib/server/access.ts), then a redirect to the step the
 * user owes (sign in, replace a one-time password, give or set up a second factor), or 403.
 */
export async function requireEditorPage({
  admin = false,
  path = '/editor',
  step,
}: { admin?: boolean; path?: string; step?: PendingStep } = {}): Promise<SessionUser & { session: SessionRow }> {
  const access = await authorize({ role: admin ? 'admin' : undefined, step });
  if (access.ok) return { ...access.user, session: access.session };
  const target = pageFor(access.denial, path);
  if (target === null) forbidden();
  redirect(target);
}
