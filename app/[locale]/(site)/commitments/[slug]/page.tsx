import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getCommitmentBySlug } from '@/db/queries';
import { prerenderedCommitments } from '@/lib/server/prerender';
import { todayIso } from '@/lib/clock';
import { localeAlternates, resolvePageLocale } from '@/i18n/server';
import { feedAlternateTypes } from '@/lib/server/sharing';
import { CommitmentPageView } from '@/components/commitments/commitment-page-view';

export const revalidate = 300;

// The first few are rendered by the build; every other one on its first visit.
export function generateStaticParams() {
  return prerenderedCommitments();
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'commitments.detail' });
  const c = await getCommitmentBySlug({ slug, asOf: todayIso(), locale });
  if (!c) return { title: t('notFound') };
  return {
    title: c.title,
    description: c.summary,
    alternates: { ...localeAlternates(locale, `/commitments/${slug}`), types: await feedAlternateTypes(locale, c) },
  };
}

export default async function CommitmentPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const asOf = todayIso();
  const c = await getCommitmentBySlug({ slug, asOf, locale });
  if (!c) notFound();
  return <CommitmentPageView locale={locale} c={c} asOf={asOf} />;
}
