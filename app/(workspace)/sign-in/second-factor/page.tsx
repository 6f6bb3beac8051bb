import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SecondFactorForm } from '@/components/forms/second-factor-form';
import { authorize, pageFor } from '@/lib/server/access';

export const metadata: Metadata = { title: 'Second factor', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const next = (await searchParams).next ?? '/editor';
  const access = await authorize({ step: 'second-factor' });
  if (!access.ok) redirect(access.denial === 'forbidden' ? '/editor' : (pageFor(access.denial, next) ?? '/editor'));
  return (
    <section className="narrow">
      <h1>Second factor</h1>
      <p className="lede">Your password was right. To finish signing in, enter the code your authenticator app shows for Commitments Tracker.</p>
      <div className="card">
        <SecondFactorForm next={next} />
      </div>
    </section>
  );
}
