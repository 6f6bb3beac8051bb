// Password hashing and policy, using only node:crypto.
//
// Hashes are scrypt-derived keys stored as a self-describing string:
//   scrypt$N$r$p$saltB64$hashB64
// so the parameters can be raised later while old hashes keep verifying with
// the parameters they were made with.

import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { tr } from './server-text';

/**
 * scrypt cost parameters for new hashes: N = 2^14, r = 8, p = 5 is one of the settings OWASP's
 * Password Storage Cheat Sheet lists as equivalent to its minimum (N = 2^17, r = 8, p = 1). It
 * needs 16 MiB instead of 128 MiB a hash, so a burst of sign-ins cannot exhaust the server.
 */
export const SCRYPT_PARAMS = { N: 2 ** 14, r: 8, p: 5, keylen: 64, saltBytes: 16 } as const;

/** Memory ceiling handed to scrypt (128 * N * r = 16 MiB for the defaults; older hashes used 32 MiB). */
const SCRYPT_MAXMEM = 64 * 1024 * 1024;

// Bounds on parameters read back from a stored encoding, so a corrupt value can
// never make verification hang or allocate without limit.
const MAX_LOG2_N = 20;
const MAX_R = 32;
const MAX_P = 16;
const MIN_KEYLEN = 16;
const MAX_KEYLEN = 256;
const MIN_SALT_BYTES = 8;
const MAX_SALT_BYTES = 256;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** URL-safe alphabet (RFC 4648 base64url): 64 symbols, so each character carries 6 bits. */
const PASSWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function deriveKey(plain: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(plain.normalize('NFC'), salt, keylen, options, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

/** Hashes a password with scrypt and a fresh random 16-byte salt. */
export async function hashPassword(plain: string): Promise<string> {
  const { N, r, p, keylen, saltBytes } = SCRYPT_PARAMS;
  const salt = randomBytes(saltBytes);
  const hash = await deriveKey(plain, salt, keylen, { N, r, p, maxmem: SCRYPT_MAXMEM });
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const POSITIVE_INT_RE = /^[1-9]\d{0,9}$/;

function decodeBase64(s: string): Buffer | null {
  if (s === '' || !BASE64_RE.test(s)) return null;
  const buf = Buffer.from(s, 'base64');
  // Strict round trip: rejects non-canonical padding bits.
  return buf.toString('base64') === s ? buf : null;
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parseEncoding(encoded: unknown): ParsedHash | null {
  if (typeof encoded !== 'string') return null;
  const parts = encoded.split('$');
  if (parts.length !== 6) return null;
  const [scheme, nStr, rStr, pStr, saltStr, hashStr] = parts as [string, string, string, string, string, string];
  if (scheme !== 'scrypt') return null;
  if (!POSITIVE_INT_RE.test(nStr) || !POSITIVE_INT_RE.test(rStr) || !POSITIVE_INT_RE.test(pStr)) return null;
  const N = Number(nStr);
  const r = Number(rStr);
  const p = Number(pStr);
  // N must be a power of two greater than 1.
  if (N < 2 || N > 2 ** MAX_LOG2_N || (N & (N - 1)) !== 0) return null;
  if (r > MAX_R || p > MAX_P) return null;
  if (128 * N * r > SCRYPT_MAXMEM) return null;
  const salt = decodeBase64(saltStr);
  const hash = decodeBase64(hashStr);
  if (!salt || salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES) return null;
  if (!hash || hash.length < MIN_KEYLEN || hash.length > MAX_KEYLEN) return null;
  return { N, r, p, salt, hash };
}

/**
 * True when `plain` matches the `scrypt$N$r$p$salt$hash` encoding. Recomputes with the
 * stored parameters and compares in constant time. Never throws: malformed or
 * unsupported encodings simply give false.
 */
export async function verifyPassword(plain: string, encoded: string): Promise<boolean> {
  try {
    if (typeof plain !== 'string') return false;
    const parsed = parseEncoding(encoded);
    if (!parsed) return false;
    const { N, r, p, salt, hash } = parsed;
    const candidate = await deriveKey(plain, salt, hash.length, { N, r, p, maxmem: SCRYPT_MAXMEM });
    return candidate.length === hash.length && timingSafeEqual(candidate, hash);
  } catch {
    return false;
  }
}

/**
 * True when a stored hash was made with other parameters than today's (an older, cheaper
 * setting) or cannot be read: it is replaced at its owner's next successful sign-in.
 */
export function needsRehash(encoded: string): boolean {
  const parsed = parseEncoding(encoded);
  if (!parsed) return true;
  const { N, r, p, keylen, saltBytes } = SCRYPT_PARAMS;
  return parsed.N !== N || parsed.r !== r || parsed.p !== p || parsed.hash.length !== keylen || parsed.salt.length < saltBytes;
}

/**
 * A valid encoding made with the current parameters from a random throwaway
 * password. Verifying against it costs the same as verifying a real account's
 * hash, so sign-in with an unknown email takes as long as with a known one.
 */
export const DUMMY_PASSWORD_HASH =
  'scrypt$16384$8$5$kIKkQyS1VzIBe8WJF4ep1Q==$sGwUfXysc6U72Jy6zbXODB+B+Qeu/qmdODM0h61MMkggRDfT4fpTgi3MD8zv+Jo4GU1Q+PlgJsO7TPB9nzDguQ==';

/** Spends the time of one real verification, then returns false. */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  await verifyPassword(plain, DUMMY_PASSWORD_HASH);
  return false;
}

/** Random password of URL-safe characters (A–Z, a–z, 0–9, '-', '_'); 20 characters ≈ 120 bits. */
export function generatePassword(length = 20): string {
  if (!Number.isInteger(length) || length < 1 || length > PASSWORD_MAX_LENGTH) {
    throw new RangeError(`Password length must be an integer from 1 to ${PASSWORD_MAX_LENGTH}, got ${length}`);
  }
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
    // Astronomically unlikely at policy lengths, but never hand out a password the policy rejects.
    if (length < PASSWORD_MIN_LENGTH || passwordProblems(out).length === 0) return out;
  }
}

/** Policy problems with a proposed password, as messages for people (in the request's language); empty when acceptable. */
export function passwordProblems(plain: string): string[] {
  const problems: string[] = [];
  const chars = Array.from(plain); // code points, so an emoji counts as one character
  if (chars.length < PASSWORD_MIN_LENGTH) {
    problems.push(tr('Use at least {min} characters (this one has {count}).', { min: PASSWORD_MIN_LENGTH, count: chars.length }));
  }
  if (chars.length > PASSWORD_MAX_LENGTH) {
    problems.push(tr('Use at most {max} characters (this one has {count}).', { max: PASSWORD_MAX_LENGTH, count: chars.length }));
  }
  if (chars.length >= 2 && chars.every((c) => c === chars[0])) {
    problems.push(tr('Don’t use a single character repeated; mix different characters.'));
  }
  return problems;
}
