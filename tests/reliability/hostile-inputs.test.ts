import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseObservationsCsv } from '../../lib/csv-observations';
import { CATEGORIES, VERDICTS } from '../../lib/domain';
import {
  changePasswordSchema,
  changeRoleSchema,
  commitmentSchema,
  commitmentTranslationsSchema,
  csvImportSchema,
  inviteUserSchema,
  metricSchema,
  observationSchema,
  plannedDateSchema,
  preferObservationSchema,
  secondFactorSchema,
  setDisabledSchema,
  signInSchema,
  sourceSchema,
  statusUpdateSchema,
  targetRevisionSchema,
  totpCodeSchema,
  userIdSchema,
  archiveIdSchema,
  workspaceLocaleSchema,
} from '../../lib/validation';
import { rejectSuggestionSchema, suggestionIdSchema } from '../../lib/suggestions';
import type { Fields } from './action-client';
import { actionCases, BROKEN_CSV, csvFor, enumJunk, queryCases, type ActionCase, type Category, type Known } from './hostile-inputs';

const known: Known = {
  today: '2025-06-01',
  staged: { id: 12, version: 3, stage: 'planned', foreignStage: 'ratified' },
  target: { id: 1, version: 2 },
  foreignUpdateId: 40,
  sourceId: 2,
  sourceSlug: 'akorda-speech',
  sourcePublishedOn: '2023-09-14',
  commitmentSlug: 'aktau-container-hub',
  metricId: 1,
  metricSlug: 'intra-regional-trade',
  observationId: 5,
  adminId: 1,
  editorId: 2,
  editor: { email: 'editor@example.org', password: 'editor-password-123' },
  adminEmail: 'admin@example.org',
  missingId: 987_654,
};

/** The form as the action wrapper reads it (lib/server/editor-action.ts formValues). */
function formValues(fields: Fields): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(fields.map(([n]) => n))) {
    const all = fields
      .filter(([n]) => n === key)
      .map(([, v]) => v)
      .filter((v): v is string => typeof v === 'string');
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    values[name] = key.endsWith('[]') || all.length > 1 ? all : (all[0] ?? '');
  }
  return values;
}

const asArray = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Each action's schema and the reshaping its action applies before validating (app/(workspace)/editor/actions.ts). */
const schemas: Record<string, (values: Record<string, string | string[]>) => z.ZodSafeParseResult<unknown>> = {
  logStatusUpdate: (v) => {
    const urls = asArray(v.evidenceUrl);
    const titles = asArray(v.evidenceTitle);
    const evidence = urls.map((url, i) => ({ url: url.trim(), title: (titles[i] ?? '').trim() })).filter((e) => e.url !== '' || e.title !== '');
    return statusUpdateSchema(known.today).safeParse({ ...v, evidence });
  },
  recordTargetRevision: (v) => targetRevisionSchema.safeParse(v),
  recordPlannedDate: (v) => plannedDateSchema(known.today).safeParse(v),
  saveMetricAction: (v) => metricSchema.safeParse(v),
  addObservationAction: (v) => observationSchema.safeParse(v),
  preferObservationAction: (v) => preferObservationSchema.safeParse(v),
  importCsvAction: (v) => csvImportSchema.safeParse(v),
  saveCommitmentAction: (v) => commitmentSchema.safeParse({ ...v, countries: asArray(v.countries) }),
  saveCommitmentTranslationsAction: (v) => commitmentTranslationsSchema.safeParse(v),
  saveSourceAction: (v) => sourceSchema.safeParse(v),
  inviteUserAction: (v) => inviteUserSchema.safeParse(v),
  changeRoleAction: (v) => changeRoleSchema.safeParse(v),
  changePasswordAction: (v) => changePasswordSchema.safeParse(v),
  setDisabledAction: (v) => setDisabledSchema.safeParse(v),
  // signInAction reads single values with formData.get: the first one, a file as text.
  signInAction: (v) => signInSchema.safeParse({ email: asArray(v.email)[0] ?? '', password: asArray(v.password)[0] ?? '' }),
  resetPasswordAction: (v) => userIdSchema.safeParse(v),
  resetSecondFactorAction: (v) => userIdSchema.safeParse(v),
  recheckArchiveAction: (v) => archiveIdSchema.safeParse(v),
  setWorkspaceLanguageAction: (v) => workspaceLocaleSchema.safeParse(v),
  rejectSuggestionAction: (v) => rejectSuggestionSchema.safeParse(v),
  purgeSuggestionAction: (v) => suggestionIdSchema.safeParse(v),
  // app/(workspace)/editor/security/actions.ts and sign-in/actions.ts
  startSecondFactorSetupAction: (v) => z.object({}).safeParse(v),
  confirmSecondFactorAction: (v) => totpCodeSchema.safeParse(v),
  replaceRecoveryCodesAction: (v) => totpCodeSchema.safeParse(v),
  turnOffSecondFactorAction: (v) => totpCodeSchema.safeParse(v),
  verifySecondFactorAction: (v) => secondFactorSchema.safeParse(v),
};

