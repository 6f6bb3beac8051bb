import { useTranslations } from 'next-intl';
import { InEnglish } from './in-english';

/**
 * A source's publisher as published (in English), or, when the page named none, the words
 * "publisher not recorded" in the reader's language: never a guessed name, never a blank.
 */
export function Publisher({ name }: { name: string | null }) {
  const t = useTranslations('content');
  if (name === null) return <span className="muted">{t('publisherNotRecorded')}</span>;
  return <InEnglish>{name}</InEnglish>;
}
