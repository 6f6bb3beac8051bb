import { DocumentShell } from '@/components/layout/document-shell';
import { SiteChrome } from '@/components/layout/site-chrome';

// The editor workspace and sign-in are in English only: editors enter every language's
// text side by side, so the workspace itself does not switch.
export default function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  return (
    <DocumentShell locale="en">
      <SiteChrome showLanguages={false}>{children}</SiteChrome>
    </DocumentShell>
  );
}
