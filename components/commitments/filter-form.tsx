'use client';

import { useRef } from 'react';
import { useLocale } from 'next-intl';
import { getPathname, Link } from '@/i18n/navigation';
import type { ListFilters } from '@/lib/filters';

type Option = { value: string; label: string };

/**
 * A plain GET form, so filters live in the URL and work without JavaScript; with
 * JavaScript, changing a select applies it at once.
 */
export function FilterForm({
  filters,
  options,
}: {
  filters: ListFilters;
  options: { category: Option[]; status: Option[]; kind: Option[]; country: Option[]; sort: Option[] };
}) {
  const form = useRef<HTMLFormElement>(null);
  const locale = useLocale();
  const submit = () => form.current?.requestSubmit();
  const select = (name: keyof typeof options, label: string, value: string | undefined, anyLabel?: string) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} onChange={submit}>
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options[name].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form ref={form} method="get" action={getPathname({ href: '/commitments', locale })} className="filters" role="search" aria-label="Filter commitments">
      <div className="field field--wide">
        <label htmlFor="filter-q">Search</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="e.g. railway, trade, Tajikistan" maxLength={200} />
      </div>
      {select('category', 'Category', filters.category, 'All categories')}
      {select('status', 'Status', filters.status, 'Any status')}
      {select('kind', 'Kind', filters.kind, 'All kinds')}
      {select('country', 'Country', filters.country, 'All countries')}
      {select('sort', 'Sort by', filters.sort)}
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        <Link href="/commitments" className="button button--secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}
