import { getTranslations } from 'next-intl/server';
import type { RecordChange } from '@/db/queries';
import { ANNOUNCED_TERMS } from '@/lib/domain';
import { formatDate } from '@/lib/format';
import { INTL_TAGS, type Locale } from '@/i18n/routing';

// "Changes to this record": every in-place edit of a commitment, oldest first, with the values
// before and after, who made it by role, and the reason when announced terms were corrected.

const ID_FIELDS = new Set(['sourceId', 'metricId']);

export async function RecordChanges({ changes, locale, contentLang }: { changes: RecordChange[]; locale: Locale; contentLang: string | undefined }) {
  const t = await getTranslations({ locale, namespace: 'commitments.detail.record' });
  const tag = INTL_TAGS[locale];
  const show = (field: string, v: unknown) => {
    if (v === null || v === undefined || v === '') return t('empty');
    if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
    if (Array.isArray(v)) return v.join(', ') || t('empty');
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && field !== 'baselinePeriod') return formatDate(v, tag);
    return String(v);
  };
  return (
    <section aria-labelledby="record-title" className="section">
      <h2 id="record-title">{t('title')}</h2>
      <p className="muted small">{t('note')}</p>
      {changes.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ol className="plain-list record-changes">
          {changes.map((c) => {
            const fields = Object.entries(c.changes);
            const correction = fields.some(([f]) => (ANNOUNCED_TERMS as readonly string[]).includes(f));
            return (
              <li key={c.id}>
                <p>
                  <time dateTime={c.on}>{t('entry', { date: formatDate(c.on, tag), role: c.role, correction: correction ? 'yes' : 'no' })}</time>
                </p>
                <ul>
                  {fields.map(([field, { from, to }]) => (
                    <li key={field}>
                      {t(`fields.${field}` as 'fields.title')}:{' '}
                      {from === undefined && to === undefined ? (
                        <span className="muted">{t('valuesNotKept')}</span>
                      ) : ID_FIELDS.has(field) ? (
                        t('changedId')
                      ) : (
                        <>
                          <del lang={contentLang}>{show(field, from)}</del> → <ins lang={contentLang}>{show(field, to)}</ins>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
                {c.reason ? (
                  <p className="small">{t.rich('reason', { reason: c.reason, text: (chunks) => <span lang={contentLang}>{chunks}</span> })}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
