import { DocumentShell } from '@/components/layout/document-shell';
import { SiteChrome } from '@/components/layout/site-chrome';
import { WORKSPACE_CLIENT_NAMESPACES } from '@/i18n/client-messages';
import { workspaceLocale } from '@/lib/server/workspace-i18n';

// The editor workspace and sign-in speak each editor's language (users.locale, picked in the
// workspace). Editors still enter every language's content side by side; only the interface
// switches. The header's links then lead to the public pages in that language too.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const locale = await workspaceLocale();
  return (
    <DocumentShell locale={locale} clientNamespaces={WORKSPACE_CLIENT_NAMESPACES}>
      <SiteChrome showLanguages={false} locale={locale}>
        {children}
      </SiteChrome>
    </DocumentShell>
  );
}
