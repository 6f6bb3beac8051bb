import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'errors.notFound' });
  return { title: t('title'), robots: { index: false } };
}

// Any address under a language that matches no page gets that language's 404 page.
export default async function UnknownPage({ params }: { params: LocaleParams }) {
  await resolvePageLocale(params);
  notFound();
}
