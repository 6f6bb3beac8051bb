import type { SeedSource } from '../types';

/** The day the research behind these files was done: reviews that found nothing are dated then. */
export const RESEARCHED_ON = '2026-12-02';

/**
 * The stored copies of public pages used for the research thin out after about April 2026:
 * a review says so, so that "no evidence found" is read for what it is.
 */
export const CORPUS_NOTE = 'The stored news and official pages searched hold little after April 2026, so a later development may be missing here.';

type SourceFields = Omit<SeedSource, 'place'> & { place?: string | null };

/** A researched source: a public page read for this dataset (most have no stored document, so no verbatim quotes). */
export function source(fields: SourceFields): SeedSource {
  return { place: null, ...fields };
}
