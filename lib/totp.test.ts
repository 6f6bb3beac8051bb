import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  recoveryCodeDigest,
  sameDigest,
  seal,
  timeStep,
  totpCode,
  totpUri,
  unseal,
  verifyTotp,
} from './totp';

// RFC 6238, appendix B: the SHA-1 test secret is the ASCII "12345678901234567890".
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP codes', () => {
  it('match the RFC 6238 test vectors (last six digits, SHA-1)', () => {
    expect(totpCode(RFC_SECRET, new Date(59 * 1000))).toBe('287082');
    expect(totpCode(RFC_SECRET, new Date(1111111109 * 1000))).toBe('081804');
    expect(totpCode(RFC_SECRET, new Date(1234567890 * 1000))).toBe('005924');
    expect(totpCode(RFC_SECRET, new Date(2000000000 * 1000))).toBe('279037');
  });

  it('are accepted one step either side of now, not two, and never twice', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-12-02T10:00:15Z');
    const step = timeStep(now);
    expect(verifyTotp(secret, totpCode(secret, now), now, null)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now, null)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now, null)).toBe(step + 1);
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 90_000)), now, null)).toBeNull();
    // Replay: the step was already used, and so was any earlier one.
    expect(verifyTotp(secret, totpCode(secret, now), now, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now, step - 1)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now, step)).toBe(step + 1);
  });

  it('ignore spaces and refuse anything but six digits, and another secret’s code', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-12-02T10:00:00Z');
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).not.toBeNull();
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}0`]) expect(verifyTotp(secret, bad, now, null), bad).toBeNull();
    expect(verifyTotp(newTotpSecret(), code, now, null)).toBeNull();
  });

  it('give authenticator apps an otpauth address with the issuer and account', () => {
    const uri = totpUri(RFC_SECRET, 'ana@example.org');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Commitments%20Tracker:ana%40example\.org\?/);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
    expect(uri).toContain('issuer=Commitments%20Tracker');
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes of twelve unambiguous characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
  });

  it('are stored as keyed digests, typed in any case with or without dashes', () => {
    const key = deriveKey('server-secret', 'recovery-codes');
    const [code] = newRecoveryCodes(1);
    const digest = recoveryCodeDigest(code!, key);
    expect(digest).toBe(createHmac('sha256', key).update(normaliseRecoveryCode(code!)).digest('base64url'));
    expect(sameDigest(recoveryCodeDigest(code!.toUpperCase().replace(/-/g, ' '), key), digest)).toBe(true);
    expect(sameDigest(recoveryCodeDigest(code!, deriveKey('another-secret', 'recovery-codes')), digest)).toBe(false);
    expect(digest).not.toContain(normaliseRecoveryCode(code!));
  });
});

describe('sealed secrets', () => {
  it('open with the same key only, and not once altered', () => {
    const key = deriveKey('server-secret', 'totp');
    const sealed = seal('JBSWY3DPEHPK3PXP', key);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(unseal(sealed, key)).toBe('JBSWY3DPEHPK3PXP');
    expect(seal('JBSWY3DPEHPK3PXP', key)).not.toBe(sealed); // a fresh IV every time
    expect(unseal(sealed, deriveKey('other-secret', 'totp'))).toBeNull();
    expect(unseal(sealed, deriveKey('server-secret', 'recovery-codes'))).toBeNull();
    const parts = sealed.split('.');
    // Flip the first character of the ciphertext to another base64url character.
    parts[3] = `${parts[3]![0] === 'A' ? 'B' : 'A'}${parts[3]!.slice(1)}`;
    expect(unseal(parts.join('.'), key)).toBeNull();
    expect(unseal('garbage', key)).toBeNull();
  });
});
