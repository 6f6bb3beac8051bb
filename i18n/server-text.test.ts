import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inLocale, label, SERVER_TEXT_CATALOGUES, textLocale, tr } from '@/lib/server-text';

// The server's validation and rule messages (lib/server-text.ts) are checked like the pages':
// every English text passed to tr('…') or label('…') has a Russian and a Kazakh translation,
// not left in English, with the same {arguments}; and no translation is kept for a text the
// code no longer says.

const ROOT = path.resolve(import.meta.dirname, '..');
const SAME_IN_EVERY_LANGUAGE = /^(IT|CSV|JSON|API|PDF|URL|HTTP|HTTPS|PNG|JPEG|GIF|WebP|ISO|sha256|UTC)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The string literals passed to tr( and label( in the code, with a file that says each. */
function saidInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ['lib', 'db', 'app'].flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:tr|label)\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/g)) {
      const literal = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
      found.set(literal, path.relative(ROOT, file));
    }
    // A template literal cannot be looked up: its text is only known when it runs.
    expect(text, `${path.relative(ROOT, file)} passes a template literal to tr`).not.toMatch(/\btr\(\s*`/);
  }
  return found;
}

const argumentsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('server messages', () => {
  const said = saidInCode();

  it('finds the messages the code says', () => {
    expect(said.size).toBeGreaterThan(100);
  });

  for (const [locale, catalogue] of Object.entries(SERVER_TEXT_CATALOGUES)) {
    it(`${locale}: every message said has a translation with the same arguments, in ${locale}`, () => {
      const problems: string[] = [];
      for (const [english, file] of said) {
        const translated = catalogue[english];
        if (translated === undefined) {
          problems.push(`missing (${file}): ${english}`);
          continue;
        }
        if (translated.trim() === '') problems.push(`empty: ${english}`);
        if (argumentsOf(translated).join() !== argumentsOf(english).join()) problems.push(`arguments differ: ${english} → ${translated}`);
        const latin = translated
          .replace(/\{\w+\}/g, '')
          .match(/[A-Za-z][A-Za-z0-9-]+/g)
          ?.filter((w) => !SAME_IN_EVERY_LANGUAGE.test(w));
        if (latin?.length) problems.push(`Latin words ${latin.join(', ')} in: ${translated}`);
      }
      expect(problems).toEqual([]);
    });

    it(`${locale}: no translation is kept for a message the code no longer says`, () => {
      expect(Object.keys(catalogue).filter((english) => !said.has(english))).toEqual([]);
    });
  }

  it('says a message in the language it runs in, with its arguments, and in English elsewhere', async () => {
    const english = 'Choose a language from the list.';
    expect(textLocale()).toBe('en');
    expect(tr(english)).toBe(english);
    const russian = await inLocale('ru', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1)); // across an await, as in an action
      return tr(english);
    });
    expect(russian).toBe(SERVER_TEXT_CATALOGUES.ru[english]);
    expect(russian).not.toBe(english);
    expect(inLocale('kk', () => tr(english))).toBe(SERVER_TEXT_CATALOGUES.kk[english]);
    expect(label('Title')).toBe('Title');
    expect(inLocale('ru', () => tr('{label} is required.', { label: tr('Title') }))).toBe(
      (SERVER_TEXT_CATALOGUES.ru['{label} is required.'] ?? '').replace('{label}', SERVER_TEXT_CATALOGUES.ru.Title ?? ''),
    );
  });
});
