import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';
import { checkRequestedDay } from '@/lib/server/rewind-cache';
import { AsOfProblemView } from '@/components/rewind/as-of';

type Props = { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'rewind' });
  return { title: t('picker.title'), robots: { index: false } };
}

/**
 * Where the date picker's form goes (/as-of?date=…), and where proxy.ts sends a day that
 * cannot be shown: a past day goes on to its page, today to the live tracker; anything else is
 * explained, with the picker to choose again. Rendered per visit (it reads the query).
 */
export default async function AsOfIndex({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const raw = (await searchParams).date;
  const value = typeof raw === 'string' ? raw : '';
  const checked = await checkRequestedDay(value);
  if (checked.ok) redirect({ href: `/as-of/${checked.day}`, locale });
  if (!checked.ok && checked.problem === 'today') redirect({ href: '/', locale });
  return (
    <AsOfProblemView
      locale={locale}
      problem={checked.ok ? 'invalid' : checked.problem}
      value={value}
      firstDay={checked.firstDay}
      today={checked.today}
    />
  );
}
