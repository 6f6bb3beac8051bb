import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { INTL_TAGS } from '@/i18n/routing';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';
import { Link } from '@/i18n/navigation';
import { formatDate } from '@/lib/format';
import { checkComparedDays } from '@/lib/server/rewind-cache';
import { compareDays } from '@/lib/server/compare';
import { AsOfPicker, AsOfProblemView } from '@/components/rewind/as-of';
import { ComparisonFigures, ComparisonView } from '@/components/rewind/comparison';

type Props = { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'rewind.compare' });
  const q = await searchParams;
  return { title: t('metaTitle', { from: one(q.from), to: one(q.to) }), robots: { index: false } };
}

/**
 * /compare?from=…&to=…[&commitment=slug]: what moved between the ends of two days. Rendered per
 * visit (it reads the query); the comparison itself is cached (lib/server/compare.ts).
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const q = await searchParams;
  const t = await getTranslations({ locale, namespace: 'rewind' });
  const tag = INTL_TAGS[locale];
  const checked = await checkComparedDays(one(q.from), one(q.to), one(q.commitment) || undefined);
  if (!checked.ok) {
    if (checked.problem === 'slug') notFound();
    if (checked.problem === 'pair') {
      return (
        <>
          <h1>{t('problem.title')}</h1>
          <p className="notice notice--warning" role="alert">
            {t('compare.invalidPair')}
          </p>
          <AsOfPicker locale={locale} firstDay={checked.firstDay} today={checked.today} />
        </>
      );
    }
    return <AsOfProblemView locale={locale} problem={checked.problem} value={checked.value} firstDay={checked.firstDay} today={checked.today} />;
  }
  const { from, to, slug, today } = checked;
  const comparison = await compareDays({ from, to, slug, locale });
  const words = { from: formatDate(from, tag), to: formatDate(to, tag) };
  const json = `/api/v1/changes?from=${from}&to=${to}${slug ? `&commitment=${slug}` : ''}${locale === 'en' ? '' : `&locale=${locale}`}`;
  return (
    <>
      <p className="eyebrow">{slug ? <Link href={`/commitments/${slug}`}>{comparison.moves[0]?.title ?? slug}</Link> : null}</p>
      <h1>{t('compare.title', words)}</h1>
      <p className="lede">{slug ? t('compare.commitmentLede', words) : t('compare.lede', words)}</p>
      <ComparisonView locale={locale} comparison={comparison} toIsToday={to >= today} />
      {slug ? null : <ComparisonFigures locale={locale} comparison={comparison} />}
      <p>
        <a href={json}>{t('compare.json')}</a>
      </p>
      <AsOfPicker locale={locale} firstDay={checked.firstDay} today={today} day={from} />
    </>
  );
}
