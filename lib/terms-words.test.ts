import { describe, expect, it } from 'vitest';
import { revisedTargetValues } from './terms-words';

describe('revisedTargetValues', () => {
  it('is null when the target stands as announced', () => {
    expect(revisedTargetValues({ targetValue: 15, targetInForce: 15, targetRevisedOn: null }, 'USD bn', 'en-GB')).toBeNull();
  });

  it('is null when a revision left the target value where it was', () => {
    expect(revisedTargetValues({ targetValue: 15, targetInForce: 15, targetRevisedOn: '2025-11-16' }, 'USD bn', 'en-GB')).toBeNull();
  });

  it('is null without a target, a target in force or a unit', () => {
    expect(revisedTargetValues({ targetValue: null, targetInForce: 20, targetRevisedOn: '2025-11-16' }, 'USD bn', 'en-GB')).toBeNull();
    expect(revisedTargetValues({ targetValue: 15, targetInForce: null, targetRevisedOn: '2025-11-16' }, 'USD bn', 'en-GB')).toBeNull();
    expect(revisedTargetValues({ targetValue: 15, targetInForce: 20, targetRevisedOn: '2025-11-16' }, null, 'en-GB')).toBeNull();
  });

  it("a higher target in force is 'raised', with both values and the date in the reader's language", () => {
    expect(revisedTargetValues({ targetValue: 15, targetInForce: 20, targetRevisedOn: '2025-11-16' }, 'USD bn', 'en-GB')).toEqual({
      original: '$15 bn',
      current: '$20 bn',
      date: '16 Nov 2025',
      change: 'raised',
    });
    expect(revisedTargetValues({ targetValue: 15, targetInForce: 20, targetRevisedOn: '2025-11-16' }, 'USD bn', 'ru-RU')).toMatchObject({
      original: '$15 млрд',
      current: '$20 млрд',
      change: 'raised',
    });
  });

  it("a lower target in force is 'lowered'", () => {
    expect(revisedTargetValues({ targetValue: 15, targetInForce: 12, targetRevisedOn: '2025-11-16' }, 'USD bn', 'en-GB')?.change).toBe('lowered');
  });

  it('writes the unit as the language reads it when given', () => {
    const words = revisedTargetValues(
      { targetValue: 100, targetInForce: 175, targetRevisedOn: '2025-11-16' },
      'commodity categories',
      'ru-RU',
      'товарных позиций',
    );
    expect(words).toMatchObject({ original: '100 товарных позиций', current: '175 товарных позиций' });
  });
});
