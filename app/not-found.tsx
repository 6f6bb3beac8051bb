import { DocumentShell } from '@/components/layout/document-shell';
import { SiteChrome } from '@/components/layout/site-chrome';
import NotFound from './[locale]/(site)/not-found';

// Addresses outside every language (e.g. a mistyped route handler) still get a whole page.
export default function RootNotFound() {
  return (
    <DocumentShell locale="en">
      <SiteChrome showLanguages={false}>
        <NotFound />
      </SiteChrome>
    </DocumentShell>
  );
}
