import { describe, expect, it } from 'vitest';
import { asOfPrefix, asOfProblemMessage, checkAsOf } from './as-of';

const bounds = { today: '2026-12-03', firstDay: '2023-09-14' };

describe('checkAsOf', () => {
  it('accepts a day that has ended, from the first entry on', () => {
    expect(checkAsOf('2023-09-14', bounds)).toEqual({ ok: true, day: '2023-09-14' });
    expect(checkAsOf(' 2026-12-02 ', bounds)).toEqual({ ok: true, day: '2026-12-02' });
  });

  it('refuses what is not a real date, a day before the first entry, today and the future, each by name', () => {
    for (const bad of ['', '2025-02-30', '2025-6-1', '20250601', 'yesterday', '2025-06-01T00:00:00Z', null, undefined]) {
      expect(checkAsOf(bad, bounds)).toMatchObject({ ok: false, problem: 'invalid' });
    }
    expect(checkAsOf('2023-09-13', bounds)).toEqual({ ok: false, problem: 'before-start', day: '2023-09-13' });
    expect(checkAsOf('2026-12-03', bounds)).toEqual({ ok: false, problem: 'today', day: '2026-12-03' });
    expect(checkAsOf('2027-01-01', bounds)).toEqual({ ok: false, problem: 'future', day: '2027-01-01' });
    expect(checkAsOf('2024-01-01', { ...bounds, firstDay: null })).toMatchObject({ ok: false, problem: 'before-start' });
  });

  it('explains each refusal with the dates involved', () => {
    expect(asOfProblemMessage('before-start', { day: '2020-01-01', ...bounds })).toContain('2023-09-14');
    expect(asOfProblemMessage('future', { day: '2030-01-01', ...bounds })).toContain('after today (2026-12-03)');
    expect(asOfPrefix('2025-06-30')).toBe('/as-of/2025-06-30');
    expect(asOfPrefix(null)).toBe('');
  });
});
