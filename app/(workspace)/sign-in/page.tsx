import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/auth';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { SignInForm } from '@/components/forms/sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await workspaceT('workspaceAdmin');
  return { title: t('signIn.metaTitle'), robots: { index: false } };
}
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  if (await currentUser()) redirect('/editor');
  const t = await workspaceT('workspaceAdmin');
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p className="lede">{t('signIn.lede')}</p>
      {params['signed-out'] ? (
        <p className="notice notice--success" role="status">
          {t('signIn.signedOut')}
        </p>
      ) : null}
      <div className="card">
        <SignInForm next={params.next ?? '/editor'} />
      </div>
    </section>
  );
}
