import { and, eq } from 'drizzle-orm';
import type { InStatement } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, commitments, commitmentTranslations, metricTranslations, metrics } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { dataset } from './seed/data';
import { SEED_METRIC_TRANSLATIONS, SEED_TRANSLATIONS } from './seed/translations';
import { listFiltersSchema, type ListFilters } from '../lib/filters';
import { commitmentTranslationsSchema, type CommitmentTranslationsInput } from '../lib/validation';
import { TRANSLATION_LOCALES, type TranslationLocale } from '../lib/content-locale';

// Translated content end to end against a seeded libSQL database: the seed writes every
// Russian and Kazakh text, the public reads return them with a fallback flag, search and
// title order work in the reader's language, and the editors' save is versioned and audited.

let t: TestDatabase;
let q: TestDatabase['queries'];
let m: TestDatabase['mutations'];
let actor: { id: number; name: string };

const ASOF = '2026-06-30';
const TRADE = 'intra-regional-trade-15bn';
const RAILWAYS = ['dostyk-moyinty-railway', 'bakhty-ayagoz-railway', 'darbaza-maktaaral-railway'];

const filters = (partial: Partial<ListFilters> = {}): ListFilters => ({ ...listFiltersSchema.parse({}), ...partial });

async function commitmentRow(slug: string) {
  const [row] = await t.db.select({ id: commitments.id, version: commitments.version }).from(commitments).where(eq(commitments.slug, slug));
  if (!row) throw new Error(`no seeded commitment ${slug}`);
  return row;
}

/** The form's input: every language given explicitly, as the form always posts all four fields. */
function translationsInput(
  c: { id: number; version: number },
  texts: Partial<Record<TranslationLocale, { title?: string; summary?: string }>>,
): CommitmentTranslationsInput {
  return {
    commitmentId: c.id,
    expectedVersion: c.version,
    texts: { ru: { title: texts.ru?.title, summary: texts.ru?.summary }, kk: { title: texts.kk?.title, summary: texts.kk?.summary } },
  };
}

/** Every title on every page of the list, in the order the pages show them. */
async function allTitles(locale: 'en' | 'ru' | 'kk', partial: Partial<ListFilters>) {
  const titles: string[] = [];
  for (let page = 1; ; page++) {
    const { rows, total } = await q.listCommitments({ filters: filters({ ...partial, page }), asOf: ASOF, pageSize: 5, locale });
    titles.push(...rows.map((r) => r.title));
    if (titles.length >= total || rows.length === 0) return titles;
  }
}

beforeAll(async () => {
  t = await openTestDatabase({ seed: true });
  q = t.queries;
  m = t.mutations;
  const user = await m.createUser(t.db, {
    email: 'translator@example.org',
    name: 'Test Translator',
    role: 'editor',
    passwordHash: 'not-a-real-hash',
    mustChangePassword: false,
    actor: null,
  });
  actor = { id: user.id, name: 'Test Translator' };
});

afterAll(async () => {
  await t?.close();
});

describe('the seed', () => {
  it('gives every seeded commitment its Russian and Kazakh title and summary', async () => {
    const rows = await t.db
      .select({
        slug: commitments.slug,
        locale: commitmentTranslations.locale,
        title: commitmentTranslations.title,
        summary: commitmentTranslations.summary,
      })
      .from(commitmentTranslations)
      .innerJoin(commitments, eq(commitments.id, commitmentTranslations.commitmentId));
    const missing: string[] = [];
    for (const c of dataset.commitments) {
      for (const locale of TRANSLATION_LOCALES) {
        const row = rows.find((r) => r.slug === c.slug && r.locale === locale);
        if (!row) missing.push(`${c.slug} (${locale})`);
        else expect(row, `${c.slug} (${locale})`).toMatchObject(SEED_TRANSLATIONS[c.slug]![locale]);
      }
    }
    expect(missing).toEqual([]);
    expect(rows).toHaveLength(dataset.commitments.length * TRANSLATION_LOCALES.length);
  });

  it('gives every translated metric its name, unit and description', async () => {
    const rows = await t.db
      .select({ slug: metrics.slug, locale: metricTranslations.locale, name: metricTranslations.name, unitLabel: metricTranslations.unitLabel })
      .from(metricTranslations)
      .innerJoin(metrics, eq(metrics.id, metricTranslations.metricId));
    const expected = Object.entries(SEED_METRIC_TRANSLATIONS).flatMap(([slug, byLocale]) =>
      TRANSLATION_LOCALES.map((locale) => ({ slug, locale, name: byLocale[locale].name, unitLabel: byLocale[locale].unit })),
    );
    expect(rows).toHaveLength(expected.length);
    expect(rows).toEqual(expect.arrayContaining(expected));
  });
});

