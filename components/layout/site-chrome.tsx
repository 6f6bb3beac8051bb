import type { Locale } from '@/i18n/routing';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, main landmark and footer around a page. */
export function SiteChrome({ children, showLanguages = true, locale }: { children: React.ReactNode; showLanguages?: boolean; locale?: Locale }) {
  return (
    <>
      <SiteHeader showLanguages={showLanguages} locale={locale} />
      <main id="main" className="container main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
