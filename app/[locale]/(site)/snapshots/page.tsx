import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { listSnapshots } from '@/db/queries';
import { INTL_TAGS, routing, type Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { env } from '@/lib/env';
import { nextScheduledSnapshot } from '@/lib/snapshot-due';
import { CHANGE_KINDS, formatSnapshotTime, parseChangeSummary } from '@/lib/snapshot-text';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'snapshots' });
  return { title: t('meta.title'), description: t('meta.description'), alternates: localeAlternates(locale, '/snapshots') };
}

export default async function SnapshotsPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'snapshots' });
  const format = await getFormatter({ locale });
  const tag = INTL_TAGS[locale];
  const rows = await listSnapshots();
  const nextDue = nextScheduledSnapshot(env().SNAPSHOT_SCHEDULE);

  /** The stored English "what changed" line, said in the reader's language when it can be read back. */
  const changes = (stored: string) => {
    const parsed = parseChangeSummary(stored);
    if (!parsed) return <span lang="en">{stored}</span>;
    if (parsed.kind === 'first') return t('summary.first');
    const date = formatDate(parsed.since, tag);
    if (parsed.kind === 'none') return t('summary.none', { date });
    const parts = CHANGE_KINDS.filter((kind) => parsed.counts[kind] > 0).map((kind) => t(`summary.${kind}`, { count: parsed.counts[kind] }));
    return t('summary.changes', { date, changes: format.list(parts) });
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <p className="notice" role="note">
        {nextDue
          ? t('nextDue', { date: `${formatDate(nextDue.toISOString().slice(0, 10), tag)}, ${nextDue.toISOString().slice(11, 16)} UTC` })
          : t('scheduleOff')}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.date')}</th>
              <th scope="col">{t('columns.language')}</th>
              <th scope="col">{t('columns.changes')}</th>
              <th scope="col">{t('columns.size')}</th>
              <th scope="col">{t('columns.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const pdfLocale: Locale | null = hasLocale(routing.locales, s.locale) ? s.locale : null;
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <Link href={`/snapshots/${s.id}`} prefetch={false} hrefLang={pdfLocale ?? undefined}>
                      {formatSnapshotTime(s.createdAt, tag)}
                    </Link>
                    <span className="report__kind">
                      #{s.id} · {t(`trigger.${s.trigger}`)}
                    </span>
                  </th>
                  <td>{pdfLocale ? t(`language.${pdfLocale}`) : <code>{s.locale}</code>}</td>
                  <td>{changes(s.summary)}</td>
                  <td>{format.number(s.sizeBytes / 1000, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })}</td>
                  <td>
                    <code className="hash">{s.sha256}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
