import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getPathname } from '@/i18n/navigation';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import type { AsOfProblem } from '@/lib/as-of';
import { formatDate } from '@/lib/format';

/**
 * The dashboard's date picker: a plain GET form (it works without JavaScript), to the day's
 * address through /as-of?date=…, and a second one comparing two days.
 */
export async function AsOfPicker({ locale, firstDay, today, day }: { locale: Locale; firstDay: string | null; today: string; day?: string }) {
  const t = await getTranslations({ locale, namespace: 'rewind' });
  if (!firstDay) return null;
  const tag = INTL_TAGS[locale];
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return (
    <section className="card as-of-picker" aria-labelledby="as-of-title">
      <h2 id="as-of-title" className="subhead">
        {t('picker.title')}
      </h2>
      <p className="small muted">{t('picker.lede', { first: formatDate(firstDay, tag) })}</p>
      <div className="as-of-picker__forms">
        <form method="get" action={getPathname({ href: '/as-of', locale })} className="inline-form">
          <label htmlFor="as-of-day">{t('picker.day')}</label>
          <input id="as-of-day" name="date" type="date" min={firstDay} max={yesterday} defaultValue={day ?? yesterday} required />
          <button type="submit" className="button button--secondary">
            {t('picker.go')}
          </button>
        </form>
        <form method="get" action={getPathname({ href: '/compare', locale })} className="inline-form" aria-label={t('picker.compareTitle')}>
          <label htmlFor="compare-from">{t('picker.from')}</label>
          <input id="compare-from" name="from" type="date" min={firstDay} max={yesterday} defaultValue={day ?? firstDay} required />
          <label htmlFor="compare-to">{t('picker.to')}</label>
          <input id="compare-to" name="to" type="date" min={firstDay} max={today} defaultValue={today} required />
          <button type="submit" className="button button--secondary">
            {t('picker.compare')}
          </button>
        </form>
      </div>
    </section>
  );
}

/** Said at the top of every rewound page: which day it shows, and the way back to today. */
export async function RewindBanner({ locale, day, livePath }: { locale: Locale; day: string; livePath: string }) {
  const t = await getTranslations({ locale, namespace: 'rewind' });
  const tag = INTL_TAGS[locale];
  return (
    <div className="notice notice--rewind" role="note" aria-label={t('picker.title')}>
      <p>
        <span aria-hidden="true">⏮ </span>
        {t('banner', { date: formatDate(day, tag) })}
      </p>
      <p>
        <Link href={livePath}>{t('backToToday')}</Link> ·{' '}
        <Link href={`/compare?from=${day}&to=${new Date().toISOString().slice(0, 10)}`}>{t('compareToday')}</Link>
      </p>
    </div>
  );
}

/** A day that cannot be shown, and why, with the picker to choose another. */
export async function AsOfProblemView({
  locale,
  problem,
  value,
  firstDay,
  today,
  livePath = '/',
}: {
  locale: Locale;
  problem: AsOfProblem;
  value: string;
  firstDay: string | null;
  today: string;
  /** The live page of what was asked for (today's answer is that page). */
  livePath?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'rewind' });
  const tag = INTL_TAGS[locale];
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, tag) : value;
  const first = firstDay ? formatDate(firstDay, tag) : '—';
  const message =
    problem === 'invalid'
      ? t('problem.invalid', { value: value.slice(0, 40) })
      : problem === 'before-start'
        ? t('problem.beforeStart', { first, day })
        : problem === 'future'
          ? t('problem.future', { day })
          : t('problem.today');
  return (
    <>
      <h1>{t('problem.title')}</h1>
      <p className="notice notice--warning" role="alert">
        {message}
      </p>
      <p>
        <Link href={livePath}>{t('backToToday')}</Link>
      </p>
      <AsOfPicker locale={locale} firstDay={firstDay} today={today} />
    </>
  );
}
