import { AsyncLocalStorage } from 'node:async_hooks';
import kkMutations from '../i18n/server-text/kk/mutations.json' with { type: 'json' };
import kkValidation from '../i18n/server-text/kk/validation.json' with { type: 'json' };
import ruMutations from '../i18n/server-text/ru/mutations.json' with { type: 'json' };
import ruValidation from '../i18n/server-text/ru/validation.json' with { type: 'json' };

// Messages the server makes while checking what an editor sent: validation (lib/validation.ts)
// and the rules the writes enforce (db/mutations). They are written in English where they are
// raised, gettext-style: the English text is the key, and i18n/server-text/<locale>/*.json hold
// its Russian and Kazakh. The language comes from the request: editorAction runs each action
// `inLocale(editor's language)`, so a schema or a mutation deep down needs no locale argument,
// and scripts and tests (no locale set) get English. Zod schemas are built once, so their
// messages are functions, said when a value is checked (an `error` callback calling tr).
// i18n/server-text.test.ts checks that every literal given to tr or label in the code has both
// translations with the same {arguments}, and that no translation is left unused.

export type ServerTextLocale = 'en' | 'ru' | 'kk';
export type TextArgs = Record<string, string | number>;

const CATALOGUES: Record<Exclude<ServerTextLocale, 'en'>, Record<string, string>> = {
  ru: { ...ruValidation, ...ruMutations },
  kk: { ...kkValidation, ...kkMutations },
};

const current = new AsyncLocalStorage<ServerTextLocale>();

/** Runs `fn` with server messages said in `locale`. */
export function inLocale<T>(locale: ServerTextLocale, fn: () => T): T {
  return current.run(locale, fn);
}

/** The language server messages are said in here: English outside inLocale. */
export function textLocale(): ServerTextLocale {
  return current.getStore() ?? 'en';
}

function fill(template: string, args: TextArgs | undefined): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/**
 * An English message said in the current language, its {arguments} filled in. Pass a string
 * literal (the check finds translations by it); a missing translation falls back to English.
 */
export function tr(english: string, args?: TextArgs): string {
  const locale = textLocale();
  const template = locale === 'en' ? english : (CATALOGUES[locale][english] ?? english);
  return fill(template, args);
}

/**
 * Marks a literal as text to be said later in the current language (a field's name passed to
 * a message helper, which calls tr on it). Returns it unchanged.
 */
export function label(english: string): string {
  return english;
}

/** The catalogues, for the check of their completeness. */
export const SERVER_TEXT_CATALOGUES = CATALOGUES;
