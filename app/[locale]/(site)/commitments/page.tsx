import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseListFilters } from '@/lib/filters';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';
import { CommitmentsList } from './commitments-list';

type Props = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'commitments.list' });
  // Every filtered view points at the one list as its canonical address.
  return { title: t('meta.title'), description: t('meta.description'), alternates: localeAlternates(locale, '/commitments') };
}

/**
 * The query form of the list (/commitments?…): searches, deep pages and values the list refuses
 * (explained on the page), rendered per visit. An address that is a view of the list never gets
 * here: proxy.ts sends it to the view's cached path first (lib/list-redirect.ts).
 */
export default async function CommitmentsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const { filters, problems } = parseListFilters(query);
  return <CommitmentsList locale={locale} filters={filters} problems={problems} />;
}
