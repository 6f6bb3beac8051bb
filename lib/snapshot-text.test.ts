import { describe, expect, it } from 'vitest';
import { changeSummaryText, formatSnapshotTime, parseChangeSummary, type ChangeCounts } from './snapshot-text';

const zero: ChangeCounts = { updates: 0, figures: 0, revisions: 0, added: 0 };

describe('changeSummaryText', () => {
  it('says first, no change, or the non-zero counts with plurals, keeping only the date', () => {
    expect(changeSummaryText(null, { ...zero, updates: 3 })).toBe('First snapshot.');
    expect(changeSummaryText('2026-10-01T06:00:00.000Z', zero)).toBe('No change since 2026-10-01.');
    expect(changeSummaryText('2026-10-01T06:00:00.000Z', { updates: 1, figures: 0, revisions: 2, added: 1 })).toBe(
      'Since 2026-10-01: 1 status update, 2 target revisions, 1 new commitment.',
    );
  });
});

describe('parseChangeSummary', () => {
  it('reads back every line the writer makes', () => {
    const cases: Array<[string | null, ChangeCounts]> = [
      [null, zero],
      ['2026-10-01T06:00:00Z', zero],
      ['2026-10-01T06:00:00Z', { updates: 12, figures: 1, revisions: 0, added: 0 }],
      ['2025-01-31T00:00:00Z', { updates: 0, figures: 0, revisions: 1, added: 20 }],
      ['2025-01-31T00:00:00Z', { updates: 1, figures: 2, revisions: 3, added: 4 }],
    ];
    for (const [since, counts] of cases) {
      const parsed = parseChangeSummary(changeSummaryText(since, counts));
      if (!since) expect(parsed).toEqual({ kind: 'first' });
      else if (Object.values(counts).every((n) => n === 0)) expect(parsed).toEqual({ kind: 'none', since: since.slice(0, 10) });
      else expect(parsed).toEqual({ kind: 'changes', since: since.slice(0, 10), counts });
    }
  });

  it('refuses text it did not write rather than guessing', () => {
    for (const text of [
      'Manual snapshot before the summit.',
      'Since 2026-10-01: 2 status update.',
      'Since 2026-10-01: 1 status updates.',
      'Since 2026-10-01: 0 status updates.',
      'Since 2026-10-01: 1 new commitment, 1 status update.',
      'Since 2026-10-01: 1 status update, 1 status update.',
      'Since 2026-10-01: 3 coffees.',
      'Since yesterday: 1 status update.',
      'First snapshot',
    ]) {
      expect(parseChangeSummary(text), text).toBeNull();
    }
  });
});

describe('formatSnapshotTime', () => {
  it("gives the UTC date in the reader's language and the UTC time", () => {
    expect(formatSnapshotTime('2026-11-02T06:05:09.123Z', 'en-GB')).toBe('2 Nov 2026, 06:05');
    expect(formatSnapshotTime('2026-11-02T06:05:09.123Z', 'ru-RU')).toBe('2 нояб. 2026 г., 06:05');
  });
});
