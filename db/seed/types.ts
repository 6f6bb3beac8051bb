import type {
  Category,
  CommitmentKind,
  CountryCode,
  Direction,
  SourceKind,
  Stage,
  ValueQualifier,
  Verdict,
} from '../../lib/domain';
import type { TranslationLocale } from '../../lib/content-locale';

/** Shape of the seed dataset. Slugs link the records to one another. */

export type SeedSource = {
  slug: string;
  title: string;
  publisher: string;
  publishedOn: string; // YYYY-MM-DD
  place: string | null;
  url: string | null;
  kind: SourceKind;
  description: string;
  /** File under db/seed/documents/ holding the text, so tests can trace every quote and figure. */
  document: string;
};

export type SeedMetric = {
  slug: string;
  name: string;
  unit: string;
  description: string;
  /** A context series shown on this commitment's page. */
  relatedCommitment: string | null;
};

export type SeedObservation = {
  metric: string;
  period: string; // '2022'
  periodEnd: string; // '2022-12-31'
  value: number;
  qualifier: ValueQualifier;
  source: string;
  note: string;
  derived: boolean;
  preferred: boolean;
  /** Verbatim words of the source that state (or, for derived values, imply) this figure. */
  quote: string;
};

export type SeedCommitment = {
  slug: string;
  title: string;
  summary: string;
  category: Category;
  kind: CommitmentKind;
  owner: string;
  announcedOn: string;
  source: string;
  /** Verbatim words of the source this commitment is taken from. */
  quote: string;
  countries: CountryCode[];
  /** The dashboard's headline chart shows the first featured target commitment. */
  featured?: boolean;
  deadline: {
    text: string | null; // as stated, e.g. 'in the near future'
    on: string | null; // a date, stated or interpreted
    interpreted: boolean;
    note: string | null; // why this date, when interpreted
  } | null;
  target: {
    metric: string;
    direction: Direction;
    baselineValue: number | null;
    baselineOn: string | null;
    baselineNote: string | null;
    targetValue: number;
    targetNote: string | null;
  } | null;
  /** Where things stood according to the source on the day of the speech. */
  initialUpdate: {
    asOf: string;
    verdict: Verdict;
    stage: Stage | null;
    note: string;
    source: string;
  };
  /** Later dated status updates, oldest first, same shape as initialUpdate. */
  laterUpdates?: Array<SeedCommitment['initialUpdate']>;
};

/** Russian and Kazakh texts keyed by the record's slug; a missing one falls back to English. */
export type SeedTranslations = {
  commitments: Record<string, Partial<Record<TranslationLocale, { title: string; summary: string }>>>;
  metrics: Record<string, Partial<Record<TranslationLocale, { name: string; unit: string; description: string }>>>;
};

export type SeedDataset = {
  sources: SeedSource[];
  metrics: SeedMetric[];
  observations: SeedObservation[];
  commitments: SeedCommitment[];
  translations?: SeedTranslations;
};
