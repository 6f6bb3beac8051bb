import type { Metadata } from 'next';
import Link from 'next/link';
import { currentUser } from '@/auth';
import { signOutAction } from '@/app/(workspace)/sign-in/actions';
import { workspaceT } from '@/lib/server/workspace-i18n';

export async function generateMetadata(): Promise<Metadata> {
  const t = await workspaceT('workspace');
  return { title: { default: t('metadata.title'), template: t('metadata.template') }, robots: { index: false } };
}
export const dynamic = 'force-dynamic';

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  // Each page checks access itself (requireEditorPage); the layout only shows who is signed in.
  const [user, t] = await Promise.all([currentUser(), workspaceT('workspace')]);
  return (
    <>
      {user ? (
        <nav aria-label={t('nav.label')} className="editor-nav">
          <Link href="/editor">{t('nav.commitments')}</Link>
          <Link href="/editor/sources">{t('nav.sources')}</Link>
          <Link href="/editor/metrics">{t('nav.figures')}</Link>
          <Link href="/editor/suggestions">{t('nav.suggestions')}</Link>
          <Link href="/editor/archive">{t('nav.archive')}</Link>
          {user.role === 'admin' ? (
            <>
              <Link href="/editor/users">{t('nav.users')}</Link>
              <Link href="/editor/audit">{t('nav.audit')}</Link>
              <Link href="/editor/snapshots">{t('nav.snapshots')}</Link>
            </>
          ) : null}
          <Link href="/editor/password">{t('nav.password')}</Link>
          <Link href="/editor/security">{t('nav.security')}</Link>
          <Link href="/editor/language">{t('nav.language')}</Link>
          <form action={signOutAction}>
            <span className="small muted">{t('nav.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })} </span>
            <button type="submit" className="link-button">
              {t('nav.signOut')}
            </button>
          </form>
        </nav>
      ) : null}
      {children}
    </>
  );
}
