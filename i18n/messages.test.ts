import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { routing } from './routing';

// Every interface text in English must exist in Russian and Kazakh, say something there
// (not be left in English) and take the same ICU arguments, so no page shows a message
// key, an English sentence or a "{count}" that was never filled in.

const MESSAGES = join(import.meta.dirname, '..', 'messages');
const TRANSLATED = routing.locales.filter((locale) => locale !== routing.defaultLocale);

/** Values that are rightly the same in every language (abbreviations used as they are). */
const SAME_IN_EVERY_LANGUAGE = new Set(['IT', 'CSV', 'JSON', 'API', 'Atom', 'iCalendar', 'ETag', 'sha256', 'PDF', 'URL']);

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * The argument names and rich-text tags of an ICU message, at any depth: '{count, plural,
 * one {# item} other {# items}}' gives 'count' (not 'item'); '<link>x</link>' gives '<link>'.
 * Quoted text ('{literal}') is skipped, as ICU does.
 */
export function icuArguments(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const parseText = (stopAtBrace: boolean): void => {
    while (i < message.length) {
      const ch = message[i];
      if (ch === "'" && (message[i + 1] === '{' || message[i + 1] === '}' || message[i + 1] === "'")) {
        const end = message.indexOf("'", i + 1);
        i = end < 0 ? message.length : end + 1;
      } else if (ch === '{') {
        i += 1;
        parseArgument();
      } else if (ch === '}') {
        if (stopAtBrace) return;
        throw new Error(`unbalanced '}' in ${JSON.stringify(message)}`);
      } else if (ch === '<') {
        const tag = /^<\/?([A-Za-z][\w-]*)\s*\/?>/.exec(message.slice(i));
        if (tag) found.add(`<${tag[1]}>`);
        i += tag ? tag[0].length : 1;
      } else i += 1;
    }
    if (stopAtBrace) throw new Error(`unclosed '{' in ${JSON.stringify(message)}`);
  };
  const parseArgument = (): void => {
    const head = /^\s*([\w]+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(i));
    if (!head?.[1]) throw new Error(`argument without a name in ${JSON.stringify(message)}`);
    found.add(head[1]);
    i += head[0].length;
    const type = head[2];
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      i += 1; // the comma before the options
      for (;;) {
        const option = /^\s*(=?[\w-]+)\s*(?:offset:\s*\d+\s*)?\{/.exec(message.slice(i));
        if (!option) break;
        i += option[0].length;
        parseText(true);
        i += 1; // the option's closing brace
      }
    } else if (type) {
      // A style such as {n, number, ::percent}: skip to the argument's end.
      while (i < message.length && message[i] !== '}') i += 1;
    }
    while (i < message.length && /\s/.test(message[i] ?? '')) i += 1;
    if (message[i] !== '}') throw new Error(`argument ${head[1]} not closed in ${JSON.stringify(message)}`);
    i += 1;
  };
  parseText(false);
  return [...found].sort();
}

const read = (locale: string, file: string): Tree => JSON.parse(readFileSync(join(MESSAGES, locale, file), 'utf8')) as Tree;

describe('icuArguments', () => {
  it('finds arguments and tags at any depth, not the words of plural branches', () => {
    expect(icuArguments('Showing {first}–{last} of {total, plural, one {# commitment} other {# commitments}}')).toEqual(['first', 'last', 'total']);
    expect(icuArguments('{year, select, none {no date} other {by {year} in {place}}}')).toEqual(['place', 'year']);
    expect(icuArguments('See the <link>methodology</link>.')).toEqual(['<link>']);
    expect(icuArguments("It's '{literal}' text")).toEqual([]);
    expect(() => icuArguments('broken {name')).toThrow(/not closed/);
  });
});

describe('interface messages', () => {
  const files = readdirSync(join(MESSAGES, routing.defaultLocale)).filter((f) => f.endsWith('.json'));

  it('has message files to check', () => {
    expect(files).toContain('common.json');
    expect(files).toContain('domain.json');
  });

  for (const file of files) {
    const english = leaves(read(routing.defaultLocale, file));
    for (const locale of TRANSLATED) {
      it(`${locale}/${file} translates every English message`, () => {
        const translated = leaves(read(locale, file));
        const problems: string[] = [];
        for (const [key, en] of english) {
          const value = translated.get(key);
          if (value === undefined) {
            problems.push(`${key}: missing`);
            continue;
          }
          if (value.trim() === '') problems.push(`${key}: empty`);
          const enArgs = icuArguments(en).join(', ');
          const args = icuArguments(value).join(', ');
          if (enArgs !== args) problems.push(`${key}: arguments [${args}] differ from English [${enArgs}]`);
          const hasWords = /[A-Za-z]{2,}/.test(en.replace(/\{[^{}]*\}|<[^>]*>/g, ''));
          if (value === en && hasWords && !SAME_IN_EVERY_LANGUAGE.has(en)) problems.push(`${key}: left in English (${JSON.stringify(en)})`);
        }
        for (const key of translated.keys()) if (!english.has(key)) problems.push(`${key}: not in English (stale key?)`);
        expect(problems).toEqual([]);
      });
    }
  }
});

// The parser next-intl formats with is stricter than icuArguments above (a select key may not
// contain '-', for one): a message it refuses is printed as its key on the page. Each message
// of each language must compile.
describe('every message compiles with the ICU parser next-intl uses', () => {
  const files = readdirSync(join(MESSAGES, routing.defaultLocale)).filter((f) => f.endsWith('.json'));
  for (const locale of routing.locales) {
    it(`${locale}: every message compiles`, () => {
      const problems: string[] = [];
      for (const file of files) {
        for (const [key, message] of leaves(read(locale, file))) {
          try {
            parse(message);
          } catch (error) {
            problems.push(`${file} ${key}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('refuses what next-intl would refuse (self-test)', () => {
    expect(() => parse('{q, select, at-least {x} other {y}}')).toThrow();
    expect(() => parse('{q, select, atLeast {x} other {y}}')).not.toThrow();
  });
});
