import { SiteChrome } from '@/components/layout/site-chrome';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  // Every layout and page sets the locale itself: Next renders them in parallel.
  await resolvePageLocale(params);
  return <SiteChrome>{children}</SiteChrome>;
}
