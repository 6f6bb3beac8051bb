import 'server-only';
import { hasLocale } from 'next-intl';
import { getLocale, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getPathname } from './navigation';
import { routing, type Locale } from './routing';

export type LocaleParams = Promise<{ locale: string }>;

/**
 * The page's language from its address. Telling next-intl about it here (rather than
 * letting it read request headers) keeps the page statically rendered and cacheable.
 */
export async function resolvePageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** Canonical address and hreflang alternates for one page in every language. */
export function localeAlternates(locale: Locale, href: string): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const target of routing.locales) languages[target] = getPathname({ href, locale: target });
  languages['x-default'] = getPathname({ href, locale: routing.defaultLocale });
  return { canonical: getPathname({ href, locale }), languages };
}

/**
 * The language a shared server component speaks: the one its caller passes (the workspace
 * passes its editor's), else the page's.
 */
export async function renderLocale(forced?: Locale): Promise<Locale> {
  if (forced) return forced;
  const locale = await getLocale();
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/**
 * The `locale` to give a language-aware Link: none for English, whose addresses have no prefix
 * (an explicit 'en' would write /en/…), so only another language is ever forced.
 */
export function linkLocale(locale: Locale | undefined): Locale | undefined {
  return locale === routing.defaultLocale ? undefined : locale;
}