describe('translated reads', () => {
  it('return the Russian and Kazakh titles and summaries, flagged with their language', async () => {
    for (const locale of TRANSLATION_LOCALES) {
      const { rows, total } = await q.listCommitments({ filters: filters(), asOf: ASOF, pageSize: 100, locale });
      expect(total).toBe(dataset.commitments.length);
      for (const row of rows) {
        expect(row.title).toBe(SEED_TRANSLATIONS[row.slug]![locale].title);
        expect(row.summary).toBe(SEED_TRANSLATIONS[row.slug]![locale].summary);
        expect([row.titleLocale, row.summaryLocale]).toEqual([locale, locale]);
      }
    }
  });

  it('leave English reads in English, unflagged', async () => {
    const { rows } = await q.listCommitments({ filters: filters(), asOf: ASOF, pageSize: 100 });
    const english = new Map(dataset.commitments.map((c) => [c.slug, c.title]));
    for (const row of rows) {
      expect(row.title).toBe(english.get(row.slug));
      expect([row.titleLocale, row.summaryLocale]).toEqual(['en', 'en']);
    }
  });

  it('give the commitment page its texts and the chart its metric name in the reader’s language, the unit key unchanged', async () => {
    const kk = await q.getCommitmentBySlug({ slug: TRADE, asOf: ASOF, locale: 'kk' });
    expect(kk?.title).toBe(SEED_TRANSLATIONS[TRADE]!.kk.title);
    expect(kk?.titleLocale).toBe('kk');
    expect(kk?.target?.metric).toMatchObject({
      name: SEED_METRIC_TRANSLATIONS['intra-regional-trade']!.kk.name,
      nameLocale: 'kk',
      unit: 'USD bn',
      unitLabel: SEED_METRIC_TRANSLATIONS['intra-regional-trade']!.kk.unit,
    });
    const en = await q.getCommitmentBySlug({ slug: TRADE, asOf: ASOF });
    expect(en?.target?.metric).toMatchObject({ nameLocale: 'en', unit: 'USD bn', unitLabel: 'USD bn' });
    const context = await q.getCommitmentBySlug({ slug: 'it-exports-1bn-by-2026', asOf: ASOF, locale: 'ru' });
    expect(context?.context.map((c) => c.nameLocale)).toEqual(context?.context.map(() => 'ru'));
    expect(context?.context.length).toBeGreaterThan(0);
  });

  it('name commitments in the reader’s language on the dashboard, the featured chart and the source page', async () => {
    const summary = await q.getDashboardSummary({ asOf: ASOF, locale: 'ru' });
    expect(summary.latestUpdates.length).toBeGreaterThan(0);
    for (const u of summary.latestUpdates) expect(u.commitmentTitle).toBe(SEED_TRANSLATIONS[u.commitmentSlug]!.ru.title);
    for (const c of [...summary.upcoming, ...summary.overdue]) expect(c.titleLocale).toBe('ru');
    const featured = await q.getFeaturedTarget({ asOf: ASOF, locale: 'kk' });
    expect(featured?.commitment.title).toBe(SEED_TRANSLATIONS[featured!.commitment.slug]!.kk.title);
    expect(featured?.target.metric.nameLocale).toBe('kk');
    const source = await q.getSourceBySlug({ slug: dataset.commitments[0]!.source, locale: 'kk' });
    expect(source?.commitments.length).toBeGreaterThan(0);
    for (const c of source!.commitments) expect(c.title).toBe(SEED_TRANSLATIONS[c.slug]!.kk.title);
    const report = await q.listCommitmentsForReport({ locale: 'ru' });
    expect(report.map((r) => r.titleLocale)).toEqual(report.map(() => 'ru'));
  });

  it('find commitments by their Russian or Kazakh words, in any case, and not in English', async () => {
    const railways = (rows: { slug: string }[]) => rows.map((r) => r.slug).sort();
    const ru = await q.listCommitments({ filters: filters({ q: 'ЖЕЛЕЗНАЯ ДОРОГА' }), asOf: ASOF, locale: 'ru' });
    expect(railways(ru.rows)).toEqual([...RAILWAYS].sort());
    expect(ru.total).toBe(3);
    const kk = await q.listCommitments({ filters: filters({ q: 'темір жолы' }), asOf: ASOF, locale: 'kk' });
    expect(railways(kk.rows)).toEqual([...RAILWAYS].sort());
    const en = await q.listCommitments({ filters: filters({ q: 'железная' }), asOf: ASOF });
    expect(en.total).toBe(0);
    // Latin names typed on a Russian page still find the English text.
    const latin = await q.listCommitments({ filters: filters({ q: 'railway' }), asOf: ASOF, locale: 'ru' });
    expect(latin.total).toBe(3);
  });

  it('match ё and е alike', async () => {
    const slugWithE = Object.entries(SEED_TRANSLATIONS).find(([, t]) => /объем/i.test(t.ru.title))?.[0];
    expect(slugWithE).toBeDefined();
    const { rows } = await q.listCommitments({ filters: filters({ q: 'ОБЪЁМА' }), asOf: ASOF, locale: 'ru' });
    expect(rows.map((r) => r.slug)).toContain(slugWithE);
  });

  it('sort by title in the language’s alphabetical order, across pages', async () => {
    for (const locale of TRANSLATION_LOCALES) {
      const titles = await allTitles(locale, { sort: 'title' });
      expect(titles).toHaveLength(dataset.commitments.length);
      // Titles opening with a letter, compared with the platform's collator for the language
      // (digits and quotation marks are ordered by code point, which collators treat differently).
      const lettered = titles.filter((title) => /^\p{L}/u.test(title));
      expect(lettered).toEqual([...lettered].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare));
    }
    // The Kazakh order differs from a code-point order: Ә, Қ, Ө, Ұ sit inside the alphabet.
    const kk = (await allTitles('kk', { sort: 'title' })).filter((title) => /^\p{L}/u.test(title));
    expect(kk).not.toEqual([...kk].sort());
  });
});

