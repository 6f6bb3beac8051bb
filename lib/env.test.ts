import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

// Issue 12, bug 4: absolute links (API, feeds, page metadata) must point at the server that
// made them. Unset, SITE_URL follows PORT; set, it wins.

/** An environment with only these variables (NODE_ENV is required by Next's typing). */
const envOf = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...vars });

describe('parseEnv', () => {
  it('derives SITE_URL from PORT when SITE_URL is unset, so a demo on another port links to itself', () => {
    expect(parseEnv(envOf({ PORT: '3100' })).SITE_URL).toBe('http://localhost:3100');
    expect(parseEnv(envOf({})).SITE_URL).toBe('http://localhost:3000');
  });

  it('keeps a SITE_URL that is set, whatever the port', () => {
    expect(parseEnv(envOf({ PORT: '3100', SITE_URL: 'https://tracker.example.org' })).SITE_URL).toBe('https://tracker.example.org');
  });

  it('refuses a SITE_URL that is not a URL, naming it', () => {
    expect(() => parseEnv(envOf({ SITE_URL: 'tracker' }))).toThrow(/SITE_URL/);
  });
});
