import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveKey } from './totp';

// The device cookie (OWASP's "device cookies" against online guessing): after a successful
// sign-in the browser gets a signed note "this browser signed in to account N". An attempt from
// a browser holding one for the account it tries is judged only by that browser's own failures,
// so nobody can lock an editor out of their usual browser by failing on purpose
// (docs/security.md). The cookie grants nothing by itself.

export const DEVICE_COOKIE = 'ct_device';
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

function mac(secret: string, deviceId: string, userId: number): string {
  return createHmac('sha256', deriveKey(secret, 'device-cookie')).update(`${deviceId}:${userId}`).digest('base64url');
}

/** A fresh cookie value for an account: "<device id>.<user id>.<mac>". */
export function newDeviceCookie(secret: string, userId: number, deviceId = randomBytes(16).toString('base64url')): string {
  return `${deviceId}.${userId}.${mac(secret, deviceId, userId)}`;
}

/** The device id when the cookie is genuine and names this account; null otherwise. */
export function trustedDevice(secret: string, cookie: string | undefined, userId: number | null): string | null {
  if (!cookie || userId === null || cookie.length > 200) return null;
  const [deviceId, user, signature] = cookie.split('.');
  if (!deviceId || !signature || user !== String(userId) || !/^[\w-]{16,64}$/.test(deviceId)) return null;
  const expected = Buffer.from(mac(secret, deviceId, userId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? deviceId : null;
}
