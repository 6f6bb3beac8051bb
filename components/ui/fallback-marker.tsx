import { useLocale, useTranslations } from 'next-intl';
import type { ContentLocale } from '@/lib/content-locale';
import { fallbackMarker, FallbackText } from './fallback-text';

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
  return <FallbackText text={text} lang={lang} marker={fallbackMarker(lang, pageLocale, t('fallback.marker'))} />;
}
