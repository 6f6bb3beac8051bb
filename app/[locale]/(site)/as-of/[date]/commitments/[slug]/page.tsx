import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { resolvePageLocale } from '@/i18n/server';
import { INTL_TAGS } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { checkRequestedDay, rewoundCommitment } from '@/lib/server/rewind-cache';
import { CommitmentPageView } from '@/components/commitments/commitment-page-view';
import { AsOfProblemView, RewindBanner } from '@/components/rewind/as-of';

type Props = { params: Promise<{ locale: string; date: string; slug: string }> };

// As the rewound dashboard (app/[locale]/(site)/as-of/[date]/page.tsx): rendered on its first
// visit and kept ten minutes, from data cached forever.
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { date, slug } = await params;
  const checked = await checkRequestedDay(date);
  const c = checked.ok ? await rewoundCommitment(checked.day, slug, locale) : null;
  return { title: c ? `${c.title} · ${formatDate(date, INTL_TAGS[locale])}` : slug, robots: { index: false } };
}

export default async function CommitmentAsOf({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { date, slug } = await params;
  const checked = await checkRequestedDay(date);
  if (!checked.ok) {
    return (
      <AsOfProblemView
        locale={locale}
        problem={checked.problem}
        value={date}
        firstDay={checked.firstDay}
        today={checked.today}
        livePath={`/commitments/${slug}`}
      />
    );
  }
  // Not yet in the tracker that day (or never): a 404, never stored.
  const c = await rewoundCommitment(checked.day, slug, locale);
  if (!c) notFound();
  return (
    <>
      <RewindBanner locale={locale} day={checked.day} livePath={`/commitments/${slug}`} />
      <CommitmentPageView locale={locale} c={c} asOf={checked.day} rewound />
    </>
  );
}
