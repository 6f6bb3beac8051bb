import { describe, expect, it } from 'vitest';
import { inLocale } from './server-text';
import {
  DUMMY_PASSWORD_HASH,
  generatePassword,
  hashPassword,
  needsRehash,
  passwordProblems,
  SCRYPT_PARAMS,
  verifyAgainstDummy,
  verifyPassword,
} from './password';

const ENCODING_RE = /^scrypt\$16384\$8\$5\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

describe('hashPassword / verifyPassword', () => {
  it('round-trips and uses the documented encoding', async () => {
    const encoded = await hashPassword('correct horse battery staple');
    const m = ENCODING_RE.exec(encoded);
    expect(m).not.toBeNull();
    expect(Buffer.from(m![1]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(m![2]!, 'base64')).toHaveLength(64);
    expect(await verifyPassword('correct horse battery staple', encoded)).toBe(true);
  });

  it('rejects a wrong password', async () => {
    const encoded = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery stapl', encoded)).toBe(false);
    expect(await verifyPassword('Correct horse battery staple', encoded)).toBe(false);
    expect(await verifyPassword('', encoded)).toBe(false);
  });

  it('uses a fresh salt each time', async () => {
    const a = await hashPassword('same password here');
    const b = await hashPassword('same password here');
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('same password here', a)).toBe(true);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  it('verifies with the parameters stored in the encoding', async () => {
    // A hash made with cheaper parameters (N=2^10) still verifies.
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const hash = scryptSync('legacy password', salt, 32, { N: 1024, r: 8, p: 1 });
    const encoded = `scrypt$1024$8$1$${salt.toString('base64')}$${hash.toString('base64')}`;
    expect(await verifyPassword('legacy password', encoded)).toBe(true);
    expect(await verifyPassword('other password', encoded)).toBe(false);
  });

  it('uses at least OWASP’s scrypt minimum: N = 2^17, r = 8, p = 1, or an equivalent it lists', () => {
    // The cheat sheet lists settings equivalent to its minimum N = 2^17, r = 8, p = 1 that trade
    // memory for passes, all with r = 8: p = 2 with N = 2^16, 3 with 2^15, 5 with 2^14, 10 with 2^13.
    // The code's N = 2^14, r = 8, p = 5 is one of those listed equivalents (N·p is 5·2^14, below
    // 2^17: the list is not a constant product, so the test checks the pair is on it).
    const { N, r, p } = SCRYPT_PARAMS;
    expect(r).toBe(8);
    expect(N * p).toBeGreaterThanOrEqual(2 ** 14 * 5);
    expect([
      [2 ** 17, 1],
      [2 ** 16, 2],
      [2 ** 15, 3],
      [2 ** 14, 5],
      [2 ** 13, 10],
    ]).toContainEqual([N, p]);
  });

  it('marks older or unreadable hashes for replacement at the next sign-in, not current ones', async () => {
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const old = `scrypt$32768$8$1$${salt.toString('base64')}$${scryptSync('old', salt, 64, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('base64')}`;
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
    expect(needsRehash(await hashPassword('a current password here'))).toBe(false);
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
  });

  it('treats composed and decomposed Unicode forms as the same password', async () => {
    const encoded = await hashPassword('caf\u00e9 au lait please');
    expect(await verifyPassword('cafe\u0301 au lait please', encoded)).toBe(true);
  });

  it('returns false, never throws, for malformed encodings', async () => {
    const good = await hashPassword('correct horse battery staple');
    const [, n, r, p, salt, hash] = good.split('$') as [string, string, string, string, string, string];
    const malformed: unknown[] = [
      '',
      'not a hash',
      'scrypt',
      `bcrypt$${n}$${r}$${p}$${salt}$${hash}`,
      `scrypt$${n}$${r}$${p}$${salt}`, // missing part
      `scrypt$${n}$${r}$${p}$${salt}$${hash}$extra`,
      `scrypt$abc$${r}$${p}$${salt}$${hash}`,
      `scrypt$1000$${r}$${p}$${salt}$${hash}`, // N not a power of two
      `scrypt$0$${r}$${p}$${salt}$${hash}`,
      `scrypt$-32768$${r}$${p}$${salt}$${hash}`,
      `scrypt$1e5$${r}$${p}$${salt}$${hash}`,
      `scrypt$${2 ** 30}$${r}$${p}$${salt}$${hash}`, // absurd cost
      `scrypt$${n}$0$${p}$${salt}$${hash}`,
      `scrypt$${n}$${r}$999$${salt}$${hash}`,
      `scrypt$${n}$${r}$${p}$$${hash}`, // empty salt
      `scrypt$${n}$${r}$${p}$${salt}$`, // empty hash
      `scrypt$${n}$${r}$${p}$not*base64$${hash}`,
      `scrypt$${n}$${r}$${p}$${salt}$${hash.slice(0, -4)}!!!!`,
      `scrypt$${n}$${r}$${p}$${salt}$AAAA`, // hash too short
      null,
      undefined,
      42,
    ];
    for (const encoded of malformed) {
      await expect(verifyPassword('correct horse battery staple', encoded as string)).resolves.toBe(false);
    }
  });

  it('returns false when the hash bytes were altered', async () => {
    const good = await hashPassword('correct horse battery staple');
    const parts = good.split('$');
    const hash = Buffer.from(parts[5]!, 'base64');
    hash[0] = hash[0]! ^ 1;
    parts[5] = hash.toString('base64');
    expect(await verifyPassword('correct horse battery staple', parts.join('$'))).toBe(false);
  });
});

describe('DUMMY_PASSWORD_HASH / verifyAgainstDummy', () => {
  it('is a well-formed encoding with the same cost as real hashes', () => {
    const m = ENCODING_RE.exec(DUMMY_PASSWORD_HASH);
    expect(m).not.toBeNull();
    expect(Buffer.from(m![1]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(m![2]!, 'base64')).toHaveLength(64);
  });

  it('always returns false', async () => {
    expect(await verifyAgainstDummy('correct horse battery staple')).toBe(false);
    expect(await verifyAgainstDummy('')).toBe(false);
  });
});

describe('generatePassword', () => {
  it('defaults to 20 URL-safe characters', () => {
    const pw = generatePassword();
    expect(pw).toHaveLength(20);
    expect(pw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(pw)).toBe(pw);
  });

  it('honours the requested length', () => {
    expect(generatePassword(12)).toHaveLength(12);
    expect(generatePassword(64)).toHaveLength(64);
    expect(generatePassword(1)).toHaveLength(1);
  });

  it('rejects nonsensical lengths', () => {
    expect(() => generatePassword(0)).toThrow(RangeError);
    expect(() => generatePassword(-3)).toThrow(RangeError);
    expect(() => generatePassword(2.5)).toThrow(RangeError);
    expect(() => generatePassword(10_000)).toThrow(RangeError);
  });

  it('produces distinct passwords that satisfy the policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword();
      expect(passwordProblems(pw)).toEqual([]);
      seen.add(pw);
    }
    expect(seen.size).toBe(200);
  });

  it('draws from the whole alphabet', () => {
    const chars = new Set(generatePassword(200) + generatePassword(200) + generatePassword(200));
    // 600 draws from 64 symbols: missing more than a handful would mean a skewed generator.
    expect(chars.size).toBeGreaterThan(55);
  });
});

describe('passwordProblems', () => {
  it('accepts a reasonable password', () => {
    expect(passwordProblems('correct horse battery staple')).toEqual([]);
    expect(passwordProblems('abcdefghijkl')).toEqual([]); // exactly 12
    expect(passwordProblems('x'.repeat(199) + 'y')).toEqual([]); // exactly 200
  });

  it('rejects short passwords, saying how long they are', () => {
    expect(passwordProblems('short')).toEqual(['Use at least 12 characters (this one has 5).']);
    expect(passwordProblems('abcdefghijk')).toEqual(['Use at least 12 characters (this one has 11).']);
    expect(passwordProblems('')).toEqual(['Use at least 12 characters (this one has 0).']);
  });

  it('rejects passwords over 200 characters', () => {
    expect(passwordProblems('ab'.repeat(101))).toEqual(['Use at most 200 characters (this one has 202).']);
  });

  it('rejects a single character repeated', () => {
    expect(passwordProblems('a'.repeat(20))).toEqual(['Don’t use a single character repeated; mix different characters.']);
    expect(passwordProblems('aaaa')).toHaveLength(2);
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(passwordProblems('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔒')).toEqual([]); // 12 emoji, 24 code units
    expect(passwordProblems('🔑🔒🔑🔒🔑🔒')).toEqual(['Use at least 12 characters (this one has 6).']);
  });

  it('says the problems in the language of the request, with the counts', () => {
    expect(inLocale('ru', () => passwordProblems('aaaa'))).toEqual([
      'Используйте не меньше 12 символов (в этом пароле: 4).',
      'Не повторяйте один и тот же символ; сочетайте разные символы.',
    ]);
    expect(inLocale('kk', () => passwordProblems('ab'.repeat(101)))).toEqual(['Ең көбі 200 таңба қолданыңыз (бұл құпиясөзде: 202).']);
    expect(passwordProblems('short')).toEqual(['Use at least 12 characters (this one has 5).']);
  });
});
