import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { cachedListCommitments } from '@/db/cache';
import { CATEGORIES, CATEGORY_LABELS, COMMITMENT_KINDS, COUNTRIES, COUNTRY_CODES, KIND_LABELS, VERDICTS, VERDICT_LABELS } from '@/lib/domain';
import { filtersToQuery, PAGE_SIZE, parseListFilters, type ListFilters } from '@/lib/filters';
import { todayIso } from '@/lib/clock';
import { env } from '@/lib/env';
import { CommitmentCard } from '@/components/commitments/commitment-card';
import { FilterForm } from '@/components/commitments/filter-form';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const metadata: Metadata = {
  title: 'All commitments',
  description: 'Every tracked commitment, filterable by category, status, kind and country.',
};

const OPTIONS = {
  category: CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
  status: [...VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] })), { value: 'overdue', label: 'Overdue' }],
  kind: COMMITMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
  country: COUNTRY_CODES.map((c) => ({ value: c, label: COUNTRIES[c] })),
  sort: [
    { value: 'deadline', label: 'Deadline' },
    { value: 'progress', label: 'Progress' },
    { value: 'title', label: 'Title' },
  ],
};

function describeFilters(f: ListFilters): string {
  const parts: string[] = [];
  if (f.category) parts.push(CATEGORY_LABELS[f.category]);
  if (f.status) parts.push(f.status === 'overdue' ? 'overdue' : VERDICT_LABELS[f.status].toLowerCase());
  if (f.kind) parts.push(KIND_LABELS[f.kind].toLowerCase());
  if (f.country) parts.push(`involving ${COUNTRIES[f.country]}`);
  if (f.q) parts.push(`matching “${f.q}”`);
  return parts.join(', ');
}

export default async function CommitmentsPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await resolvePageLocale(params);
  const { filters, problems } = parseListFilters(await searchParams);
  const asOf = todayIso();
  const { rows, total } = await cachedListCommitments({ filters, asOf });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (filters.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, filters.page * PAGE_SIZE);
  const description = describeFilters(filters);
  const staleAfterDays = env().STALE_AFTER_DAYS;

  return (
    <>
      <h1>Commitments</h1>
      <p className="lede">Filter by category, status, kind or country; the address bar keeps the filters, so a view can be shared.</p>
      <FilterForm filters={filters} options={OPTIONS} />
      {problems.length > 0 ? (
        <div className="notice notice--warning" role="status">
          <p>Some filters in the address could not be used:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="result-count" role="status" aria-live="polite">
        {total === 0
          ? 'No commitment matches these filters.'
          : `Showing ${first}–${last} of ${total} commitment${total === 1 ? '' : 's'}${description ? ` (${description})` : ''}.`}
      </p>
      {total === 0 ? (
        <p>
          <Link href="/commitments">Clear all filters</Link>
        </p>
      ) : (
        <ul className="card-grid">
          {rows.map((c) => (
            <li key={c.slug}>
              <CommitmentCard commitment={c} asOf={asOf} staleAfterDays={staleAfterDays} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="pagination">
          {filters.page > 1 ? (
            <Link href={`/commitments${filtersToQuery({ ...filters, page: filters.page - 1 })}`} rel="prev">
              ← Previous
            </Link>
          ) : null}
          <span>
            Page {filters.page} of {pages}
          </span>
          {filters.page < pages ? (
            <Link href={`/commitments${filtersToQuery({ ...filters, page: filters.page + 1 })}`} rel="next">
              Next →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
