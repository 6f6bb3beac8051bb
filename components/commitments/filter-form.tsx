'use client';

import { useRef, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { getPathname, Link, useRouter } from '@/i18n/navigation';
import type { ListFilters } from '@/lib/list-query';
import { listHref } from '@/lib/list-views';

type Option = { value: string; label: string };

/**
 * A plain GET form, so filters live in the URL and work without JavaScript (the list then sends
 * a view on to its path); with JavaScript, changing a select applies it at once, going straight
 * to the view's path (lib/list-views.ts) or, for a search, to the query form.
 */
export function FilterForm({
  filters,
  options,
}: {
  filters: ListFilters;
  options: { category: Option[]; status: Option[]; kind: Option[]; country: Option[]; sort: Option[] };
}) {
  const t = useTranslations('commitments.filters');
  const form = useRef<HTMLFormElement>(null);
  const locale = useLocale();
  const router = useRouter();
  const submit = () => form.current?.requestSubmit();
  const go = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The selects only offer valid values; listHref checks them again before making a view.
    const values = Object.fromEntries([...new FormData(event.currentTarget)].filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
    router.push(listHref({ ...values, sort: (values.sort as ListFilters['sort'] | undefined) ?? 'deadline', page: 1 } as Partial<ListFilters>));
  };
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
    <form
      ref={form}
      method="get"
      action={getPathname({ href: '/commitments', locale })}
      onSubmit={go}
      className="filters"
      role="search"
      aria-label={t('label')}
    >
      <div className="field field--wide">
        <label htmlFor="filter-q">{t('search')}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder={t('searchPlaceholder')} maxLength={200} />
      </div>
      {select('category', t('category'), filters.category, t('anyCategory'))}
      {select('status', t('status'), filters.status, t('anyStatus'))}
      {select('kind', t('kind'), filters.kind, t('anyKind'))}
      {select('country', t('country'), filters.country, t('anyCountry'))}
      {select('sort', t('sort'), filters.sort)}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <Link href="/commitments" className="button button--secondary">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
