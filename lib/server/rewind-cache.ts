import { unstable_cache } from 'next/cache';
import { withRewind } from '@/db/rewind';
import { getCommitmentBySlug, getDashboardSummary, getFeaturedTarget, getTrackerStart, listCommitmentsForOpenData } from '@/db/queries';
import { todayIso } from '@/lib/clock';
import { asOfProblemMessage, checkAsOf, type AsOfCheck, type AsOfProblem } from '@/lib/as-of';
import type { ContentLocale } from '@/lib/content-locale';
import type { ListFilters } from '@/lib/filters';
import { isCacheableListView } from '@/lib/cache-policy';
import type { ApiError } from '@/lib/open-data/params';
import { prepareJson, type PreparedBody } from '@/lib/open-data/http';
import { serialiseContext } from '@/lib/open-data/context';
import { serialiseCommitmentDetail } from '@/lib/open-data/serialise';

// The rewound tracker's data, cached forever: a day that has ended never changes (the log is
// append-only and a rewound view holds only rows created by that day's end, db/rewind.ts). No
// tag, so no save clears them; unknown slugs are never stored (anyone can make up endless
// ones), and only the list views a link produces are (lib/cache-policy.ts).

class NotThere extends Error {}

const FOREVER = { revalidate: false } as const;

const dashboardCache = unstable_cache(
  (day: string, locale: ContentLocale) =>
    withRewind(day, async () => {
      const [summary, featured] = await Promise.all([getDashboardSummary({ asOf: day, locale }), getFeaturedTarget({ asOf: day, locale })]);
      return { summary, featured };
    }),
  ['as-of-dashboard'],
  FOREVER,
);

export function rewoundDashboard(day: string, locale: ContentLocale) {
  return dashboardCache(day, locale);
}

const commitmentCache = unstable_cache(
  (day: string, slug: string, locale: ContentLocale) =>
    withRewind(day, async () => {
      const c = await getCommitmentBySlug({ slug, asOf: day, locale });
      if (!c) throw new NotThere(slug);
      return c;
    }),
  ['as-of-commitment'],
  FOREVER,
);

/** A commitment as it stood at the end of `day`; null when it did not exist yet (or never). */
export async function rewoundCommitment(day: string, slug: string, locale: ContentLocale) {
  try {
    return await commitmentCache(day, slug, locale);
  } catch (error) {
    if (error instanceof NotThere) return null;
    throw error;
  }
}

const commitmentBodyCache = unstable_cache(
  async (day: string, slug: string, locale: ContentLocale): Promise<PreparedBody> => {
    const c = await rewoundCommitment(day, slug, locale);
    if (!c) throw new NotThere(slug);
    const ctx = { ...serialiseContext(locale), asOf: day };
    return prepareJson({ data: serialiseCommitmentDetail(ctx, c), meta: { as_of: day, stale_after_days: ctx.staleAfterDays, locale } });
  },
  ['as-of-commitment-body'],
  FOREVER,
);

/** GET /api/v1/commitments/{slug}?as_of=: the body, serialised once per day, slug and language. */
export async function rewoundCommitmentBody(day: string, slug: string, locale: ContentLocale): Promise<PreparedBody | null> {
  try {
    return await commitmentBodyCache(day, slug, locale);
  } catch (error) {
    if (error instanceof NotThere) return null;
    throw error;
  }
}

/** A past day's answer never changes: browsers and proxies may keep it for a day without asking. */
export const PAST_DAY_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

type ListArgs = { filters: ListFilters; perPage: number; locale: ContentLocale };

const listCache = unstable_cache(
  (day: string, args: ListArgs) => withRewind(day, () => listCommitmentsForOpenData({ ...args, asOf: day })),
  ['as-of-open-data-list'],
  FOREVER,
);

export function rewoundList(day: string, args: ListArgs) {
  return isCacheableListView(args.filters, args.perPage)
    ? listCache(day, args)
    : withRewind(day, () => listCommitmentsForOpenData({ ...args, asOf: day }));
}

const trackerStart = unstable_cache(() => getTrackerStart(), ['tracker-start'], { revalidate: 3600 });

/** Checks a requested day against today and the tracker's first entry. */
export async function checkRequestedDay(value: string | null | undefined): Promise<AsOfCheck & { today: string; firstDay: string | null }> {
  const today = todayIso();
  const firstDay = await trackerStart();
  return { ...checkAsOf(value, { today, firstDay }), today, firstDay };
}

/**
 * The API's as_of: null (or today) reads the live tracker; a past day its rewound view; anything
 * else is a 400 that says which dates are possible.
 */
export async function apiAsOf(raw: string | null): Promise<{ ok: true; day: string | null } | { ok: false; error: ApiError }> {
  if (raw === null) return { ok: true, day: null };
  const checked = await checkRequestedDay(raw);
  if (checked.ok) return { ok: true, day: checked.day };
  if (checked.problem === 'today') return { ok: true, day: null };
  return {
    ok: false,
    error: {
      status: 400,
      code: 'invalid_parameter',
      parameter: 'as_of',
      message: asOfProblemMessage(checked.problem, { day: checked.day, today: checked.today, firstDay: checked.firstDay }),
    },
  };
}

export type ComparedDays =
  | { ok: true; from: string; to: string; slug?: string; today: string; firstDay: string | null }
  | { ok: false; problem: AsOfProblem | 'pair' | 'slug'; value: string; today: string; firstDay: string | null };

/**
 * The two days of a comparison: `from` a past day, `to` a later past day or today (the tracker
 * now), `slug` optional and well formed. Says which one is wrong.
 */
export async function checkComparedDays(fromRaw: string, toRaw: string, slug: string | undefined): Promise<ComparedDays> {
  const from = await checkRequestedDay(fromRaw);
  const base = { today: from.today, firstDay: from.firstDay };
  if (!from.ok) return { ok: false, problem: from.problem, value: fromRaw, ...base };
  const to = checkAsOf(toRaw, { today: from.today, firstDay: from.firstDay });
  const toDay = to.ok ? to.day : to.problem === 'today' ? from.today : null;
  if (toDay === null) return { ok: false, problem: to.ok ? 'invalid' : to.problem, value: toRaw, ...base };
  if (toDay <= from.day) return { ok: false, problem: 'pair', value: `${fromRaw}..${toRaw}`, ...base };
  if (slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return { ok: false, problem: 'slug', value: slug, ...base };
  return { ok: true, from: from.day, to: toDay, slug, ...base };
}
