import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES } from './domain';
import { SORTS, STATUS_FILTERS } from './filters';

// The commitments list reads its filters from the query string, which makes Next render it
// on every visit. A rendered page serves roughly a ninth of the visits a cached one does, so
// the common views (any combination of the select filters, the first pages, no free-text
// search) are rewritten to a path, /<locale>/commitments-list/<view>, that Next caches like
// every other public page and that editors' saves refresh at once (revalidatePath on the
// root layout). The address in the browser does not change. Anything else — a search, a
// deep page, a value the list would reject — is not rewritten and renders per visit, as before.
//
// Next matches rewrite sources without regard to case, so /RU/commitments shows the Russian
// list too (its canonical link names /ru/commitments); other /RU/ addresses are 404s.
//
// The rewrites are next.config rewrites rather than proxy.ts: a proxy rewrite turns into a
// redirect loop when the server listens on an explicit loopback address (vercel/next.js#94745).

/** Pages beyond this are rare and each would be one more cached page on disk: rendered per visit. */
export const MAX_CACHED_PAGE = 20;

export const LIST_VIEW_ROUTE = 'commitments-list';

const VIEW_KEYS = ['category', 'status', 'kind', 'country', 'sort', 'page'] as const;
type ViewKey = (typeof VIEW_KEYS)[number];

/** What the view segment says for a filter the address does not set. */
const UNSET: Record<ViewKey, string> = { category: 'all', status: 'all', kind: 'all', country: 'all', sort: 'deadline', page: '1' };

const ALLOWED: Record<ViewKey, readonly string[]> = {
  category: CATEGORIES,
  status: STATUS_FILTERS,
  kind: COMMITMENT_KINDS,
  country: COUNTRY_CODES,
  sort: SORTS,
  page: Array.from({ length: MAX_CACHED_PAGE }, (_, i) => String(i + 1)),
};

const SEPARATOR = '~';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Shape of a next.config rewrite (kept local so lib/ does not depend on Next's types). */
export type QueryRewrite = {
  source: string;
  destination: string;
  has?: { type: 'query'; key: string; value?: string }[];
  missing?: { type: 'query'; key: string }[];
};

/**
 * One rewrite per locale and per subset of the filters present (2^6 = 64 per locale). Each
 * rule requires its filters to hold allowed values and the others, and the search `q`, to
 * be absent, so exactly one rule matches a cacheable address and none matches the rest.
 */
export function listViewRewrites(locales: readonly string[], defaultLocale: string): QueryRewrite[] {
  const rules: QueryRewrite[] = [];
  for (const locale of locales) {
    const source = locale === defaultLocale ? '/commitments' : `/${locale}/commitments`;
    for (let mask = 0; mask < 1 << VIEW_KEYS.length; mask++) {
      const present = VIEW_KEYS.filter((_, i) => mask & (1 << i));
      const absent = VIEW_KEYS.filter((_, i) => !(mask & (1 << i)));
      rules.push({
        source,
        has: present.map((key) => ({ type: 'query', key, value: `(?<${key}>${ALLOWED[key].map(escapeRegex).join('|')})` })),
        missing: [...absent, 'q'].map((key) => ({ type: 'query', key })),
        destination: `/${locale}/${LIST_VIEW_ROUTE}/${VIEW_KEYS.map((key) => (present.includes(key) ? `:${key}` : UNSET[key])).join(SEPARATOR)}`,
      });
    }
  }
  return rules;
}

/**
 * The view segment back to the query parameters the list page reads, or null when it is not
 * one the rewrites produce (someone typed the internal address by hand).
 */
export function parseListView(view: string): Record<string, string> | null {
  const parts = decodeURIComponent(view).split(SEPARATOR);
  if (parts.length !== VIEW_KEYS.length) return null;
  const params: Record<string, string> = {};
  for (const [i, key] of VIEW_KEYS.entries()) {
    const value = parts[i]!;
    if (value === UNSET[key]) continue;
    if (!ALLOWED[key].includes(value)) return null;
    params[key] = value;
  }
  return params;
}
