import type { CountryCode, DomainLabels } from '@/lib/domain';
import en from '@/messages/en/domain.json';
import kk from '@/messages/kk/domain.json';
import ru from '@/messages/ru/domain.json';
import type { Locale } from './routing';

// The 'domain' namespace as typed records rather than through t('verdict.' + v): the value
// lists in lib/domain.ts index them, so a label missing in any language fails the type check
// instead of showing a message key on the page. Usable in server and client components.
const LABELS: Record<Locale, DomainLabels> = { en, ru, kk };

/** Display labels of categories, kinds, stages, verdicts, trajectories, flags, source kinds and countries. */
export function domainLabels(locale: Locale): DomainLabels {
  return LABELS[locale];
}

/** Country names for codes stored with a commitment; an unknown code is shown as it is. */
export function countryNames(codes: readonly string[], locale: Locale): string {
  const names = LABELS[locale].country;
  return codes.map((code) => names[code as CountryCode] ?? code).join(', ');
}
