import type { ContentLocale } from '@/lib/content-locale';

/** Text from the database with its fallback already decided: `marker` is null when it is in the page's language. */
export type FallbackTextView = { text: string; lang: ContentLocale; marker: string | null };

/** The marker to show after text in `lang` on a page in `pageLocale`: none when they are the same. */
export function fallbackMarker(lang: ContentLocale, pageLocale: string, marker: string): string | null {
  return lang === pageLocale ? null : marker;
}

/** LocalizedText without hooks, for the client commitments list (see fallback-marker.tsx). */
export function FallbackText({ text, lang, marker }: { text: React.ReactNode; lang: ContentLocale; marker: string | null }) {
  if (marker === null) return <>{text}</>;
  return (
    <>
      <span lang={lang}>{text}</span> <span className="fallback-marker">{marker}</span>
    </>
  );
}
