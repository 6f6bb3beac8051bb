import { describe, expect, it } from 'vitest';
import { DATA_LICENSE } from './open-data/datapackage';
import { commitmentArticleJsonLd, datasetJsonLd, jsonLdScriptContent, type CommitmentArticleInput } from './structured-data';

const article: CommitmentArticleInput = {
  siteBase: 'https://tracker.test/',
  pageUrl: 'https://tracker.test/ru/commitments/intra-regional-trade-15bn',
  inLanguage: 'ru',
  title: 'Довести взаимную торговлю до 15 млрд долларов',
  summary: 'Товарооборот между странами Центральной Азии.',
  announcedOn: '2023-09-14',
  lastUpdateOn: '2026-11-20',
  category: 'Торговля',
  countries: ['Казахстан', 'Узбекистан'],
  source: {
    title: 'Speech at the Fifth Consultative Meeting',
    url: 'https://www.akorda.kz/en/speech',
    pageUrl: 'https://tracker.test/ru/sources/akorda-2023-09-14-dushanbe-speech',
    publisher: 'Akorda',
    publishedOn: '2023-09-14',
  },
};

describe('jsonLdScriptContent', () => {
  it('cannot end the script element, and parses back to the same data', () => {
    const data = {
      '@context': 'https://schema.org' as const,
      '@type': 'Article',
      headline: 'A </script><script>alert(1)</script> & <!-- \u2028 title',
    };
    const text = jsonLdScriptContent(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('datasetJsonLd', () => {
  it('describes the open data with its licence, languages, creator and three distributions', () => {
    const data = datasetJsonLd({
      siteBase: 'https://tracker.test',
      pageUrl: 'https://tracker.test/kk/api',
      name: 'Open data',
      description: 'Everything.',
      languages: ['en', 'ru', 'kk'],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      '@id': 'https://tracker.test/api#dataset',
      url: 'https://tracker.test/kk/api',
      license: DATA_LICENSE.path,
      inLanguage: ['en', 'ru', 'kk'],
      creator: { '@type': 'Organization', name: 'Commitments Tracker editors' },
    });
    expect(data.distribution).toEqual([
      { '@type': 'DataDownload', name: 'JSON API', encodingFormat: 'application/json', contentUrl: 'https://tracker.test/api/v1/commitments' },
      { '@type': 'DataDownload', name: 'commitments.csv', encodingFormat: 'text/csv', contentUrl: 'https://tracker.test/api/v1/commitments.csv' },
      {
        '@type': 'DataDownload',
        name: 'datapackage.json',
        encodingFormat: 'application/json',
        contentUrl: 'https://tracker.test/api/v1/datapackage.json',
      },
    ]);
  });
});

describe('commitmentArticleJsonLd', () => {
  it('is an Article by the editors, published when announced, modified at the last update, citing its source', () => {
    expect(commitmentArticleJsonLd(article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      '@id': 'https://tracker.test/ru/commitments/intra-regional-trade-15bn#article',
      headline: article.title,
      description: article.summary,
      inLanguage: 'ru',
      url: article.pageUrl,
      mainEntityOfPage: { '@type': 'WebPage', '@id': article.pageUrl },
      datePublished: '2023-09-14',
      dateModified: '2026-11-20',
      author: { '@type': 'Organization', name: 'Commitments Tracker editors', url: 'https://tracker.test/' },
      publisher: { '@type': 'Organization', name: 'Commitments Tracker editors', url: 'https://tracker.test/' },
      about: [
        { '@type': 'Thing', name: 'Торговля' },
        { '@type': 'Country', name: 'Казахстан' },
        { '@type': 'Country', name: 'Узбекистан' },
      ],
      citation: {
        '@type': 'CreativeWork',
        name: 'Speech at the Fifth Consultative Meeting',
        url: 'https://www.akorda.kz/en/speech',
        datePublished: '2023-09-14',
        publisher: { '@type': 'Organization', name: 'Akorda' },
      },
    });
  });

  it('without an update it was last modified when announced; without an address the source is cited by its page here', () => {
    const data = commitmentArticleJsonLd({ ...article, lastUpdateOn: null, source: { ...article.source, url: null, publisher: null } });
    expect(data.dateModified).toBe('2023-09-14');
    expect(data.citation).toEqual({ '@type': 'CreativeWork', name: article.source.title, url: article.source.pageUrl, datePublished: '2023-09-14' });
  });
});
