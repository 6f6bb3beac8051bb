import { useLocale, useTranslations } from 'next-intl';
import type { ContentLocale } from '@/lib/content-locale';

/**
 * A title, summary or name from the database, in the language the query found it in. On a
 * Russian or Kazakh page, text that fell back to English (not translated yet) is marked
 * lang="en", so screen readers switch voice and translation tools leave it alone, and is
 * followed by a visible "(на английском)" / "(ағылшынша)": words, not a colour, so every
 * reader can tell. Translated text, and anything on an English page, is shown as it is.
 */
export function LocalizedText({ text, lang }: { text: React.ReactNode; lang: ContentLocale }) {
  const pageLocale = useLocale();
  const t = useTranslations('content');
  if (lang === pageLocale) return <>{text}</>;
  return (
    <>
      <span lang={lang}>{text}</span> <span className="fallback-marker">{t('fallback.marker')}</span>
    </>
  );
}
