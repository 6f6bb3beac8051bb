import { describe, expect, it } from 'vitest';
import { termsInForce } from './revisions';

const original = { targetValue: 15, deadlineOn: '2027-12-31', deadlineText: 'in the near future' };

describe('termsInForce', () => {
  it('keeps the original terms when there is no revision', () => {
    expect(termsInForce(original, [])).toEqual({ ...original, revisionId: null });
  });

  it('applies revisions in date order whatever order they arrive in', () => {
    const terms = termsInForce(original, [
      { id: 2, revisedOn: '2025-01-01', newTargetValue: 20, newDeadlineOn: null, newDeadlineText: null },
      { id: 1, revisedOn: '2024-01-01', newTargetValue: 18, newDeadlineOn: '2030-12-31', newDeadlineText: 'by 2030' },
    ]);
    expect(terms).toEqual({ targetValue: 20, deadlineOn: '2030-12-31', deadlineText: 'by 2030', revisionId: 2 });
  });

  it('ignores revisions dated after the as-of date', () => {
    const terms = termsInForce(
      original,
      [{ id: 1, revisedOn: '2025-06-01', newTargetValue: 18, newDeadlineOn: null, newDeadlineText: null }],
      '2025-01-01',
    );
    expect(terms.targetValue).toBe(15);
    expect(terms.revisionId).toBeNull();
  });

  it('drops the stated words when a revision sets a date without words', () => {
    const terms = termsInForce(original, [
      { id: 1, revisedOn: '2024-01-01', newTargetValue: null, newDeadlineOn: '2029-12-31', newDeadlineText: null },
    ]);
    expect(terms.deadlineOn).toBe('2029-12-31');
    expect(terms.deadlineText).toBeNull();
  });
});
