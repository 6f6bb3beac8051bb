import { listCommitmentSlugs, listSourceSlugs } from '@/db/queries';

// How many commitment and source pages `next build` renders ahead, per language. The rest
// render on their first visit and are cached from then on (dynamicParams), exactly like a
// page an editor has just refreshed. A bound keeps the build's time and disk flat as the
// data grows: the 10,000-commitment benchmark otherwise prerendered 60,000 pages (~20 min).
export const PRERENDER_AT_BUILD = 50;

/** generateStaticParams for the commitment page and its embed widget. */
export async function prerenderedCommitments(): Promise<{ slug: string }[]> {
  return (await listCommitmentSlugs(PRERENDER_AT_BUILD)).map((slug) => ({ slug }));
}

/** generateStaticParams for the source pages. */
export async function prerenderedSources(): Promise<{ slug: string }[]> {
  return (await listSourceSlugs(PRERENDER_AT_BUILD)).map((slug) => ({ slug }));
}
