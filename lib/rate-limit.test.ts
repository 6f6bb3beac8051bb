import { describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS, signInDecision, windowStart } from './rate-limit';

const NOW = new Date('2024-05-01T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000).toISOString();

const base = {
  accountFailures: 0,
  addressFailures: 0,
  oldestAccountFailureAt: null,
  oldestAddressFailureAt: null,
  now: NOW,
};

describe('SIGN_IN_LIMITS', () => {
  it('has the documented values', () => {
    expect(SIGN_IN_LIMITS).toEqual({
      perAccount: { max: 5, windowMinutes: 15 },
      perAddress: { max: 20, windowMinutes: 15 },
    });
  });
});

describe('windowStart', () => {
  it('returns the ISO timestamp the given minutes earlier', () => {
    expect(windowStart(NOW, 15)).toBe('2024-05-01T11:45:00.000Z');
    expect(windowStart(NOW, 0)).toBe(NOW.toISOString());
    expect(windowStart(new Date('2024-01-01T00:10:00.000Z'), 15)).toBe('2023-12-31T23:55:00.000Z');
  });
});

describe('signInDecision', () => {
  it('allows when there are no failures', () => {
    expect(signInDecision(base)).toEqual({ allowed: true });
  });

  it('allows just under both limits', () => {
    expect(
      signInDecision({
        ...base,
        accountFailures: 4,
        addressFailures: 19,
        oldestAccountFailureAt: minutesAgo(1),
        oldestAddressFailureAt: minutesAgo(1),
      }),
    ).toEqual({ allowed: true });
  });

  it('blocks when the account limit is reached, until the oldest failure leaves the window', () => {
    expect(
      signInDecision({ ...base, accountFailures: 5, oldestAccountFailureAt: minutesAgo(10) }),
    ).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
  });

  it('blocks when the address limit is reached', () => {
    expect(
      signInDecision({ ...base, addressFailures: 20, oldestAddressFailureAt: minutesAgo(14) }),
    ).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('also blocks above the limit', () => {
    expect(
      signInDecision({ ...base, addressFailures: 57, oldestAddressFailureAt: minutesAgo(3) }),
    ).toEqual({ allowed: false, retryAfterSeconds: 12 * 60 });
  });

  it('takes the longer wait when both limits are reached', () => {
    const both = {
      ...base,
      accountFailures: 5,
      addressFailures: 20,
      oldestAccountFailureAt: minutesAgo(10), // 5 min left
      oldestAddressFailureAt: minutesAgo(2), // 13 min left
    };
    expect(signInDecision(both)).toEqual({ allowed: false, retryAfterSeconds: 13 * 60 });
    expect(
      signInDecision({ ...both, oldestAccountFailureAt: minutesAgo(1), oldestAddressFailureAt: minutesAgo(12) }),
    ).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
  });

  it('ignores the address oldest-failure time when only the account limit is reached', () => {
    expect(
      signInDecision({
        ...base,
        accountFailures: 5,
        addressFailures: 6,
        oldestAccountFailureAt: minutesAgo(14),
        oldestAddressFailureAt: minutesAgo(0),
      }),
    ).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('rounds partial seconds up', () => {
    const oldest = new Date(NOW.getTime() - 15 * 60_000 + 1500).toISOString(); // 1.5 s left
    expect(signInDecision({ ...base, accountFailures: 5, oldestAccountFailureAt: oldest })).toEqual({
      allowed: false,
      retryAfterSeconds: 2,
    });
  });

  it('waits at least 1 second even when the oldest failure is already at or past the window edge', () => {
    expect(signInDecision({ ...base, accountFailures: 5, oldestAccountFailureAt: minutesAgo(15) })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(signInDecision({ ...base, accountFailures: 5, oldestAccountFailureAt: minutesAgo(30) })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(signInDecision({ ...base, accountFailures: 5, oldestAccountFailureAt: secondsAgo(15 * 60 - 0.2) })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  it('waits the whole window when the limit is reached but the oldest time is missing or unreadable', () => {
    expect(signInDecision({ ...base, accountFailures: 5 })).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(
      signInDecision({ ...base, addressFailures: 20, oldestAddressFailureAt: 'not a date' }),
    ).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it('never waits longer than one window, even for a failure stamped in the future', () => {
    expect(
      signInDecision({ ...base, accountFailures: 5, oldestAccountFailureAt: minutesAgo(-60) }),
    ).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });
});
