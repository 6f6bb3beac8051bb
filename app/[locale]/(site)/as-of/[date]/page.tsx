import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/i18n/server';
import { INTL_TAGS } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { checkRequestedDay, rewoundDashboard } from '@/lib/server/rewind-cache';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { AsOfPicker, AsOfProblemView, RewindBanner } from '@/components/rewind/as-of';

type Props = { params: Promise<{ locale: string; date: string }> };

// None is built ahead; each day is rendered on its first visit and kept ten minutes. Its data is
// cached forever (a past day never changes: lib/server/rewind-cache.ts), so a re-render is cheap;
// the short page lifetime is for the answers that do change with the date: "today is not over"
// and "that day has not happened yet" become wrong at midnight. (Sending those away in proxy.ts
// instead made every rewound request pay for a proxy call: 40% of the cached page's throughput.)
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { date } = await params;
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  return { title: `${t('meta.title')} · ${formatDate(date, INTL_TAGS[locale])}`, robots: { index: false } };
}

export default async function DashboardAsOf({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { date } = await params;
  const checked = await checkRequestedDay(date);
  if (!checked.ok) {
    return <AsOfProblemView locale={locale} problem={checked.problem} value={date} firstDay={checked.firstDay} today={checked.today} />;
  }
  const { summary, featured } = await rewoundDashboard(checked.day, locale);
  return (
    <>
      <RewindBanner locale={locale} day={checked.day} livePath="/" />
      <DashboardView locale={locale} asOf={checked.day} summary={summary} featured={featured} rewound />
      <AsOfPicker locale={locale} firstDay={checked.firstDay} today={checked.today} day={checked.day} />
    </>
  );
}
