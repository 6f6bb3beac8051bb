import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Fragment, type ReactNode } from 'react';
import { getPathname, Link } from '@/i18n/navigation';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';
import { routing } from '@/i18n/routing';
import { StructuredData } from '@/components/seo/structured-data';
import { datasetJsonLd } from '@/lib/structured-data';
import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES } from '@/lib/domain';
import { env } from '@/lib/env';
import { STATUS_FILTERS } from '@/lib/filters';
import { CACHE_CONTROL, type ErrorBody } from '@/lib/open-data/http';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '@/lib/open-data/params';
import type { ApiCommitment, ApiCommitmentDetail, ApiPagination, ApiPeriod } from '@/lib/open-data/serialise';
import styles from './api-docs.module.css';

export const revalidate = 300;

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'api' });
  return { title: t('meta.title'), description: t('meta.description'), alternates: localeAlternates(locale, '/api') };
}

/** A code sample that can be scrolled sideways, and so also reached, with the keyboard. */
function Code({ children, label }: { children: string; label: string }) {
  return (
    <pre className={styles.code} tabIndex={0} aria-label={label}>
      <code>{children}</code>
    </pre>
  );
}

function Path({ children }: { children: string }) {
  return <code className={styles.path}>{children}</code>;
}

function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <table className="table">{children}</table>
    </div>
  );
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

// Literals in the prose (parameter names and values, field and header names) are marked as
// code: they are typed exactly as shown in every language, and the i18n check takes only
// text outside code for interface text that should have been translated.
const code = (chunks: ReactNode) => <code>{chunks}</code>;
/** A name written as it is in every language (OpenAPI, Frictionless): not interface text to translate. */
const name = (chunks: ReactNode) => <span translate="no">{chunks}</span>;

/** Accepted values, each typed as it is: "a, b, c". */
function codeList(values: readonly string[]): ReactNode {
  return values.map((value, i) => (
    <Fragment key={value}>
      {i > 0 ? ', ' : null}
      <code>{value}</code>
    </Fragment>
  ));
}

