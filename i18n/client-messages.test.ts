import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, pickMessages, WORKSPACE_CLIENT_NAMESPACES, WORKSPACE_CLIENT_PATHS } from './client-messages';
import { loadMessages } from './messages';
import { routing } from './routing';

const ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('messages sent to the browser', () => {
  it('cover every namespace a client component asks for', () => {
    const asked = new Map<string, string>();
    let workspaceAsks = 0;
    for (const file of [...sourceFiles('app'), ...sourceFiles('components')]) {
      const text = readFileSync(file, 'utf8');
      if (!/^\s*['"]use client['"]/.test(text)) continue;
      const relative = path.relative(ROOT, file);
      const inWorkspace = WORKSPACE_CLIENT_PATHS.some((p) => relative.startsWith(p));
      for (const match of text.matchAll(/useTranslations\(\s*(?:'([^']*)'|"([^"]*)")?\s*\)/g)) {
        const namespace = match[1] ?? match[2] ?? '(all)';
        // The workspace's own forms read namespaces only its pages send; anything else must be public.
        if (inWorkspace && WORKSPACE_CLIENT_NAMESPACES.some((sent) => namespace === sent || namespace.startsWith(`${sent}.`))) workspaceAsks += 1;
        else asked.set(namespace, relative);
      }
      // A client component reading every message at once would need them all sent.
      expect(text, `${path.relative(ROOT, file)} reads all messages`).not.toMatch(/useMessages\(/);
    }
    expect(asked.size).toBeGreaterThanOrEqual(5);
    expect(workspaceAsks, 'the workspace forms read their own namespaces').toBeGreaterThanOrEqual(5);
    for (const [namespace, file] of asked) {
      const covered = CLIENT_NAMESPACES.some((sent) => namespace === sent || namespace.startsWith(`${sent}.`));
      expect(covered, `${file} uses useTranslations('${namespace}'), which CLIENT_NAMESPACES does not send`).toBe(true);
    }
  });

  it('picks nested namespaces and leaves the rest on the server, in every language', async () => {
    for (const locale of routing.locales) {
      const all = await loadMessages(locale);
      const picked = pickMessages(all, CLIENT_NAMESPACES);
      expect(Object.keys(picked).sort()).toEqual(['charts', 'commitments', 'common', 'errors', 'feeds']);
      expect(Object.keys(picked.commitments as object)).toEqual(['filters']);
      expect(picked.common).toEqual(all.common);
      expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(all).length / 3);
    }
  });

  it('names a missing namespace rather than sending nothing', () => {
    expect(() => pickMessages({ common: {} }, ['charts.chart'])).toThrow('No messages at “charts.chart”');
  });
});
