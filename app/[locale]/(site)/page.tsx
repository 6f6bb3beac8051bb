import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDashboardSummary, getFeaturedTarget, getTrackerStart } from '@/db/queries';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { AsOfPicker } from '@/components/rewind/as-of';
import { todayIso } from '@/lib/clock';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';
import { feedAlternateTypes } from '@/lib/server/sharing';

// Cached and re-rendered at most every five minutes; editors' saves refresh it at once
// through revalidatePath (see db/cache notes in docs/architecture.md).
export const revalidate = 300;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  return {
    title: { absolute: t('meta.title') },
    description: t('meta.description'),
    alternates: { ...localeAlternates(locale, '/'), types: await feedAlternateTypes(locale) },
  };
}

export default async function DashboardPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const asOf = todayIso();
  const [summary, featured, firstDay] = await Promise.all([
    getDashboardSummary({ asOf, locale }),
    getFeaturedTarget({ asOf, locale }),
    getTrackerStart(),
  ]);
  return (
    <>
      <DashboardView locale={locale} asOf={asOf} summary={summary} featured={featured} />
      <AsOfPicker locale={locale} firstDay={firstDay} today={asOf} />
    </>
  );
}
