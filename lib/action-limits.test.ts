import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, oversizedFormMessage } from './action-limits';

describe('the size limit of a server action form', () => {
  it('lets a form up to the limit through and refuses a larger one, saying how large it was', () => {
    expect(oversizedFormMessage(String(ACTION_BODY_LIMIT_BYTES))).toBeNull();
    expect(oversizedFormMessage('1200')).toBeNull();
    expect(oversizedFormMessage(String(ACTION_BODY_LIMIT_BYTES + 1))).toBe(
      'The form sent 3.0 MB; a form may send at most 3.0 MB. Nothing was saved.',
    );
    expect(oversizedFormMessage(String(5 * 1024 * 1024))).toBe('The form sent 5.0 MB; a form may send at most 3.0 MB. Nothing was saved.');
  });

  it('leaves requests without a usable length to Next (a browser always sends one)', () => {
    expect(oversizedFormMessage(null)).toBeNull();
    expect(oversizedFormMessage('')).toBeNull();
    expect(oversizedFormMessage('-5')).toBeNull();
  });

  it('matches the limit Next itself is given in next.config.ts', () => {
    const config = readFileSync(path.resolve(import.meta.dirname, '../next.config.ts'), 'utf8');
    const limit = /bodySizeLimit:\s*'(\d+)mb'/.exec(config)?.[1];
    expect(limit, 'serverActions.bodySizeLimit in next.config.ts').toBeDefined();
    expect(Number(limit) * 1024 * 1024).toBe(ACTION_BODY_LIMIT_BYTES);
  });
});