// The examples are typed with the API's own output types, so a field renamed in the serialiser
// breaks the build of this page instead of leaving the documentation wrong.
function examples(site: string) {
  const api = `${site}/api/v1`;
  const item: ApiCommitment = {
    slug: 'intra-regional-trade-15bn',
    title: 'Raise intra-regional trade to $15 bn',
    summary: '…',
    title_locale: 'en',
    summary_locale: 'en',
    category: 'trade',
    kind: 'target',
    owner: 'Kazakhstan',
    countries: ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
    announced_on: '2023-09-14',
    status: {
      verdict: 'in-progress',
      stage: null,
      stages: null,
      trajectory: 'acceleration-needed',
      trajectory_basis: null,
      last_update_on: '2024-05-17',
      last_reviewed_on: '2026-11-20',
      overdue: false,
      delayed: false,
      stale: false,
      disagreement: false,
    },
    progress: { share: 0.136, percent: 14, basis: 'data' },
    deadline: {
      on: '2027-12-31',
      text: 'in the near future',
      interpreted: true,
      interpretation_note: '…',
      revised: false,
      revised_on: null,
      as_announced: { on: '2027-12-31', text: 'in the near future' },
    },
    planned_completion: null,
    baseline: { value: 10.6, on: '2022-12-31', period: null, revised_on: null, as_announced: { value: 10.6, on: '2022-12-31' } },
    target: {
      value: 15,
      as_announced: 15,
      multiple_of_baseline: null,
      revised_on: null,
      unit: 'USD bn',
      unit_label: 'USD bn',
      direction: 'up',
      metric: {
        slug: 'intra-regional-trade',
        name: 'Intra-Central Asian trade turnover',
        observations_url: `${api}/metrics/intra-regional-trade/observations`,
        observations_csv_url: `${api}/metrics/intra-regional-trade/observations.csv`,
      },
    },
    source: {
      slug: 'akorda-2023-09-14-dushanbe-speech',
      title: '…',
      publisher: '…',
      published_on: '2023-09-14',
      url: null,
      kind: 'speech',
      html_url: `${site}/sources/akorda-2023-09-14-dushanbe-speech`,
    },
    links: { self: `${api}/commitments/intra-regional-trade-15bn`, html: `${site}/commitments/intra-regional-trade-15bn` },
  };
  const pagination: ApiPagination = {
    total: 23,
    page: 1,
    per_page: 5,
    pages: 5,
    links: {
      self: `${api}/commitments?per_page=5`,
      first: `${api}/commitments?per_page=5`,
      last: `${api}/commitments?page=5&per_page=5`,
      prev: null,
      next: `${api}/commitments?page=2&per_page=5`,
    },
  };
  const detail: Pick<
    ApiCommitmentDetail,
    'quote' | 'computed' | 'computed_against_original' | 'updates' | 'revisions' | 'planned_dates' | 'observations' | 'context_metrics'
  > = {
    quote: '…',
    computed: {
      status: 'acceleration-needed',
      reason: null,
      basis: { on: '2023-12-31', value: 11.2, period: '2023', qualifier: 'exact' },
      met: false,
      met_on: null,
      deadline_figure: null,
      shortfall: null,
      fell_back_to: null,
      forecasts: [],
      not_comparable: [],
      share: 0.136,
      ratio: 0.79,
      latest: { on: '2023-12-31', value: 11.2 },
      data_points: 2,
      growth_mode: 'compound',
      required_annual_growth: 0.0719,
      observed_annual_growth: 0.0566,
      needed_annual_growth_from_latest: 0.0759,
      projection_at_deadline: { on: '2027-12-31', value: 14.0 },
      projection_basis: 'since-baseline',
      deadline_passed: false,
      required_path: [{ on: '2022-12-31', value: 10.6 }],
      projection_path: [{ on: '2023-12-31', value: 11.2 }],
    },
    computed_against_original: null,
    observations: [],
    revisions: [],
    planned_dates: [],
    updates: [
      {
        id: 41,
        entry_type: 'update',
        as_of: '2024-05-17',
        verdict: 'in-progress',
        stage: null,
        stage_in_force: null,
        value: null,
        figure: { period: '2023', value: 11.2, qualifier: 'exact' },
        note: '…',
        corrects_id: null,
        corrected_by_id: null,
        date_confirmed: false,
        recorded_at: '2024-05-20T08:12:03.000Z',
        source: { slug: '24kg-2024-05-17-astana-summit', title: '…', html_url: `${site}/sources/24kg-2024-05-17-astana-summit` },
        evidence: [
          {
            url: 'https://…',
            title: '…',
            archive: {
              state: 'archived',
              archived_on: '2024-05-20',
              sha256: '…',
              bytes: 84_321,
              truncated: false,
              copy_url: `${site}/archive/12`,
              dead_since: null,
              failure: null,
              http_status: null,
              will_retry: false,
            },
          },
        ],
        files: [],
      },
    ],
    context_metrics: [],
  };
  const period: ApiPeriod = {
    period: '2022',
    period_end: '2022-12-31',
    preferred_value: 10.6,
    sources_disagree: true,
    observations: [
      {
        period: '2022',
        period_end: '2022-12-31',
        value: 10.6,
        qualifier: 'exact',
        preferred: true,
        derived: false,
        note: '…',
        source: {
          slug: 'akorda-2023-09-14-dushanbe-speech',
          title: '…',
          publisher: '…',
          html_url: `${site}/sources/akorda-2023-09-14-dushanbe-speech`,
        },
      },
      {
        period: '2022',
        period_end: '2022-12-31',
        value: 10.5,
        qualifier: 'at-least',
        preferred: false,
        derived: false,
        note: '…',
        source: {
          slug: 'news-report-2023-09-14-priorities',
          title: '…',
          publisher: '…',
          html_url: `${site}/sources/news-report-2023-09-14-priorities`,
        },
      },
    ],
  };
  const error: ErrorBody = {
    error: {
      code: 'invalid_parameter',
      message: 'Invalid category “mining”: expected one of trade, transport, digital, security-institutions, people-culture.',
      parameter: 'category',
    },
  };
  return {
    list: json({
      data: [item],
      pagination,
      meta: {
        as_of: '2026-01-15',
        stale_after_days: 180,
        filters: { category: null, status: null, kind: null, country: null, q: null, sort: 'deadline' },
      },
      links: { csv: `${api}/commitments.csv`, html: `${site}/commitments` },
    }),
    detail: json({ data: { ...item, ...detail }, meta: { as_of: '2026-01-15', stale_after_days: 180 } }),
    observations: json({
      data: {
        metric: { slug: 'intra-regional-trade', name: 'Intra-Central Asian trade turnover', unit: 'USD bn', description: '…' },
        periods: [period],
      },
    }),
    error: json(error),
  };
}

