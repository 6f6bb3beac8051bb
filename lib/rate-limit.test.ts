import { describe, expect, it } from 'vitest';
import { passwordBuckets, retryAfterWords, SIGN_IN_LIMITS, signInDecision, windowStart, type BucketCount } from './rate-limit';

const NOW = new Date('2024-05-01T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000).toISOString();
const count = (failures: number, oldestAt: string | null = minutesAgo(1)): BucketCount => ({ failures, oldestAt });

describe('SIGN_IN_LIMITS', () => {
  it('has the documented values (README, docs/security.md)', () => {
    expect(SIGN_IN_LIMITS).toEqual({
      perAccount: { max: 5, windowMinutes: 15 },
      perDevice: { max: 5, windowMinutes: 15 },
      perAddress: { max: 20, windowMinutes: 15 },
      untrusted: { max: 20, windowMinutes: 15 },
      untrustedBehindProxy: { max: 200, windowMinutes: 15 },
      secondFactor: { max: 5, windowMinutes: 15 },
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

describe('passwordBuckets', () => {
  it('a browser new to the account: the account and every untrusted browser together; no address without a trusted proxy', () => {
    expect(passwordBuckets({ trustedDevice: false, addressKnown: false })).toEqual([
      ['account', SIGN_IN_LIMITS.perAccount],
      ['untrusted', SIGN_IN_LIMITS.untrusted],
    ]);
  });

  it('behind a trusted proxy the address counts too, and the untrusted ceiling is for many addresses', () => {
    expect(passwordBuckets({ trustedDevice: false, addressKnown: true })).toEqual([
      ['account', SIGN_IN_LIMITS.perAccount],
      ['untrusted', SIGN_IN_LIMITS.untrustedBehindProxy],
      ['address', SIGN_IN_LIMITS.perAddress],
    ]);
  });

  it('a browser the account signed in from before is judged by its own failures only (and its address)', () => {
    expect(passwordBuckets({ trustedDevice: true, addressKnown: false })).toEqual([['device', SIGN_IN_LIMITS.perDevice]]);
    expect(passwordBuckets({ trustedDevice: true, addressKnown: true })).toEqual([
      ['device', SIGN_IN_LIMITS.perDevice],
      ['address', SIGN_IN_LIMITS.perAddress],
    ]);
  });
});

describe('signInDecision', () => {
  const buckets = passwordBuckets({ trustedDevice: false, addressKnown: true });

  it('allows when there are no failures, and just under every limit', () => {
    expect(signInDecision({}, buckets, NOW)).toEqual({ allowed: true });
    expect(signInDecision({ account: count(4), untrusted: count(199), address: count(19) }, buckets, NOW)).toEqual({ allowed: true });
  });

  it('blocks when the account limit is reached, until the oldest failure leaves the window', () => {
    expect(signInDecision({ account: count(5, minutesAgo(10)) }, buckets, NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 5 * 60,
      bucket: 'account',
    });
  });

  it('blocks on the address and on all untrusted browsers together', () => {
    expect(signInDecision({ address: count(20, minutesAgo(14)) }, buckets, NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
      bucket: 'address',
    });
    const noProxy = passwordBuckets({ trustedDevice: false, addressKnown: false });
    expect(signInDecision({ untrusted: count(20, minutesAgo(5)) }, noProxy, NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 600,
      bucket: 'untrusted',
    });
  });

  it('ignores counts of buckets that do not apply: a known browser is not stopped by strangers’ failures', () => {
    const known = passwordBuckets({ trustedDevice: true, addressKnown: false });
    expect(signInDecision({ account: count(50), untrusted: count(5000) }, known, NOW)).toEqual({ allowed: true });
    expect(signInDecision({ device: count(5, minutesAgo(3)) }, known, NOW)).toEqual({ allowed: false, retryAfterSeconds: 12 * 60, bucket: 'device' });
  });

  it('waits for the longest of several blocked buckets', () => {
    expect(signInDecision({ account: count(5, minutesAgo(14)), address: count(25, minutesAgo(2)) }, buckets, NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 13 * 60,
      bucket: 'address',
    });
  });

  it('waits at least one second, and the whole window when the oldest time is missing or unreadable', () => {
    expect(signInDecision({ account: count(5, secondsAgo(15 * 60 - 0.2)) }, buckets, NOW)).toMatchObject({ retryAfterSeconds: 1 });
    expect(signInDecision({ account: count(5, null) }, buckets, NOW)).toMatchObject({ retryAfterSeconds: 15 * 60 });
    expect(signInDecision({ account: count(5, 'not a date') }, buckets, NOW)).toMatchObject({ retryAfterSeconds: 15 * 60 });
  });

  it('never blocks longer than one window when the oldest failure is in the future (clock skew)', () => {
    expect(signInDecision({ account: count(5, minutesAgo(-60)) }, buckets, NOW)).toMatchObject({ retryAfterSeconds: 15 * 60 });
  });
});

describe('retryAfterWords', () => {
  it('says seconds under a minute and whole minutes, rounded up, above', () => {
    expect(retryAfterWords(1)).toBe('1 second');
    expect(retryAfterWords(40)).toBe('40 seconds');
    expect(retryAfterWords(60)).toBe('1 minute');
    expect(retryAfterWords(61)).toBe('2 minutes');
    expect(retryAfterWords(900)).toBe('15 minutes');
  });
});
