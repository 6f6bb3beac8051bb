import { describe, expect, it } from 'vitest';
import { dataset } from './data';
import { SEED_METRIC_TRANSLATIONS, SEED_SOURCE_TRANSLATIONS, SEED_TRANSLATIONS, type SeedTranslationLocale } from './translations';

// A translation that drops, adds or alters a figure would make the tracker say different
// things in different languages, so figures are compared as numbers between each English
// text and its translations. The script checks catch a text pasted into the wrong language.

const LOCALES: readonly SeedTranslationLocale[] = ['ru', 'kk'];

/** Letters used in Kazakh Cyrillic but not in Russian. */
const KAZAKH_ONLY_LETTERS = /[әғқңөұүһі]/iu;
/** Below this share of Cyrillic letters a text is taken to be in the wrong script. */
const MIN_CYRILLIC_SHARE = 0.8;

/** Numbers as English writes them: comma groups thousands, point marks decimals. */
function englishNumbers(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

/**
 * Numbers as Russian and Kazakh write them: a (narrow) space groups thousands, a comma marks
 * decimals; a point is accepted as a decimal mark too, so "10.6" left untranslated still counts.
 */
function localNumbers(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/g)].map((m) =>
    Number(m[0].replace(/[ \u00a0\u202f]/g, '').replace(',', '.')),
  );
}

/** Figures in the English text missing from the translation, and figures the translation adds. */
function figureMismatches(english: string, translated: string): { missing: number[]; added: number[] } {
  const en = new Set(englishNumbers(english));
  const local = new Set(localNumbers(translated));
  return {
    missing: [...en].filter((n) => !local.has(n)),
    added: [...local].filter((n) => !en.has(n)),
  };
}

function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu) ?? [];
  return letters.length === 0 ? 1 : cyrillic.length / letters.length;
}

type Pair = { where: string; locale: SeedTranslationLocale; english: string; translated: string };

/** Each named field of each record beside its translations, labelled for failure messages. */
function pairsOf<F extends string>(
  kind: string,
  records: ReadonlyArray<{ slug: string } & Record<F, string>>,
  translations: Record<string, Record<SeedTranslationLocale, Record<F, string>>>,
  fields: readonly F[],
): Pair[] {
  return records.flatMap((record) =>
    LOCALES.flatMap((locale) => {
      const t = translations[record.slug]?.[locale];
      // Coverage is its own test, with a clearer message.
      if (!t) return [];
      return fields.map((field) => ({
        where: `${kind} ${record.slug} ${field}`,
        locale,
        english: record[field],
        translated: t[field],
      }));
    }),
  );
}

/** Every translated text beside its English original. */
function allPairs(): Pair[] {
  return [
    ...pairsOf('commitment', dataset.commitments, SEED_TRANSLATIONS, ['title', 'summary']),
    ...pairsOf('metric', dataset.metrics, SEED_METRIC_TRANSLATIONS, ['name', 'unit', 'description']),
    ...pairsOf('source', dataset.sources, SEED_SOURCE_TRANSLATIONS, ['description']),
  ];
}

const hasLetters = (text: string) => /\p{L}/u.test(text);
/** Units such as "%" are the same in every language; only texts with words must differ. */
const wordPairs = () => allPairs().filter((p) => hasLetters(p.english));

describe('number extraction', () => {
  it('reads English and local number formats as the same values', () => {
    expect(englishNumbers('from $10.6 bn to $15 bn by 2026, and 1,250 units; see 24.kg.')).toEqual([10.6, 15, 2026, 1250, 24]);
    expect(localNumbers('с 10,6 млрд до 15,0 млрд к 2026 году, 1\u00a0250 единиц; 24.kg, 1-ге')).toEqual([10.6, 15, 2026, 1250, 24, 1]);
  });

  it('reports a changed figure both as missing and as added', () => {
    expect(figureMismatches('Raise trade to $15 bn from $10.6 bn', 'Довести до 16 млрд с 10,6 млрд')).toEqual({
      missing: [15],
      added: [16],
    });
    expect(figureMismatches('Raise trade to $15 bn', 'Довести до 15,0 млрд')).toEqual({ missing: [], added: [] });
  });
});

