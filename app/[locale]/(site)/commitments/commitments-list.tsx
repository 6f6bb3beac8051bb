// The commitments list for a set of filters. Both of its addresses render it (the query form,
// app/[locale]/(site)/commitments/page.tsx, and the views, ./view), so they cannot differ.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import { cachedListCommitments } from '@/db/cache';
import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES, VERDICTS } from '@/lib/domain';
import { filtersToQuery, PAGE_SIZE, SORTS, type FilterProblem, type ListFilters } from '@/lib/filters';
import { listHref } from '@/lib/list-views';
import { todayIso } from '@/lib/clock';
import { withLocale } from '@/lib/open-data/serialise';
import { env } from '@/lib/env';
import { CommitmentCards } from '@/components/commitments/commitment-card';
import { FilterForm } from '@/components/commitments/filter-form';

async function filterOptions(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'commitments.list' });
  const labels = domainLabels(locale);
  return {
    category: CATEGORIES.map((c) => ({ value: c, label: labels.category[c] })),
    status: [...VERDICTS.map((v) => ({ value: v, label: labels.verdict[v] })), { value: 'overdue', label: labels.flag.overdue }],
    kind: COMMITMENT_KINDS.map((k) => ({ value: k, label: labels.kind[k] })),
    country: COUNTRY_CODES.map((c) => ({ value: c, label: labels.country[c] })),
    sort: SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) })),
  };
}

/** The active filters in words, e.g. "transport, in progress, involving Tajikistan". */
async function describeFilters(f: ListFilters, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'commitments.list' });
  const labels = domainLabels(locale);
  const lower = (text: string) => text.toLocaleLowerCase(INTL_TAGS[locale]);
  const parts: string[] = [];
  if (f.category) parts.push(labels.category[f.category]);
  if (f.status) parts.push(lower(f.status === 'overdue' ? labels.flag.overdue : labels.verdict[f.status]));
  if (f.kind) parts.push(lower(labels.kind[f.kind]));
  if (f.country) parts.push(t('describe.country', { country: labels.country[f.country] }));
  if (f.q) parts.push(t('describe.search', { q: f.q }));
  return parts.join(', ');
}

async function ProblemNotice({ problems, locale }: { problems: FilterProblem[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'commitments.list.problems' });
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  const sentence = ({ parameter, value, allowed }: FilterProblem) => {
    const values = { parameter, value, code };
    if (parameter === 'page') return t.rich('page', values);
    if (parameter === 'q') return t.rich('search', values);
    // The country list can grow; a few examples say what a code looks like.
    if (parameter === 'country') return t.rich('country', { ...values, allowed: allowed.slice(0, 3).join(', ') });
    return t.rich('oneOf', { ...values, allowed: allowed.join(', ') });
  };
  return (
    <div className="notice notice--warning" role="status">
      <p>{t('intro')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.parameter}>{sentence(p)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The list as filtered here, from the open data API in the page's language (the API lives at /api/v1 only, unprefixed). */
function openDataHref(path: string, filters: ListFilters, locale: Locale): string {
  return `${path}${withLocale(filtersToQuery(filters), locale)}`;
}

/** The list for a set of filters: the query form and the views both render it, so they cannot differ. */
export async function CommitmentsList({ locale, filters, problems }: { locale: Locale; filters: ListFilters; problems: FilterProblem[] }) {
  const t = await getTranslations({ locale, namespace: 'commitments.list' });
  const asOf = todayIso();
  const [{ rows, total }, options, description] = await Promise.all([
    cachedListCommitments({ filters, asOf, locale }),
    filterOptions(locale),
    describeFilters(filters, locale),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (filters.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, filters.page * PAGE_SIZE);
  const staleAfterDays = env().STALE_AFTER_DAYS;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <FilterForm filters={filters} options={options} />
      {problems.length > 0 ? <ProblemNotice problems={problems} locale={locale} /> : null}
      <p className="result-count" role="status" aria-live="polite">
        {total === 0 ? t('noResults') : t('showing', { first, last, total, filters: description || 'none' })}
      </p>
      {total === 0 ? (
        <p>
          <Link href="/commitments">{t('clearAll')}</Link>
        </p>
      ) : (
        <CommitmentCards commitments={rows} asOf={asOf} staleAfterDays={staleAfterDays} headingLevel={2} />
      )}
      {total > 0 ? (
        <p className="small muted">
          {t.rich('openData', {
            csv: (chunks) => <a href={openDataHref('/api/v1/commitments.csv', { ...filters, page: 1 }, locale)}>{chunks}</a>,
            json: (chunks) => <a href={openDataHref('/api/v1/commitments', filters, locale)}>{chunks}</a>,
            api: (chunks) => <Link href="/api">{chunks}</Link>,
          })}
        </p>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={t('pagination.label')} className="pagination">
          {filters.page > 1 ? (
            <Link href={listHref({ ...filters, page: filters.page - 1 })} rel="prev">
              ← {t('pagination.previous')}
            </Link>
          ) : null}
          <span>{t('pagination.page', { page: filters.page, pages })}</span>
          {filters.page < pages ? (
            <Link href={listHref({ ...filters, page: filters.page + 1 })} rel="next">
              {t('pagination.next')} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
