import { describe, expect, it } from 'vitest';
import { newDeviceCookie, trustedDevice } from './device-cookie';

const SECRET = 'device-cookie-test-secret-0123456789';

describe('device cookies', () => {
  it('name the device for the account they were made for, and only that one', () => {
    const cookie = newDeviceCookie(SECRET, 7, 'abcdefghijklmnop');
    expect(trustedDevice(SECRET, cookie, 7)).toBe('abcdefghijklmnop');
    expect(trustedDevice(SECRET, cookie, 8)).toBeNull();
    expect(trustedDevice(SECRET, cookie, null)).toBeNull();
  });

  it('cannot be forged: another secret, an edited account or device, or garbage is refused', () => {
    const cookie = newDeviceCookie(SECRET, 7);
    const [device, , mac] = cookie.split('.');
    expect(trustedDevice('another-secret-entirely-0123456789', cookie, 7)).toBeNull();
    expect(trustedDevice(SECRET, `${device}.8.${mac}`, 8)).toBeNull();
    expect(trustedDevice(SECRET, `zzzzzzzzzzzzzzzzzzzzzz.7.${mac}`, 7)).toBeNull();
    for (const bad of [undefined, '', 'x', 'a.b.c', `${cookie}x`, 'a'.repeat(500)]) expect(trustedDevice(SECRET, bad, 7)).toBeNull();
  });

  it('are different for every sign-in', () => {
    expect(newDeviceCookie(SECRET, 7)).not.toBe(newDeviceCookie(SECRET, 7));
  });
});
