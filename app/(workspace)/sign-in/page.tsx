import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/auth';
import { SignInForm } from '@/components/forms/sign-in-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  if (await currentUser()) redirect('/editor');
  return (
    <section className="narrow">
      <h1>Editor sign-in</h1>
      <p className="lede">For the analysts who maintain the tracker. Readers do not need an account.</p>
      {params['signed-out'] ? (
        <p className="notice notice--success" role="status">
          You have signed out.
        </p>
      ) : null}
      <div className="card">
        <SignInForm next={params.next ?? '/editor'} />
      </div>
    </section>
  );
}
