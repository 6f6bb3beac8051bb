import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { notFound } from 'next/navigation';
import { getSourceBySlug } from '@/db/queries';
import { ArchiveNote } from '@/components/ui/archive-note';
import { prerenderedSources } from '@/lib/server/prerender';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import { todayIso } from '@/lib/clock';
import { env } from '@/lib/env';
import { formatDate, formatQualifiedValue } from '@/lib/format';
import { CommitmentCards } from '@/components/commitments/commitment-card';
import { VerdictBadge } from '@/components/ui/status-badge';
import { englishLang } from '@/components/ui/in-english';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { Publisher } from '@/components/ui/publisher';
import { localeAlternates, resolvePageLocale } from '@/i18n/server';

export const revalidate = 300;

// The first few are rendered by the build; every other one on its first visit.
export function generateStaticParams() {
  return prerenderedSources();
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const [s, t] = await Promise.all([getSourceBySlug({ slug, locale }), getTranslations({ locale, namespace: 'sources' })]);
  if (!s) return { title: t('meta.notFound') };
  const alternates = localeAlternates(locale, `/sources/${slug}`);
  if (locale === 'en') return { title: s.title, description: s.description ?? t('meta.sourceDescription'), alternates };
  // A document's title and our description of it exist in English only; the browser tab and
  // search snippet of a Russian or Kazakh page name the document by its kind and date instead.
  return {
    title: t('meta.sourceTitle', { kind: domainLabels(locale).sourceKind[s.kind], date: formatDate(s.publishedOn, INTL_TAGS[locale]) }),
    description: t('meta.sourceDescription'),
    alternates,
  };
}

export default async function SourcePage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const source = await getSourceBySlug({ slug, locale });
  if (!source) notFound();
  const t = await getTranslations({ locale, namespace: 'sources' });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  const lang = englishLang(locale);
  const asOf = todayIso();
  const staleAfterDays = env().STALE_AFTER_DAYS;

  // Source titles, publishers, places and editors' notes exist in English only; on a Russian
  // or Kazakh page they are marked lang="en" so screen readers pronounce them right.
  return (
    <article>
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href="/sources">{t('detail.allSources')}</Link>
          </li>
        </ol>
      </nav>
      <p className="eyebrow">{labels.sourceKind[source.kind]}</p>
      <h1 lang={lang}>{source.title}</h1>
      <dl className="facts facts--inline card">
        <div>
          <dt>{t('detail.publisher')}</dt>
          <dd>
            <Publisher name={source.publisher} />
          </dd>
        </div>
        <div>
          <dt>{t('detail.date')}</dt>
          <dd>
            <time dateTime={source.publishedOn}>{formatDate(source.publishedOn, tag)}</time>
          </dd>
        </div>
        {source.place ? (
          <div>
            <dt>{t('detail.place')}</dt>
            <dd lang={lang}>{source.place}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('detail.link')}</dt>
          <dd>
            {source.url ? (
              <>
                <a href={source.url} rel="noopener noreferrer" lang={lang}>
                  {source.url.replace(/^https?:\/\//, '').slice(0, 60)}
                </a>{' '}
                <ArchiveNote view={source.archive} />
              </>
            ) : (
              <span className="muted">{t('detail.noUrl')}</span>
            )}
          </dd>
        </div>
      </dl>
      {source.description ? (
        <p className="lede" lang={lang}>
          {source.description}
        </p>
      ) : null}

      {source.commitments.length > 0 ? (
        <section aria-labelledby="announced-title" className="section">
          <h2 id="announced-title">{t('detail.commitments', { count: source.commitments.length })}</h2>
          <CommitmentCards commitments={source.commitments} asOf={asOf} staleAfterDays={staleAfterDays} />
        </section>
      ) : null}

      {source.figures.length > 0 ? (
        <section aria-labelledby="figures-title" className="section">
          <h2 id="figures-title">{t('detail.figures')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('detail.figure')}</th>
                <th scope="col">{t('detail.period')}</th>
                <th scope="col">{t('detail.value')}</th>
                <th scope="col">{t('detail.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {source.figures.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <LocalizedText text={f.metricName} lang={f.metricNameLocale} />
                  </th>
                  <td>{f.period}</td>
                  <td>{formatQualifiedValue(f.value, f.metricUnit, f.qualifier, tag, { unitLabel: f.metricUnitLabel })}</td>
                  <td className="small">
                    {f.derived ? <strong>{t('detail.derived')} </strong> : null}
                    {f.preferred ? null : <strong>{t('detail.notPreferred')} </strong>}
                    {f.note ? <span lang={lang}>{f.note}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {source.updates.length > 0 ? (
        <section aria-labelledby="updates-title" className="section">
          <h2 id="updates-title">{t('detail.updates')}</h2>
          <ul className="plain-list">
            {source.updates.map((u) => (
              <li key={u.id}>
                <time dateTime={u.asOf}>{formatDate(u.asOf, tag)}</time> ·{' '}
                <Link href={`/commitments/${u.commitmentSlug}`}>
                  <LocalizedText text={u.commitmentTitle} lang={u.commitmentTitleLocale} />
                </Link>{' '}
                · <VerdictBadge verdict={u.verdict} />
                {u.stage ? <span className="badge badge--stage">{t('detail.stage', { stage: labels.stage[u.stage] })}</span> : null}
                <p className="small" lang={lang}>
                  {u.note}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
