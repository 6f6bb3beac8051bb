import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import { getUpdateLog } from '@/db/queries';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';
import { LOG_PAGE_SIZE, logPageCount, logPageHref, logView, parseLogPage } from '@/lib/timeline';
import { CommitmentBreadcrumb } from '@/components/commitments/breadcrumb';
import { UpdateTimeline } from '@/components/commitments/update-timeline';
import { LocalizedText } from '@/components/ui/fallback-marker';

// The whole update log of one commitment, LOG_PAGE_SIZE entries a page, newest first. The
// commitment's own page shows only the newest entries and links here (lib/timeline.ts).
// Rendered per visit (it reads ?page=); it is one indexed query on one commitment's rows.

type Props = {
  params: Promise<Awaited<LocaleParams> & { slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'commitments' });
  const log = await getUpdateLog({ slug, locale });
  if (!log) return { title: t('detail.notFound') };
  return {
    title: t('log.meta.title', { title: log.title }),
    description: t('log.meta.description', { title: log.title }),
    alternates: localeAlternates(locale, `/commitments/${slug}/updates`),
  };
}

export default async function UpdateLogPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'commitments' });
  const log = await getUpdateLog({ slug, locale });
  if (!log) notFound();

  const total = log.updates.length;
  const { page, problem } = parseLogPage((await searchParams).page, total);
  const pages = logPageCount(total);
  const start = (page - 1) * LOG_PAGE_SIZE;
  const logHref = `/commitments/${log.slug}/updates`;
  const { shown, entryHref } = logView(log.updates, { start, count: LOG_PAGE_SIZE, logPath: getPathname({ href: logHref, locale }) });

  return (
    <article className="detail">
      <CommitmentBreadcrumb href={`/commitments/${log.slug}`}>
        <LocalizedText text={log.title} lang={log.titleLocale} />
      </CommitmentBreadcrumb>
      <h1>{t('log.title')}</h1>
      <p className="lede">
        <LocalizedText text={log.title} lang={log.titleLocale} />
      </p>
      {problem ? (
        <div className="notice notice--warning" role="status">
          <p>{t.rich('log.badPage', { value: problem.value, pages: problem.pages, code: (chunks) => <code>{chunks}</code> })}</p>
        </div>
      ) : null}
      <p className="muted small">{t('detail.updates.note')}</p>
      {total > 0 ? <p className="result-count">{t('log.showing', { first: start + 1, last: start + shown.length, total })}</p> : null}
      <UpdateTimeline updates={shown} unit={log.unit} entryHref={entryHref} />
      {pages > 1 ? (
        <nav aria-label={t('list.pagination.label')} className="pagination">
          {page > 1 ? (
            <Link href={logPageHref(logHref, page - 1)} rel="prev">
              ← {t('list.pagination.previous')}
            </Link>
          ) : null}
          <span>{t('list.pagination.page', { page, pages })}</span>
          {page < pages ? (
            <Link href={logPageHref(logHref, page + 1)} rel="next">
              {t('list.pagination.next')} →
            </Link>
          ) : null}
        </nav>
      ) : null}
      <p>
        <Link href={`/commitments/${log.slug}`}>← {t('log.back')}</Link>
      </p>
    </article>
  );
}
