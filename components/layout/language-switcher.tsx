'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { getPathname, usePathname } from '@/i18n/navigation';
import { LOCALE_NAMES, routing, type Locale } from '@/i18n/routing';

function LanguageLinks({ query }: { query: string }) {
  const t = useTranslations('common');
  const locale = useLocale();
  const pathname = usePathname();
  const addressIn = (target: Locale) => {
    const path = getPathname({ href: pathname, locale: target });
    return query ? `${path}?${query}` : path;
  };
  return (
    <nav aria-label={t('language.label')} className="language-switcher">
      <ul>
        {routing.locales.map((target: Locale) => (
          <li key={target}>
            {target === locale ? (
              <span aria-current="true" lang={target} className="language-switcher__current">
                {LOCALE_NAMES[target]}
              </span>
            ) : (
              // The same page (and the same filters) in the other language. A full page load:
              // the document's lang attribute changes with it.
              <a href={addressIn(target)} lang={target} hrefLang={target} className="language-switcher__link">
                {LOCALE_NAMES[target]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageLinksWithQuery() {
  return <LanguageLinks query={useSearchParams().toString()} />;
}

/** Links to the page being read in every other language, keeping its query string. */
export function LanguageSwitcher() {
  // Static pages are prerendered without a query string; the links gain it once hydrated.
  return (
    <Suspense fallback={<LanguageLinks query="" />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}
