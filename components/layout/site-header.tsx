import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { linkLocale } from '@/i18n/server';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './language-switcher';
import { NavLink } from './nav-link';

/** `locale` when the page's language is not the address's (the workspace speaks its editor's). */
export async function SiteHeader({ showLanguages = true, locale }: { showLanguages?: boolean; locale?: Locale }) {
  const t = await getTranslations({ locale: locale ?? (await getLocale()), namespace: 'common' });
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" locale={linkLocale(locale)} className="site-brand">
          <span className="site-brand__mark" aria-hidden="true">
            ◎
          </span>
          <span>{t.rich('brand', { accent: (chunks) => <span className="site-brand__accent">{chunks}</span> })}</span>
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="site-nav">
            <li>
              <NavLink href="/">{t('nav.dashboard')}</NavLink>
            </li>
            <li>
              <NavLink href="/commitments">{t('nav.commitments')}</NavLink>
            </li>
            <li>
              <NavLink href="/sources">{t('nav.sources')}</NavLink>
            </li>
            <li>
              <NavLink href="/methodology">{t('nav.methodology')}</NavLink>
            </li>
            <li>
              <NavLink href="/snapshots">{t('nav.snapshots')}</NavLink>
            </li>
          </ul>
        </nav>
        {showLanguages ? <LanguageSwitcher /> : null}
      </div>
    </header>
  );
}
