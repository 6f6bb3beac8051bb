import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { currentUser } from '@/auth';
import { WORKSPACE_LOCALES, type WorkspaceLocale } from '@/lib/content-locale';

// The workspace speaks each editor's own language (users.locale), not the address's: its
// pages are per-user and never cached, so nothing here touches the public pages' caching.
// Before sign-in the language is the one this browser last used (a cookie set when an
// editor signs in or picks a language), else English.

export const WORKSPACE_LOCALE_COOKIE = 'workspace-locale';

export function parseWorkspaceLocale(value: string | undefined | null): WorkspaceLocale | null {
  return value && (WORKSPACE_LOCALES as readonly string[]).includes(value) ? (value as WorkspaceLocale) : null;
}

const resolveWorkspaceLocale = cache(async (): Promise<WorkspaceLocale> => {
  const user = await currentUser();
  return user?.locale ?? parseWorkspaceLocale((await cookies()).get(WORKSPACE_LOCALE_COOKIE)?.value) ?? 'en';
});

/** The language of this workspace request: the signed-in editor's choice, else this browser's last one, else English. */
export async function workspaceLocale(): Promise<WorkspaceLocale> {
  const locale = await resolveWorkspaceLocale();
  // Shared components (the log, badges) read the request's locale rather than take one: every
  // workspace page asks for its language before it draws them, so they speak it too. Set on
  // every call, not once: metadata is resolved apart from the page, and the page needs it too.
  setRequestLocale(locale);
  return locale;
}

export type WorkspaceNamespace = 'workspace' | 'workspaceForms' | 'workspaceControls' | 'workspacePages' | 'workspaceAdmin' | 'domain';

/** A translator for one of the workspace's namespaces, in the workspace's language. */
export async function workspaceT(namespace: WorkspaceNamespace) {
  return getTranslations({ locale: await workspaceLocale(), namespace });
}
