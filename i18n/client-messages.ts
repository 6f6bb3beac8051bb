import type { AbstractIntlMessages } from 'next-intl';

// The messages the browser receives. NextIntlClientProvider serialises whatever it is given
// into every page's payload; handing it all 35 KB made the messages a third of each cached
// page, paid for on every visit. Client components read only these namespaces (a unit test
// scans them: i18n/client-messages.test.ts); server components keep reading everything.
export const CLIENT_NAMESPACES = ['common', 'errors.failed', 'commitments.filters', 'feeds.embed', 'charts.chart'] as const;

/** What the workspace's pages send on top (its forms' texts); public pages never carry them. */
export const WORKSPACE_CLIENT_NAMESPACES = ['workspaceForms', 'workspaceControls'] as const;

/** Client components used only in the workspace, which may read WORKSPACE_CLIENT_NAMESPACES. */
export const WORKSPACE_CLIENT_PATHS = [
  'app/(workspace)/',
  'components/editor/',
  'components/forms/sign-in-form.tsx',
  'components/forms/second-factor-form.tsx',
] as const;

/** The parts of `messages` at the given dotted paths, nested as they were. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: AbstractIntlMessages | string | undefined = messages;
    let into = picked;
    for (const [i, key] of keys.entries()) {
      from = typeof from === 'object' ? from[key] : undefined;
      if (from === undefined) throw new Error(`No messages at “${path}” to send to the browser`);
      if (i === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as AbstractIntlMessages;
    }
  }
  return picked;
}