export default async function ApiDocsPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'api' });
  const site = env().SITE_URL.replace(/\/+$/, '');
  const api = `${site}/api/v1`;
  const sample = examples(site);
  // The examples ask for the reader's language, so what they return reads like the page they are on.
  const inLocale = locale === 'en' ? '' : `locale=${locale}`;
  const liveExample = `${api}/commitments?category=transport&sort=progress&per_page=5${inLocale ? `&${inLocale}` : ''}`;
  const methodology = (chunks: ReactNode) => <Link href="/methodology">{chunks}</Link>;

  const endpoints = [
    { path: '/api/v1/commitments', text: t('endpoints.list') },
    { path: '/api/v1/commitments/{slug}', text: t('endpoints.detail') },
    { path: '/api/v1/commitments.csv', text: t('endpoints.listCsv') },
    { path: '/api/v1/metrics', text: t('endpoints.metrics') },
    { path: '/api/v1/metrics/{slug}/observations', text: t('endpoints.observations') },
    { path: '/api/v1/metrics/{slug}/observations.csv', text: t('endpoints.observationsCsv') },
    { path: '/api/v1/openapi.json', text: t.rich('endpoints.openapi', { name }) },
    { path: '/api/v1/datapackage.json', text: t.rich('endpoints.datapackage', { name }) },
  ];
  const parameters = [
    { name: 'category', values: codeList(CATEGORIES), text: t('params.category') },
    { name: 'status', values: codeList(STATUS_FILTERS), text: t.rich('params.status', { code }) },
    { name: 'kind', values: codeList(COMMITMENT_KINDS), text: t('params.kind') },
    { name: 'country', values: codeList(COUNTRY_CODES), text: t('params.country') },
    { name: 'q', values: t('params.qValues'), text: t('params.q') },
    { name: 'sort', values: t.rich('params.sortValues', { code }), text: t.rich('params.sort', { code }) },
    { name: 'page', values: t.rich('params.pageValues', { code }), text: t('params.page') },
    {
      name: 'per_page',
      values: t.rich('params.perPageValues', { max: MAX_PER_PAGE, default: DEFAULT_PER_PAGE, code }),
      text: t('params.perPage'),
    },
    { name: 'locale', values: t.rich('params.localeValues', { code }), text: t('params.locale') },
  ];
  const errors = [
    { code: 'invalid_parameter', status: 400, text: t('errors.invalidParameter') },
    { code: 'unknown_parameter', status: 400, text: t('errors.unknownParameter') },
    { code: 'repeated_parameter', status: 400, text: t('errors.repeatedParameter') },
    { code: 'not_found', status: 404, text: t.rich('errors.notFound', { code }) },
    { code: 'internal_error', status: 500, text: t('errors.internalError') },
  ];
  const sections = [
    ['try', t('quickStart.heading')],
    ['machine-readable', t('machineReadable.heading')],
    ['endpoints', t('endpoints.heading')],
    ['parameters', t('params.heading')],
    ['response', t('response.heading')],
    ['pagination', t('pagination.heading')],
    ['caching', t('caching.heading')],
    ['errors', t('errors.heading')],
    ['csv', t('csv.heading')],
    ['privacy', t('privacy.heading')],
    ['cors', t('cors.heading')],
  ] as const;

  return (
    <article className="prose">
      <StructuredData
        data={datasetJsonLd({
          siteBase: site,
          pageUrl: `${site}${getPathname({ href: '/api', locale })}`,
          name: t('dataset.name'),
          description: t('dataset.description'),
          languages: routing.locales,
        })}
      />
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <p className="small muted">{t.rich('languageNote', { code })}</p>

      <nav aria-label={t('contentsLabel')} className="section">
        <ul className={styles.contents}>
          {sections.map(([id, heading]) => (
            <li key={id}>
              <a href={`#${id}`}>{heading}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="try" className="section card" aria-labelledby="try-title">
        <h2 id="try-title">{t('quickStart.heading')}</h2>
        <p>{t('quickStart.intro')}</p>
        <p>{t('quickStart.listExample')}</p>
        <Code label={t('quickStart.listExample')}>{`curl '${liveExample}'`}</Code>
        <p>{t('quickStart.detailExample')}</p>
        <Code label={t('quickStart.detailExample')}>{`curl '${api}/commitments/intra-regional-trade-15bn${inLocale ? `?${inLocale}` : ''}'`}</Code>
        <p>{t('quickStart.csvExample')}</p>
        <Code
          label={t('quickStart.csvExample')}
        >{`curl -OJ '${api}/commitments.csv?category=transport&sort=progress${inLocale ? `&${inLocale}` : ''}'`}</Code>
        <p>
          {t('quickStart.liveExample')}: <a href={liveExample}>{t('quickStart.liveExampleLink')}</a>
        </p>
      </section>

      <section id="machine-readable" className="section" aria-labelledby="machine-readable-title">
        <h2 id="machine-readable-title">{t('machineReadable.heading')}</h2>
        <p>{t('machineReadable.intro')}</p>
        <ul>
          {/* The API is at /api/v1 only, not under a language prefix: plain links on this site. */}
          <li>{t.rich('machineReadable.openapi', { link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a>, code, name })}</li>
          <li>{t.rich('machineReadable.datapackage', { link: (chunks) => <a href="/api/v1/datapackage.json">{chunks}</a>, code, name })}</li>
        </ul>
      </section>

      <section id="endpoints" className="section" aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">{t('endpoints.heading')}</h2>
        <ScrollTable label={t('endpoints.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('endpoints.method')}</th>
              <th scope="col">{t('endpoints.returns')}</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.path}>
                <th scope="row">
                  <Path>{`GET ${e.path}`}</Path>
                </th>
                <td>{e.text}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>

      <section id="parameters" className="section" aria-labelledby="parameters-title">
        <h2 id="parameters-title">{t('params.heading')}</h2>
        <p>{t.rich('params.intro', { link: (chunks) => <Link href="/commitments">{chunks}</Link> })}</p>
        <ScrollTable label={t('params.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('params.name')}</th>
              <th scope="col">{t('params.values')}</th>
              <th scope="col">{t('params.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={p.name}>
                <th scope="row">
                  <Path>{p.name}</Path>
                </th>
                <td>{p.values}</td>
                <td>{p.text}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <p>{t.rich('params.strict', { code })}</p>
      </section>

      <section id="response" className="section" aria-labelledby="response-title">
        <h2 id="response-title">{t('response.heading')}</h2>
        <p>{t.rich('response.intro', { code })}</p>
        <dl className="facts">
          {(
            [
              ['status', t.rich('response.fields.status', { code })],
              ['progress', t.rich('response.fields.progress', { code })],
              ['deadline', t.rich('response.fields.deadline', { code })],
              ['baseline, target', t('response.fields.baselineTarget')],
              ['source', t('response.fields.source')],
              ['computed', t.rich('response.fields.computed', { link: methodology })],
              ['updates', t.rich('response.fields.updates', { code })],
              ['revisions', t('response.fields.revisions')],
              ['periods', t.rich('response.fields.periods', { code })],
            ] as const
          ).map(([name, text]) => (
            <div key={name}>
              <dt>
                <Path>{name}</Path>
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        {(
          [
            ['list', t('response.listHeading'), '/api/v1/commitments', sample.list],
            ['detail', t('response.detailHeading'), '/api/v1/commitments/{slug}', sample.detail],
            ['observations', t('response.observationsHeading'), '/api/v1/metrics/{slug}/observations', sample.observations],
          ] as const
        ).map(([key, heading, path, body]) => (
          <div key={key} className={styles.example}>
            <h3>
              {heading}: <Path>{`GET ${path}`}</Path>
            </h3>
            {/* Folded: the full examples are long, and the field list above is what most readers need. */}
            <details className="data-table">
              <summary>{t('response.example')}</summary>
              <Code label={`${heading}: ${t('response.example')}`}>{body}</Code>
            </details>
          </div>
        ))}
      </section>

      <section id="pagination" className="section" aria-labelledby="pagination-title">
        <h2 id="pagination-title">{t('pagination.heading')}</h2>
        <p>{t.rich('pagination.text', { code })}</p>
      </section>

      <section id="caching" className="section" aria-labelledby="caching-title">
        <h2 id="caching-title">{t('caching.heading')}</h2>
        <p>
          <Path>{`Cache-Control: ${CACHE_CONTROL}`}</Path>
        </p>
        <p>{t('caching.cacheControl')}</p>
        <p>{t.rich('caching.etag', { code })}</p>
        <p>{t.rich('caching.example', { code })}</p>
        <Code
          label={t.markup('caching.example', { code: (chunks) => chunks })}
        >{`curl -i -H 'If-None-Match: "<ETag>"' '${api}/commitments/intra-regional-trade-15bn'\n\nHTTP/1.1 304 Not Modified`}</Code>
      </section>

      <section id="errors" className="section" aria-labelledby="errors-title">
        <h2 id="errors-title">{t('errors.heading')}</h2>
        <p>{t.rich('errors.text', { code })}</p>
        <Code label={t('errors.heading')}>{`GET ${api}/commitments?category=mining\n\nHTTP/1.1 400 Bad Request\n${sample.error}`}</Code>
        <ScrollTable label={t('errors.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('errors.code')}</th>
              <th scope="col">{t('errors.status')}</th>
              <th scope="col">{t('errors.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e) => (
              <tr key={e.code}>
                <th scope="row">
                  <Path>{e.code}</Path>
                </th>
                <td>{e.status}</td>
                <td>{e.text}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>

      <section id="csv" className="section" aria-labelledby="csv-title">
        <h2 id="csv-title">{t('csv.heading')}</h2>
        <ul>
          <li>{t('csv.encoding')}</li>
          <li>{t('csv.columns')}</li>
          <li>{t.rich('csv.formulas', { code })}</li>
          <li>{t.rich('csv.filename', { example: 'commitments_transport_2026-01-15.csv', code })}</li>
        </ul>
      </section>

      <section id="privacy" className="section" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacy.heading')}</h2>
        <p>{t('privacy.text')}</p>
      </section>

      <section id="cors" className="section" aria-labelledby="cors-title">
        <h2 id="cors-title">{t('cors.heading')}</h2>
        <p>{t.rich('cors.text', { code })}</p>
      </section>
    </article>
  );
}
