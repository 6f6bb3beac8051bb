import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DocumentShell } from '@/components/layout/document-shell';
import { routing } from '@/i18n/routing';

// Every language is prerendered; an unknown prefix is a 404 rather than a fourth language.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// The site's name and description in the page's language; each page adds its own title.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteDescription'),
  };
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <DocumentShell locale={locale}>{children}</DocumentShell>;
}