describe('seed translations', () => {
  it('cover exactly the seeded commitments and metrics, and the sources of the announcement', () => {
    const sorted = (xs: string[]) => [...xs].sort();
    expect(sorted(Object.keys(SEED_TRANSLATIONS))).toEqual(sorted(dataset.commitments.map((c) => c.slug)));
    expect(sorted(Object.keys(SEED_METRIC_TRANSLATIONS))).toEqual(sorted(dataset.metrics.map((m) => m.slug)));
    // Source descriptions are translated for the announcement (the sources the commitments
    // are taken from); the researched sources are described in English only. No translation
    // may name a source the dataset does not have.
    const known = new Set(dataset.sources.map((s) => s.slug));
    expect(
      Object.keys(SEED_SOURCE_TRANSLATIONS).filter((slug) => !known.has(slug)),
      'translations of unknown sources',
    ).toEqual([]);
    const announced = new Set(dataset.commitments.flatMap((c) => [c.source, c.initialUpdate.source]));
    expect(announced.size).toBeGreaterThan(0);
    expect(
      [...announced].filter((slug) => !(slug in SEED_SOURCE_TRANSLATIONS)),
      'announcement sources without a translation',
    ).toEqual([]);
  });

  it('give every commitment a non-empty title and summary in Russian and Kazakh', () => {
    const empty = dataset.commitments.flatMap((c) =>
      LOCALES.flatMap((locale) => {
        const t = SEED_TRANSLATIONS[c.slug]?.[locale];
        return !t || t.title.trim() === '' || t.summary.trim() === '' ? [`${c.slug} (${locale})`] : [];
      }),
    );
    expect(empty, 'commitments without a complete translation').toEqual([]);
  });

  it('keep every figure of the English text, and add none', () => {
    const wrong = allPairs().flatMap((p) => {
      const { missing, added } = figureMismatches(p.english, p.translated);
      return missing.length || added.length ? [`${p.where} (${p.locale}): missing ${JSON.stringify(missing)}, added ${JSON.stringify(added)}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('translate every text rather than repeating the English, and differ between Russian and Kazakh', () => {
    const untranslated = wordPairs()
      .filter((p) => p.translated.trim() === p.english.trim())
      .map((p) => `${p.where} (${p.locale})`);
    expect(untranslated, 'texts identical to the English').toEqual([]);

    const ru = new Map(
      wordPairs()
        .filter((p) => p.locale === 'ru')
        .map((p) => [p.where, p.translated]),
    );
    const sameInBoth = wordPairs()
      .filter((p) => p.locale === 'kk' && ru.get(p.where) === p.translated)
      .map((p) => p.where);
    expect(sameInBoth, 'Kazakh texts identical to the Russian').toEqual([]);
  });

  it('write Russian and Kazakh mostly in Cyrillic', () => {
    const latin = wordPairs()
      .filter((p) => cyrillicShare(p.translated) < MIN_CYRILLIC_SHARE)
      .map((p) => `${p.where} (${p.locale}): ${(cyrillicShare(p.translated) * 100).toFixed(0)}% Cyrillic`);
    expect(latin).toEqual([]);
  });

  it('use Kazakh letters in the Kazakh texts and none in the Russian ones', () => {
    const kazakhTexts = wordPairs().filter((p) => p.locale === 'kk');
    const kazakhLetterCount = kazakhTexts
      .map((p) => p.translated.match(new RegExp(KAZAKH_ONLY_LETTERS.source, 'giu'))?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(kazakhLetterCount, 'Kazakh-specific letters across all Kazakh texts').toBeGreaterThan(100);

    // Units are one or two words and may be shared with Russian ("индекс"); longer texts are not.
    const noKazakhLetters = kazakhTexts.filter((p) => !p.where.endsWith(' unit') && !KAZAKH_ONLY_LETTERS.test(p.translated)).map((p) => p.where);
    expect(noKazakhLetters, 'Kazakh texts that look Russian').toEqual([]);

    const kazakhInRussian = wordPairs()
      .filter((p) => p.locale === 'ru' && KAZAKH_ONLY_LETTERS.test(p.translated))
      .map((p) => p.where);
    expect(kazakhInRussian, 'Russian texts containing Kazakh letters').toEqual([]);
  });
});
