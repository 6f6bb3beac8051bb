import { DATA_LICENSE, EDITORS_NAME } from './open-data/datapackage';

// schema.org structured data (JSON-LD) for search engines and dataset catalogues, pure: a
// `Dataset` on the API documentation page, an `Article` on each commitment page. The pages
// render it with <StructuredData> (components/seo/structured-data.tsx), through
// jsonLdScriptContent below.

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

const CONTEXT = 'https://schema.org' as const;

/**
 * The JSON for a <script type="application/ld+json">: HTML does not decode entities inside a
 * script element, but it ends one at "</script", so text from the data (a title with "</" in
 * it) must not be able to write that. "<", ">" and "&" are written as JSON escapes, which
 * parse back to the same characters; U+2028 and U+2029 too, for parsers that read JSON as
 * JavaScript.
 */
export function jsonLdScriptContent(data: JsonLd): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

function editors(site: string) {
  return { '@type': 'Organization', name: EDITORS_NAME, url: `${site}/` };
}

const trim = (base: string) => base.replace(/\/+$/, '');

/** The open data, on /api: where to get it, in which formats, under which licence. */
export function datasetJsonLd({
  siteBase,
  pageUrl,
  name,
  description,
  languages,
}: {
  siteBase: string;
  /** This page's address in its language. */
  pageUrl: string;
  name: string;
  description: string;
  /** The languages the data can be had in (BCP 47). */
  languages: readonly string[];
}): JsonLd {
  const site = trim(siteBase);
  const api = `${site}/api/v1`;
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    // One dataset whichever language its page is read in.
    '@id': `${site}/api#dataset`,
    name,
    description,
    url: pageUrl,
    license: DATA_LICENSE.path,
    isAccessibleForFree: true,
    inLanguage: [...languages],
    creator: editors(site),
    publisher: editors(site),
    keywords: ['commitments', 'Central Asia', 'accountability', 'open data'],
    distribution: [
      { '@type': 'DataDownload', name: 'JSON API', encodingFormat: 'application/json', contentUrl: `${api}/commitments` },
      { '@type': 'DataDownload', name: 'commitments.csv', encodingFormat: 'text/csv', contentUrl: `${api}/commitments.csv` },
      { '@type': 'DataDownload', name: 'datapackage.json', encodingFormat: 'application/json', contentUrl: `${api}/datapackage.json` },
    ],
  };
}

export type CommitmentArticleInput = {
  siteBase: string;
  /** The page's canonical address in its language. */
  pageUrl: string;
  /** The page's language (BCP 47). */
  inLanguage: string;
  title: string;
  summary: string;
  announcedOn: string;
  lastUpdateOn: string | null;
  /** What the commitment is about, in the page's language: its area and the countries involved. */
  category: string;
  countries: readonly string[];
  source: { title: string; url: string | null; pageUrl: string; publisher: string | null; publishedOn: string };
};

/** A commitment page: what was promised, when, on whose word, and when it was last updated. */
export function commitmentArticleJsonLd(input: CommitmentArticleInput): JsonLd {
  const site = trim(input.siteBase);
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': `${input.pageUrl}#article`,
    headline: input.title,
    description: input.summary,
    inLanguage: input.inLanguage,
    url: input.pageUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.pageUrl },
    datePublished: input.announcedOn,
    dateModified: input.lastUpdateOn ?? input.announcedOn,
    author: editors(site),
    publisher: editors(site),
    about: [{ '@type': 'Thing', name: input.category }, ...input.countries.map((name) => ({ '@type': 'Country', name }))],
    citation: {
      '@type': 'CreativeWork',
      name: input.source.title,
      // The announcement itself where it has an address; otherwise its record on this site.
      url: input.source.url ?? input.source.pageUrl,
      datePublished: input.source.publishedOn,
      ...(input.source.publisher ? { publisher: { '@type': 'Organization', name: input.source.publisher } } : {}),
    },
  };
}