/** zod's own wording, which tells an editor nothing about our fields. */
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Too (big|small)|Invalid (string|number|email|url|date|format)|Expected |Required$)/;

const cases = actionCases(known);
const checkable = (c: ActionCase) => (c.root === undefined && c.actionId === undefined && c.account !== 'anonymous') || c.action === 'signInAction';

describe('the bad-input corpus', () => {
  it('holds well over a thousand inputs, across every category', () => {
    const queries = queryCases(known);
    expect(cases.length + queries.length).toBeGreaterThanOrEqual(1000);
    const categories = new Set<Category>([...cases, ...queries].map((c) => c.category));
    for (const category of [
      'wrong-type',
      'missing-field',
      'huge-string',
      'bad-date',
      'markup',
      'sql',
      'unicode',
      'unknown-id',
      'bad-number',
      'bad-enum',
      'bad-slug',
      'bad-url',
      'bad-email',
      'broken-csv',
      'stale-version',
      'business-rule',
      'access',
      'open-redirect',
    ] satisfies Category[]) {
      expect(categories, category).toContain(category);
    }
  });

  it('is the same every time (a failure can be replayed)', () => {
    expect(JSON.stringify(actionCases(known))).toBe(JSON.stringify(cases));
  });

  it('covers every exported server action in the app', () => {
    const app = path.resolve(import.meta.dirname, '../../app');
    const files = readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'actions.ts');
    expect(files.length).toBeGreaterThanOrEqual(2);
    const exported = files.flatMap((file) =>
      [...readFileSync(path.join(app, file), 'utf8').matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1]!),
    );
    expect(exported).toContain('logStatusUpdate');
    const covered = new Set(cases.map((c) => c.action));
    for (const name of exported) expect(covered, `no bad input for ${name}`).toContain(name);
  });

  it('gives every refusal by a schema a message of our own, never zod’s default wording', () => {
    const unclear: string[] = [];
    const accepted: string[] = [];
    let checked = 0;
    for (const c of cases.filter((c) => c.layer === 'schema' && checkable(c))) {
      const check = schemas[c.action];
      if (!check) continue;
      const result = check(formValues(c.fields));
      if (result.success) accepted.push(c.label);
      checked++;
      for (const issue of result.error?.issues ?? []) {
        if (!issue.message.trim() || ZOD_DEFAULT.test(issue.message)) unclear.push(`${c.label} → ${issue.path.join('.')}: ${issue.message}`);
      }
    }
    expect(checked).toBeGreaterThan(600);
    expect(accepted, 'accepted by the schema').toEqual([]);
    expect(unclear).toEqual([]);
  });

  it('sends the database-layer cases through the schema, so the hostile text reaches the mutation', () => {
    let checked = 0;
    const refused: string[] = [];
    for (const c of cases.filter((c) => (c.layer === 'database' || c.layer === 'sign-in') && checkable(c))) {
      const check = schemas[c.action];
      if (!check) continue;
      const result = check(formValues(c.fields));
      if (!result.success) refused.push(`${c.label}: ${result.error.issues.map((i) => i.message).join(' ')}`);
      checked++;
    }
    expect(refused, 'refused before reaching the database').toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('has a schema for every action it sends forms to', () => {
    const formless = new Set(['snapshotNowAction', 'signOutAction']);
    expect([...new Set(cases.map((c) => c.action))].filter((a) => !formless.has(a) && !schemas[a])).toEqual([]);
  });

  // reliability.spec.ts compares every table before and after the corpus, and its later cases
  // need the admin's session: a security case that succeeded would change both.
  it('sends the security actions only forms that must be refused, by callers who leave no trace', () => {
    const accepts = (c: ActionCase) => c.root === undefined && schemas[c.action]!(formValues(c.fields)).success;
    const userId = (c: ActionCase) => Number(formValues(c.fields).userId);
    const security = cases.filter((c) => /SecondFactor|RecoveryCodes|resetPassword/.test(c.action));
    const count = (action: string) => security.filter((c) => c.action === action).length;
    for (const action of [
      'resetPasswordAction',
      'resetSecondFactorAction',
      'startSecondFactorSetupAction',
      'confirmSecondFactorAction',
      'replaceRecoveryCodesAction',
      'turnOffSecondFactorAction',
      'verifySecondFactorAction',
    ]) {
      expect(count(action), action).toBeGreaterThanOrEqual(20);
    }
    for (const c of security) {
      if (c.account === 'anonymous') {
        expect(c.expect, c.label).toEqual({ kind: 'status', status: 401 });
        continue;
      }
      if (c.expect.kind === 'status') {
        expect(c.expect.status, c.label).toBe(403);
        // Refused by the access policy: the session owes nothing, or the caller is not an admin.
        expect(c.action === 'verifySecondFactorAction' || (c.account === 'editor' && c.action.startsWith('reset')), c.label).toBe(true);
        continue;
      }
      expect(c.expect, c.label).toEqual({ kind: 'rejected' });
      expect(c.action, `${c.label}: a signed-in session owing nothing never reaches this action`).not.toBe('verifySecondFactorAction');
      if (!accepts(c)) continue;
      switch (c.action) {
        case 'resetPasswordAction':
          // Any real account would get a new password.
          expect(userId(c), c.label).toBeGreaterThanOrEqual(known.missingId);
          break;
        case 'resetSecondFactorAction':
          // Only the admin has a factor, and it is their own.
          expect(userId(c) >= known.missingId || userId(c) === known.editorId || userId(c) === known.adminId, c.label).toBe(true);
          break;
        case 'startSecondFactorSetupAction':
          // From the editor it would store a new secret.
          expect(c.account, c.label).toBe('admin');
          break;
        case 'replaceRecoveryCodesAction':
          // The admin's code is checked, and a guess can be right.
          expect(c.account, c.label).toBe('editor');
          break;
      }
    }
  });

  it('only holds CSV files the importer refuses, each for a stated reason', () => {
    const knownSourceSlugs = new Set([known.sourceSlug]);
    for (const { label, csv } of BROKEN_CSV) {
      const parsed = parseObservationsCsv(csvFor(csv, known.sourceSlug), { knownSourceSlugs });
      const reasons = [parsed.fileError, ...parsed.rows.flatMap((r) => r.errors)].filter(Boolean);
      expect(parsed.valid && !parsed.fileError, `${label} was accepted`).toBe(false);
      expect(reasons.length, label).toBeGreaterThan(0);
    }
  });

  it('makes look-alike enum values that are never the real ones', () => {
    for (const allowed of [VERDICTS, CATEGORIES, ['up', 'down'], ['true', 'false']] as const) {
      const junk = enumJunk(allowed);
      expect(junk.length).toBeGreaterThanOrEqual(12);
      for (const value of junk) expect(allowed as readonly string[]).not.toContain(value);
    }
    // The first letter with a Cyrillic twin is swapped: Latin p for Cyrillic р (U+0440).
    expect(enumJunk(['in-progress'])).toContain('in-\u0440rogress');
  });

  it('asks the public pages about every list filter, and about unknown addresses', () => {
    const queries = queryCases(known);
    for (const param of ['category', 'status', 'kind', 'country', 'sort', 'page', 'q']) {
      expect(
        queries.some((q) => q.path.startsWith(`/commitments?${param}=`) && q.expect === 'notice'),
        param,
      ).toBe(true);
    }
    expect(queries.filter((q) => q.expect === 'not-found').length).toBeGreaterThan(30);
  });
});
