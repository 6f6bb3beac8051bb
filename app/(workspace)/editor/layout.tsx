import type { Metadata } from 'next';
import Link from 'next/link';
import { currentUser } from '@/auth';
import { signOutAction } from '@/app/(workspace)/sign-in/actions';

export const metadata: Metadata = { title: { default: 'Editor workspace', template: '%s · Editor workspace' }, robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  // Each page checks access itself (requireEditorPage); the layout only shows who is signed in.
  const user = await currentUser();
  return (
    <>
      {user ? (
        <nav aria-label="Workspace" className="editor-nav">
          <Link href="/editor">Commitments</Link>
          <Link href="/editor/sources">Sources</Link>
          <Link href="/editor/metrics">Figures</Link>
          <Link href="/editor/suggestions">Suggestions</Link>
          <Link href="/editor/archive">Evidence archive</Link>
          {user.role === 'admin' ? (
            <>
              <Link href="/editor/users">Users</Link>
              <Link href="/editor/audit">Audit log</Link>
              <Link href="/editor/snapshots">Snapshots</Link>
            </>
          ) : null}
          <Link href="/editor/password">Password</Link>
          <Link href="/editor/security">Second factor</Link>
          <form action={signOutAction}>
            <span className="small muted">
              {user.name} ({user.role}){' '}
            </span>
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
        </nav>
      ) : null}
      {children}
    </>
  );
}
