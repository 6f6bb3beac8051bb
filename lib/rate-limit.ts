// Sign-in throttling policy. Pure and storage-agnostic: the caller counts recent
// failed sign-ins (per account and per client address) since `windowStart(...)`,
// looks up the oldest failure in each window, and asks whether to allow another try.

export const SIGN_IN_LIMITS = {
  perAccount: { max: 5, windowMinutes: 15 },
  perAddress: { max: 20, windowMinutes: 15 },
} as const;

export type SignInDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface SignInDecisionInput {
  /** Failed sign-ins for this account within the per-account window. */
  accountFailures: number;
  /** Failed sign-ins from this client address within the per-address window. */
  addressFailures: number;
  /** ISO timestamp of the oldest account failure within the window, or null when none. */
  oldestAccountFailureAt: string | null;
  /** ISO timestamp of the oldest address failure within the window, or null when none. */
  oldestAddressFailureAt: string | null;
  now: Date;
}

/** ISO timestamp `minutes` before `now`: failures at or after it count toward the limit. */
export function windowStart(now: Date, minutes: number): string {
  return new Date(now.getTime() - minutes * 60_000).toISOString();
}

/**
 * Seconds until the oldest failure leaves the window, or null when under the limit.
 * Always at least 1. If the oldest timestamp is missing or unreadable although the
 * limit is reached, waits the whole window (the safe choice).
 */
function secondsUntilBelowLimit(
  failures: number,
  oldestAt: string | null,
  limit: { readonly max: number; readonly windowMinutes: number },
  now: Date,
): number | null {
  if (failures < limit.max) return null;
  const windowMs = limit.windowMinutes * 60_000;
  const oldestMs = oldestAt === null ? Number.NaN : Date.parse(oldestAt);
  const remainingMs = Number.isFinite(oldestMs) ? oldestMs + windowMs - now.getTime() : windowMs;
  // Clamp: a timestamp from the future (clock skew) never blocks for longer than one window.
  return Math.max(1, Math.ceil(Math.min(remainingMs, windowMs) / 1000));
}

/** Whether another sign-in attempt may proceed, and if not, how long to wait. */
export function signInDecision({
  accountFailures,
  addressFailures,
  oldestAccountFailureAt,
  oldestAddressFailureAt,
  now,
}: SignInDecisionInput): SignInDecision {
  const account = secondsUntilBelowLimit(accountFailures, oldestAccountFailureAt, SIGN_IN_LIMITS.perAccount, now);
  const address = secondsUntilBelowLimit(addressFailures, oldestAddressFailureAt, SIGN_IN_LIMITS.perAddress, now);
  if (account === null && address === null) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(account ?? 0, address ?? 0) };
}
