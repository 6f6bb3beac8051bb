import { hasLocale, useLocale } from 'next-intl';
import type { DomainLabels } from '@/lib/domain';
import { domainLabels } from './domain-labels';
import { INTL_TAGS, routing, type Locale } from './routing';

// For components (server or client) that are rendered inside a page and so know its
// language from next-intl, without every caller passing it down.

/** The language of the page being rendered; English outside the language routes. */
export function usePageLocale(): Locale {
  const locale = useLocale();
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/** The BCP 47 tag lib/format's formatters take for the page's language. */
export function useIntlTag(): string {
  return INTL_TAGS[usePageLocale()];
}

/** The vocabulary's display labels in the page's language. */
export function useDomainLabels(): DomainLabels {
  return domainLabels(usePageLocale());
}
