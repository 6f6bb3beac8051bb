import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { listSources } from '@/db/queries';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { englishLang } from '@/components/ui/in-english';
import { Publisher } from '@/components/ui/publisher';
import { localeAlternates, resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const revalidate = 300;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'sources' });
  return { title: t('meta.title'), description: t('meta.description'), alternates: localeAlternates(locale, '/sources') };
}

export default async function SourcesPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'sources' });
  const labels = domainLabels(locale);
  const rows = await listSources();
  const lang = englishLang(locale);
  return (
    <>
      <h1>{t('index.title')}</h1>
      <p className="lede">{t('index.lede')}</p>
      <ul className="card-grid">
        {rows.map((s) => (
          <li key={s.slug}>
            <article className="card">
              <p className="eyebrow">
                {labels.sourceKind[s.kind]} · {formatDate(s.publishedOn, INTL_TAGS[locale])}
              </p>
              {/* Titles and publishers are the names the documents were published under: never translated. */}
              <h2 className="commitment-card__title" lang={lang}>
                <Link href={`/sources/${s.slug}`}>{s.title}</Link>
              </h2>
              <p className="small">
                <Publisher name={s.publisher} />
              </p>
              <p className="small muted">{t('index.usage', { commitments: s.commitments, figures: s.observations, updates: s.updates })}</p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
