import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { currentUser } from '@/auth';
import type { SessionUser } from '@/db/queries';

/** For editor pages: signed-in, enabled user (and admin when asked), else sign-in. */
export async function requireEditorPage({
  admin = false,
  path = '/editor',
  allowPasswordChange = false,
}: { admin?: boolean; path?: string; allowPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (user.mustChangePassword && !allowPasswordChange) redirect('/editor/password');
  if (admin && user.role !== 'admin') forbidden();
  return user;
}
