import { describe, expect, it } from 'vitest';
import { periodEnd } from './periods';

describe('periodEnd', () => {
  it.each([
    ['2022', '2022-12-31'],
    ['2024-Q1', '2024-03-31'],
    ['2024-q3', '2024-09-30'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2023-09-14', '2023-09-14'],
  ])('%s ends on %s', (period, end) => {
    expect(periodEnd(period)).toBe(end);
  });

  it.each(['', '22', '2024-Q5', '2024-13', '2023-02-30', '1800', 'twenty', '2024/06'])('rejects %j', (period) => {
    expect(periodEnd(period)).toBeNull();
  });
});
