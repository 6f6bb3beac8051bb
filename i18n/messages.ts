import type { AbstractIntlMessages } from 'next-intl';
import { NAMESPACES } from './namespaces';
import type { Locale } from './routing';

/** Every namespace's messages for one locale, keyed by namespace. */
export async function loadMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const file = (await import(`../messages/${locale}/${namespace}.json`)) as { default: AbstractIntlMessages };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
