import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { linkLocale } from '@/i18n/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter({ locale }: { locale?: Locale }) {
  const language = locale ?? (await getLocale());
  const [t, tApi] = await Promise.all([
    getTranslations({ locale: language, namespace: 'common' }),
    getTranslations({ locale: language, namespace: 'api' }),
  ]);
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          {t.rich('footer.about', {
            link: (chunks) => (
              <Link href="/methodology" locale={linkLocale(locale)}>
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p className="muted">{t('footer.review')}</p>
        <p>
          <Link href="/api" locale={linkLocale(locale)}>
            {tApi('footerLink')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
