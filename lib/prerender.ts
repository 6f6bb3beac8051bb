// How many commitment and source pages `next build` renders ahead, per language. The rest
// render on their first visit and are cached from then on (dynamicParams), exactly like a
// page an editor has just refreshed. A bound keeps the build's time and disk flat as the
// data grows: the 10,000-commitment benchmark otherwise prerendered 60,000 pages (~20 min).
export const PRERENDER_AT_BUILD = 50;
