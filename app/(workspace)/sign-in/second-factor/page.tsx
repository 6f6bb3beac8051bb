import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ISSUER } from '@/lib/totp';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { SecondFactorForm } from '@/components/forms/second-factor-form';
import { authorize, pageFor } from '@/lib/server/access';

export async function generateMetadata(): Promise<Metadata> {
  const t = await workspaceT('workspaceAdmin');
  return { title: t('secondFactor.metaTitle'), robots: { index: false } };
}
export const dynamic = 'force-dynamic';

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const next = (await searchParams).next ?? '/editor';
  const access = await authorize({ step: 'second-factor' });
  if (!access.ok) redirect(access.denial === 'forbidden' ? '/editor' : (pageFor(access.denial, next) ?? '/editor'));
  const t = await workspaceT('workspaceAdmin');
  return (
    <section className="narrow">
      <h1>{t('secondFactor.title')}</h1>
      <p className="lede">{t('secondFactor.lede', { issuer: ISSUER })}</p>
      <div className="card">
        <SecondFactorForm next={next} />
      </div>
    </section>
  );
}
