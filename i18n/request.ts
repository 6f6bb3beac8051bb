import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from './messages';
import { routing } from './routing';

// Pages under app/[locale] pass their locale; the editor workspace sets its editor's
// (lib/server/workspace-i18n.ts) or passes it explicitly; anything else is English.
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Dates in the data are calendar dates; showing them in UTC keeps every reader's day the same.
    timeZone: 'UTC',
  };
});