describe('saveCommitmentTranslations', () => {
  it('removes a translation when its title is emptied: the English is read, flagged as a fallback', async () => {
    const c = await commitmentRow(RAILWAYS[0]!);
    const kept = SEED_TRANSLATIONS[RAILWAYS[0]!]!.kk;
    const saved = await m.saveCommitmentTranslations(t.db, { actor, input: translationsInput(c, { kk: kept }) });
    expect(saved.changed).toEqual(['title (ru)', 'summary (ru)']);
    expect(saved.version).toBe(c.version + 1);

    const ru = await q.getCommitmentBySlug({ slug: RAILWAYS[0]!, asOf: ASOF, locale: 'ru' });
    expect(ru?.title).toBe(dataset.commitments.find((d) => d.slug === RAILWAYS[0])!.title);
    expect([ru?.titleLocale, ru?.summaryLocale]).toEqual(['en', 'en']);
    const kk = await q.getCommitmentBySlug({ slug: RAILWAYS[0]!, asOf: ASOF, locale: 'kk' });
    expect([kk?.title, kk?.titleLocale]).toEqual([kept.title, 'kk']);
    // Search and the title order still find the row through its English text.
    const found = await q.listCommitments({ filters: filters({ q: 'dostyk' }), asOf: ASOF, locale: 'ru' });
    expect(found.rows.map((r) => [r.slug, r.titleLocale])).toEqual([[RAILWAYS[0], 'en']]);
    expect(await allTitles('ru', { sort: 'title' })).toContain(ru?.title);
  });

  it('stores a title without a summary: the summary falls back on its own', async () => {
    const c = await commitmentRow(RAILWAYS[1]!);
    await m.saveCommitmentTranslations(t.db, {
      actor,
      input: translationsInput(c, { ru: SEED_TRANSLATIONS[RAILWAYS[1]!]!.ru, kk: { title: 'Бақты – Аягөз жаңа темір жолы' } }),
    });
    const kk = await q.getCommitmentBySlug({ slug: RAILWAYS[1]!, asOf: ASOF, locale: 'kk' });
    expect(kk?.title).toBe('Бақты – Аягөз жаңа темір жолы');
    expect([kk?.titleLocale, kk?.summaryLocale]).toEqual(['kk', 'en']);
    expect(kk?.summary).toBe(dataset.commitments.find((d) => d.slug === RAILWAYS[1])!.summary);
    // The search text follows the new title.
    const found = await q.listCommitments({ filters: filters({ q: 'ЖАҢА ТЕМІР' }), asOf: ASOF, locale: 'kk' });
    expect(found.rows.map((r) => r.slug)).toEqual([RAILWAYS[1]]);
  });

  it('records who changed what in the audit log, with the new version', async () => {
    const c = await commitmentRow(TRADE);
    const ru = { title: 'Довести взаимную торговлю до 15 млрд долларов', summary: SEED_TRANSLATIONS[TRADE]!.ru.summary };
    const saved = await m.saveCommitmentTranslations(t.db, { actor, input: translationsInput(c, { ru, kk: SEED_TRANSLATIONS[TRADE]!.kk }) });
    const [event] = await t.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'commitment'), eq(auditEvents.entityId, c.id), eq(auditEvents.action, 'edit-translations')));
    expect(event).toEqual({
      action: 'edit-translations',
      actorId: actor.id,
      details: { version: saved.version, slug: TRADE, fields: ['title (ru)'] },
    });
    const [row] = await t.db
      .select({ updatedBy: commitmentTranslations.updatedBy })
      .from(commitmentTranslations)
      .where(and(eq(commitmentTranslations.commitmentId, c.id), eq(commitmentTranslations.locale, 'ru')));
    expect(row?.updatedBy).toBe(actor.id);
  });

  it('refuses a save from a form opened at an older version and writes nothing', async () => {
    const c = await commitmentRow(RAILWAYS[2]!);
    const stale = { ...c, version: c.version - 1 };
    const before = await t.count(commitmentTranslations);
    const error = await m
      .saveCommitmentTranslations(t.db, {
        actor,
        input: translationsInput(stale, { ru: { title: 'Другое название' }, kk: SEED_TRANSLATIONS[RAILWAYS[2]!]!.kk }),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(m.ConflictError);
    expect(error).toMatchObject({ entity: 'commitment', entityId: c.id, expectedVersion: c.version - 1, currentVersion: c.version });
    expect(await t.count(commitmentTranslations)).toBe(before);
    const ru = await q.getCommitmentBySlug({ slug: RAILWAYS[2]!, asOf: ASOF, locale: 'ru' });
    expect(ru?.title).toBe(SEED_TRANSLATIONS[RAILWAYS[2]!]!.ru.title);
    expect((await commitmentRow(RAILWAYS[2]!)).version).toBe(c.version);
  });

  it('claims no version when nothing changed, so an unchanged stale form does not conflict', async () => {
    const c = await commitmentRow(RAILWAYS[2]!);
    const same = SEED_TRANSLATIONS[RAILWAYS[2]!]!;
    const saved = await m.saveCommitmentTranslations(t.db, { actor, input: translationsInput({ ...c, version: c.version - 1 }, same) });
    expect(saved).toEqual({ slug: RAILWAYS[2], version: c.version, changed: [] });
  });

  it('refuses an unknown commitment with a field error', async () => {
    const error = await m
      .saveCommitmentTranslations(t.db, { actor, input: translationsInput({ id: 987_654, version: 1 }, { ru: { title: 'Нет' } }) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(m.InputError);
    expect((error as InstanceType<typeof m.InputError>).fieldErrors).toEqual({ commitmentId: ['This commitment no longer exists.'] });
  });
});

describe('commitmentTranslationsSchema', () => {
  const form = (values: Record<string, string>) => commitmentTranslationsSchema.safeParse({ commitmentId: '3', expectedVersion: '2', ...values });
  const errors = (values: Record<string, string>) => {
    const result = form(values);
    if (result.success) throw new Error('expected the form to be refused');
    return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('reads empty fields as "no translation" and trims the rest', () => {
    const result = form({ ruTitle: '  Заголовок ', ruSummary: '', kkTitle: '', kkSummary: '   ' });
    expect(result.success && result.data).toEqual({
      commitmentId: 3,
      expectedVersion: 2,
      texts: { ru: { title: 'Заголовок', summary: undefined }, kk: { title: undefined, summary: undefined } },
    });
  });

  it('needs a title beside a summary, naming the language', () => {
    expect(errors({ kkSummary: 'Қысқаша' })).toEqual({ kkTitle: 'A Kazakh summary needs a Kazakh title: add the title, or empty the summary.' });
  });

  it('refuses text of invisible characters and over-long text, field by field', () => {
    expect(errors({ ruTitle: '\u200b\u200e', kkTitle: 'қ'.repeat(201), kkSummary: 'ә'.repeat(2001) })).toEqual({
      ruTitle: 'Russian title holds only invisible characters; leave it empty to show the English text instead.',
      kkTitle: 'Kazakh title must be at most 200 characters.',
      kkSummary: 'Kazakh summary must be at most 2000 characters.',
    });
  });

  it('refuses a missing version', () => {
    expect(Object.keys(errors({ expectedVersion: '' }))).toEqual(['expectedVersion']);
  });
});

describe('query plans of the translated reads', () => {
  it('look translations up by key and never scan status_updates or observations', async () => {
    const client = await t.client.getClient();
    const execute = client.execute.bind(client) as (stmt: InStatement) => ReturnType<typeof client.execute>;
    const statements: { sql: string; args: unknown[] }[] = [];
    client.execute = ((stmt: InStatement) => {
      if (typeof stmt !== 'string') statements.push({ sql: stmt.sql, args: Array.isArray(stmt.args) ? stmt.args : [] });
      return execute(stmt);
    }) as typeof client.execute;
    try {
      for (const locale of TRANSLATION_LOCALES) {
        for (const sort of ['deadline', 'progress', 'title'] as const) {
          await q.listCommitments({ filters: filters({ sort, q: 'дорог' }), asOf: ASOF, locale });
          await q.listCommitments({ filters: filters({ sort, category: 'transport', page: 2 }), asOf: ASOF, locale });
        }
        await q.getDashboardSummary({ asOf: ASOF, locale });
        await q.getFeaturedTarget({ asOf: ASOF, locale });
        await q.getCommitmentBySlug({ slug: 'it-exports-1bn-by-2026', asOf: ASOF, locale });
        await q.getSourceBySlug({ slug: dataset.commitments[0]!.source, locale });
        await q.listCommitmentsForReport({ locale });
        await q.listChangesBetween({ after: '2024-01-01T00:00:00.000Z', locale });
      }
    } finally {
      client.execute = execute as typeof client.execute;
    }
    const translated = statements.filter((s) => /commitment_translations|metric_translations/.test(s.sql));
    expect(translated.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const s of translated) {
      const plan = await client.execute({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args as never });
      for (const row of plan.rows) {
        const detail = String(row.detail);
        if (
          /^SCAN (status_updates|observations|commitment_translations|metric_translations)\b/.test(detail) &&
          !/USING (COVERING )?INDEX/.test(detail)
        ) {
          problems.push(`${detail}\n    ${s.sql}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
