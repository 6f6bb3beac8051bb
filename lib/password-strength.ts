// Refuses common and guessable passwords with zxcvbn-ts and its packaged lists: the common
// passwords of known breaches, English words and names, keyboard patterns, dates and l33t
// variants. Nothing is sent anywhere. The dictionaries are large, so they load on the first
// check, not at start-up.

import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { tr } from './server-text';

/** zxcvbn's scale is 0 to 4; 3 means "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

let checker: Promise<ZxcvbnFactory> | null = null;

async function load(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
}

/**
 * Why a proposed password is too easy to guess, in a sentence for its owner, or null when it is
 * strong enough. `context` holds words an attacker would try first: the email and name.
 * The sentence is said in the request's language (lib/server-text.ts); zxcvbn's own warning and
 * suggestion inside it stay in English, as the library has no Russian or Kazakh feedback.
 */
export async function weakPasswordProblem(password: string, context: readonly string[] = []): Promise<string | null> {
  checker ??= load();
  // zxcvbn's cost grows with the length; the policy caps length elsewhere, and 100 characters
  // of anything are not guessable, so only the start is checked.
  const words = context.flatMap((c) => c.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const result: ZxcvbnResult = (await checker).check(password.slice(0, 100), words);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, '.')} ` : '';
  const suggestion = result.feedback.suggestions[0] ? `${result.feedback.suggestions[0].replace(/\.?$/, '.')} ` : '';
  return tr(
    'This password is too easy to guess: attackers try common and leaked passwords like it first. {warning}{suggestion}A few unrelated words, or one a password manager makes, will do.',
    { warning, suggestion },
  )
    .replace(/\s+/g, ' ')
    .trim();
}
