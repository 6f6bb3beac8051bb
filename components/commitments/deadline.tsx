import { useTranslations } from 'next-intl';
import { useIntlTag } from '@/i18n/hooks';
import { formatDate } from '@/lib/format';
import { InEnglish } from '@/components/ui/in-english';

/**
 * A deadline as announced. Vague words ("in the near future") are quoted as stated, in the
 * source's language, and the date we read them as is marked as our interpretation.
 */
export function Deadline({ on, text, interpreted }: { on: string | null; text: string | null; interpreted: boolean }) {
  const t = useTranslations('commitments.deadline');
  const tag = useIntlTag();
  const stated = (words: string) => t.rich('stated', { words, quote: (chunks) => <InEnglish>{chunks}</InEnglish> });
  if (!on && !text) return <span className="muted">{t('none')}</span>;
  if (!on) {
    return (
      <span>
        {stated(text ?? '')} <span className="muted">{t('noDate')}</span>
      </span>
    );
  }
  if (interpreted) {
    return (
      <span>
        {text ? <>{stated(text)} </> : null}
        <span className="interpretation">
          {t.rich('readAs', { date: formatDate(on, tag), time: (chunks) => <time dateTime={on}>{chunks}</time> })}
          <abbr title={t('interpretationNote')} className="interpretation__mark">
            *
          </abbr>
        </span>
      </span>
    );
  }
  return <time dateTime={on}>{formatDate(on, tag)}</time>;
}
