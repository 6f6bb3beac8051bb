// Sign-in throttling policy. Pure and storage-agnostic: the caller counts recent failed
// attempts in each bucket since `windowStart(...)` (db/auth.ts does it in the same write
// transaction that records the new attempt, so parallel guesses are counted one by one) and
// asks whether another try may proceed. Why these buckets: docs/security.md.
//
//   - account: failures on one account from browsers it has not signed in from before;
//   - device: failures from one browser that holds a device cookie of that account, so an
//     attacker's guesses never lock the account's owner out of their own browser;
//   - address: failures from one client address, only when a trusted proxy tells us the
//     address (TRUSTED_PROXY_HOPS); a client can never choose its own bucket;
//   - untrusted: failures from every browser without a device cookie, all addresses together.
//     It stops password spraying across many accounts when no address can be trusted, and it
//     never stops a known browser, so it is not a lock-out of every user.
//   - second factor: wrong codes for one account.

export const SIGN_IN_LIMITS = {
  perAccount: { max: 5, windowMinutes: 15 },
  perDevice: { max: 5, windowMinutes: 15 },
  perAddress: { max: 20, windowMinutes: 15 },
  /** Without a trusted address, the same cap as one address; with one, a ceiling for many addresses. */
  untrusted: { max: 20, windowMinutes: 15 },
  untrustedBehindProxy: { max: 200, windowMinutes: 15 },
  secondFactor: { max: 5, windowMinutes: 15 },
} as const;

export type Limit = { readonly max: number; readonly windowMinutes: number };
export type Bucket = 'account' | 'device' | 'address' | 'untrusted' | 'second-factor';

export type SignInDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; bucket: Bucket };

/** Failures counted in one bucket: how many within its window, and when the oldest of them was. */
export type BucketCount = { failures: number; oldestAt: string | null };

/** ISO timestamp `minutes` before `now`: failures at or after it count toward the limit. */
export function windowStart(now: Date, minutes: number): string {
  return new Date(now.getTime() - minutes * 60_000).toISOString();
}

/**
 * Seconds until the oldest failure leaves the window, or null when under the limit.
 * Always at least 1. If the oldest timestamp is missing or unreadable although the
 * limit is reached, waits the whole window (the safe choice).
 */
export function secondsUntilBelowLimit(count: BucketCount, limit: Limit, now: Date): number | null {
  if (count.failures < limit.max) return null;
  const windowMs = limit.windowMinutes * 60_000;
  const oldestMs = count.oldestAt === null ? Number.NaN : Date.parse(count.oldestAt);
  const remainingMs = Number.isFinite(oldestMs) ? oldestMs + windowMs - now.getTime() : windowMs;
  // Clamp: a timestamp from the future (clock skew) never blocks for longer than one window.
  return Math.max(1, Math.ceil(Math.min(remainingMs, windowMs) / 1000));
}

/** Which buckets apply to a password attempt, and their limits. */
export function passwordBuckets({ trustedDevice, addressKnown }: { trustedDevice: boolean; addressKnown: boolean }): [Bucket, Limit][] {
  const buckets: [Bucket, Limit][] = trustedDevice
    ? [['device', SIGN_IN_LIMITS.perDevice]]
    : [
        ['account', SIGN_IN_LIMITS.perAccount],
        ['untrusted', addressKnown ? SIGN_IN_LIMITS.untrustedBehindProxy : SIGN_IN_LIMITS.untrusted],
      ];
  if (addressKnown) buckets.push(['address', SIGN_IN_LIMITS.perAddress]);
  return buckets;
}

/** Whether another attempt may proceed given the counts of its buckets, and if not, how long to wait. */
export function signInDecision(counts: Partial<Record<Bucket, BucketCount>>, buckets: [Bucket, Limit][], now: Date): SignInDecision {
  let worst: { seconds: number; bucket: Bucket } | null = null;
  for (const [bucket, limit] of buckets) {
    const seconds = secondsUntilBelowLimit(counts[bucket] ?? { failures: 0, oldestAt: null }, limit, now);
    if (seconds !== null && (worst === null || seconds > worst.seconds)) worst = { seconds, bucket };
  }
  return worst === null ? { allowed: true } : { allowed: false, retryAfterSeconds: worst.seconds, bucket: worst.bucket };
}

/** "Try again in 14 minutes" / "in 40 seconds". */
export function retryAfterWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
