import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, main landmark and footer around a page. */
export function SiteChrome({ children, showLanguages = true }: { children: React.ReactNode; showLanguages?: boolean }) {
  return (
    <>
      <SiteHeader showLanguages={showLanguages} />
      <main id="main" className="container main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
