import { setRequestLocale } from 'next-intl/server';
import { DocumentShell } from '@/components/layout/document-shell';
import { SiteChrome } from '@/components/layout/site-chrome';
import NotFound from './[locale]/(site)/not-found';

// Addresses outside every language (e.g. a mistyped route handler) still get a whole page.
export default function RootNotFound() {
  // Said here, not read from the request: reading it would make the static pages this can
  // replace (/RU/sources, a locale in the wrong case) dynamic, which Next refuses with a 500.
  setRequestLocale('en');
  return (
    <DocumentShell locale="en">
      <SiteChrome showLanguages={false}>
        <NotFound />
      </SiteChrome>
    </DocumentShell>
  );
}
