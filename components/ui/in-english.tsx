import { usePageLocale } from '@/i18n/hooks';
import type { Locale } from '@/i18n/routing';

/**
 * Content that exists only in English (source titles, quotes, editors' notes, names), shown
 * inside a Russian or Kazakh page: marked lang="en" so screen readers pronounce it as English
 * and translation tools leave it alone. On English pages it adds no element.
 */
export function InEnglish({ children }: { children: React.ReactNode }) {
  const lang = useEnglishLang();
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/** The lang attribute for an element whose whole text is English-only content on a page in `locale`. */
export function englishLang(locale: Locale): 'en' | undefined {
  return locale === 'en' ? undefined : 'en';
}

/** englishLang for the page being rendered. */
export function useEnglishLang(): 'en' | undefined {
  return englishLang(usePageLocale());
}
