import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One supported Node LTS, said in four places that must agree: package.json's engines, .nvmrc,
// the major scripts/node-lts.sh installs on an older machine, and the Node types the code is
// checked against (types of an older Node would accept APIs the runtime no longer has, and
// reject ones it does).
const root = path.join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
const major = (range: string) => Number(/(\d+)/.exec(range)?.[1]);

describe('the supported Node.js', () => {
  const engines = major(pkg.engines.node);

  it('is a maintained LTS (22 or later), the same in engines, .nvmrc and the installer', () => {
    expect(engines).toBeGreaterThanOrEqual(22);
    expect(major(read('.nvmrc').trim())).toBe(engines);
    expect(Number(/^required_major=(\d+)$/m.exec(read('scripts/node-lts.sh'))?.[1])).toBe(engines);
  });

  it('is the one whose types the code is checked against', () => {
    expect(major(pkg.devDependencies['@types/node']!)).toBe(engines);
  });

  it('runs this suite', () => {
    const [runningMajor, runningMinor] = process.versions.node.split('.').map(Number);
    const [, , wantedMinor] = /(\d+)\.(\d+)/.exec(pkg.engines.node)!.map(Number);
    expect(runningMajor! > engines || (runningMajor === engines && runningMinor! >= wantedMinor!)).toBe(true);
  });
});
