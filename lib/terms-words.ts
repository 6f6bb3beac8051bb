import { formatDate, formatValue } from './format';

/**
 * The words a title carries once its target was revised: "Target $15 bn, raised to $20 bn on
 * 16 Nov 2025". A title as announced ("Raise trade to $15 bn") would otherwise contradict the
 * terms in force shown beside it. Null when the target stands as announced. The values are
 * for the message commitments.terms.targetRevised in every language.
 */
export function revisedTargetValues(
  c: { targetValue: number | null; targetInForce: number | null; targetRevisedOn: string | null },
  unit: string | null,
  locale: string,
  unitLabel?: string | null,
): { original: string; current: string; date: string; change: 'raised' | 'lowered' } | null {
  if (c.targetRevisedOn === null || c.targetInForce === null || c.targetValue === null || unit === null) return null;
  if (c.targetInForce === c.targetValue) return null;
  const value = (v: number) => formatValue(v, unit, locale, { unitLabel });
  return {
    original: value(c.targetValue),
    current: value(c.targetInForce),
    date: formatDate(c.targetRevisedOn, locale),
    change: c.targetInForce > c.targetValue ? 'raised' : 'lowered',
  };
}
