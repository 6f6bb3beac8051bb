import { unstable_cache } from 'next/cache';
import { endOfDay, withRewind } from '@/db/rewind';
import { listChangesBetween, listCommitmentStates } from '@/db/queries';
import { PUBLIC_DATA_TAG, PUBLIC_REVALIDATE_SECONDS } from '@/db/cache';
import { todayIso } from '@/lib/clock';
import { diffStates } from '@/lib/compare';
import type { ContentLocale } from '@/lib/content-locale';

// What changed between two moments, the one piece of code behind the compare page, its JSON
// and the snapshots' "what changed since the last snapshot": the computed status of each
// commitment at both moments (rewound with db/rewind.ts, or live for now), what moved
// (lib/compare.ts), and the entries recorded in between.

export type Comparison = Awaited<ReturnType<typeof compareMoments>>;

/**
 * `from` and `to` are past days ('YYYY-MM-DD', the end of the day) or instants; `to` null is
 * now. Reads the database on every call: the callers cache it.
 */
export async function compareMoments({ from, to, slug, locale }: { from: string; to: string | null; slug?: string; locale: ContentLocale }) {
  const statesAt = (point: string | null) =>
    point === null ? listCommitmentStates({ slug, locale }) : withRewind(point, () => listCommitmentStates({ slug, locale }));
  const cut = (point: string) => (point.length === 10 ? endOfDay(point) : point);
  const [before, after, entries] = await Promise.all([
    statesAt(from),
    statesAt(to),
    listChangesBetween({ after: cut(from), until: to === null ? null : cut(to), slug, locale }),
  ]);
  return { from, to, moves: diffStates(before, after), entries };
}

// Two past days never change: cached forever. A comparison up to today moves with every save,
// so it is tagged like the public pages.
const pastPair = unstable_cache(
  (from: string, to: string, slug: string, locale: ContentLocale) => compareMoments({ from, to, slug: slug || undefined, locale }),
  ['compare-past'],
  {
    revalidate: false,
  },
);
const upToToday = unstable_cache(
  (from: string, slug: string, locale: ContentLocale) => compareMoments({ from, to: null, slug: slug || undefined, locale }),
  ['compare-today'],
  {
    tags: [PUBLIC_DATA_TAG],
    revalidate: PUBLIC_REVALIDATE_SECONDS,
  },
);

/** The comparison of two checked days (`from` before `to`; `to` may be today). */
export function compareDays({ from, to, slug, locale }: { from: string; to: string; slug?: string; locale: ContentLocale }): Promise<Comparison> {
  return to >= todayIso() ? upToToday(from, slug ?? '', locale) : pastPair(from, to, slug ?? '', locale);
}
