import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { inLocale, SERVER_TEXT_CATALOGUES, type ServerTextLocale } from './server-text';
import {
  attachmentSchema,
  changePasswordSchema,
  changeRoleSchema,
  commitmentSchema,
  csvImportSchema,
  emailSchema,
  directionMessage,
  httpUrl,
  inviteUserSchema,
  isoDate,
  metricSchema,
  observationSchema,
  plannedDateSchema,
  preferObservationSchema,
  setDisabledSchema,
  signInSchema,
  slugSchema,
  sourceSchema,
  statusUpdateSchema,
  targetRevisionSchema,
} from './validation';

// Every editor form posts strings; these tests pin down what each schema turns them
// into, and which message lands on which field when the input is wrong.

const TODAY = '2025-06-15';

type Issue = { path: string; message: string };

/** Parses and returns the issues as 'a.b.0' paths with their messages (fails if parsing succeeds). */
function issuesOf(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)?.slice(0, 200)} to be rejected`).toBe(false);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Messages reported on one path. */
function messagesAt(schema: z.ZodType, input: unknown, path: string): string[] {
  return issuesOf(schema, input)
    .filter((i) => i.path === path)
    .map((i) => i.message);
}

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new Error(`expected success, got ${JSON.stringify(result.error.issues.map((i) => [i.path.join('.'), i.message]))}`);
  }
  return result.data;
}

// ---------------------------------------------------------------------------- statusUpdateSchema

describe('statusUpdateSchema', () => {
  const schema = statusUpdateSchema(TODAY);
  const valid = {
    commitmentId: '3',
    expectedVersion: '2',
    asOf: '2025-06-01',
    verdict: 'in-progress',
    stage: 'planned',
    value: '',
    note: '  Works started.  ',
    sourceId: '7',
    correctsId: '',
    evidence: [{ url: ' https://example.org/news ', title: ' Report ' }],
  };

  it('coerces ids, trims text and drops empty optional fields; an update by default, with no figure', () => {
    expect(parsed(schema, valid)).toEqual({
      commitmentId: 3,
      expectedVersion: 2,
      entryType: 'update',
      asOf: '2025-06-01',
      verdict: 'in-progress',
      stage: 'planned',
      figureValue: undefined,
      figurePeriod: undefined,
      figureQualifier: undefined,
      note: 'Works started.',
      sourceId: 7,
      correctsId: undefined,
      confirmDate: false,
      evidence: [{ url: 'https://example.org/news', title: 'Report' }],
      figure: null,
    });
    expect(parsed(schema, { ...valid, entryType: '' }).entryType).toBe('update');
  });

  it("turns an empty stage into undefined, and defaults evidence to [] and a missing note to ''", () => {
    const { evidence: _evidence, note: _note, ...rest } = valid;
    const out = parsed(schema, { ...rest, stage: '   ', correctsId: '12' });
    expect(out.stage).toBeUndefined();
    expect(out.evidence).toEqual([]);
    expect(out.note).toBe('');
    expect(out.correctsId).toBe(12);
  });

  it('reads the confirmDate checkbox', () => {
    expect(parsed(schema, { ...valid, confirmDate: 'on' }).confirmDate).toBe(true);
    expect(parsed(schema, { ...valid, confirmDate: 'true' }).confirmDate).toBe(true);
    expect(parsed(schema, { ...valid, confirmDate: 'off' }).confirmDate).toBe(false);
    expect(parsed(schema, valid).confirmDate).toBe(false);
  });

  it('an update needs a verdict; an unknown entry type is refused', () => {
    expect(messagesAt(schema, { ...valid, verdict: '' }, 'verdict')).toEqual(['Choose a verdict.']);
    expect(messagesAt(schema, { ...valid, entryType: 'comment' }, 'entryType')).toEqual(['Choose an update or a review.']);
  });

  it('a figure with its period and source: upper-cased period, its end, exactness defaulting to exact', () => {
    const out = parsed(schema, { ...valid, figureValue: ' 11.2 ', figurePeriod: ' 2025-q2 ' });
    expect(out.figure).toEqual({ value: 11.2, period: '2025-Q2', periodEnd: '2025-06-30', qualifier: 'exact' });
    const preliminary = parsed(schema, { ...valid, figureValue: '15.2', figurePeriod: '2025-01..09', figureQualifier: 'preliminary' });
    expect(preliminary.figure).toEqual({ value: 15.2, period: '2025-01..09', periodEnd: '2025-09-30', qualifier: 'preliminary' });
    expect(parsed(schema, { ...valid, figureValue: '-12.75', figurePeriod: '2024' }).figure?.value).toBe(-12.75);
  });

  it('a figure needs a period and a source', () => {
    expect(issuesOf(schema, { ...valid, figureValue: '11.2', sourceId: '' })).toEqual([
      { path: 'figurePeriod', message: 'Say which period the figure is for (e.g. 2024).' },
      { path: 'sourceId', message: 'A figure needs the source that reports it: choose one.' },
    ]);
  });

  it('a period without a figure is refused on the figure', () => {
    expect(issuesOf(schema, { ...valid, figurePeriod: '2024' })).toEqual([
      { path: 'figureValue', message: 'Give the figure for this period, or empty the period.' },
    ]);
  });

  it('refuses a figure period that is not a period, and an unknown exactness', () => {
    expect(messagesAt(schema, { ...valid, figureValue: '1', figurePeriod: '2024-H3' }, 'figurePeriod')).toEqual([
      'Period of the figure must be a year (2024), a half (2024-H1), a quarter (2024-Q2), a month (2024-06), months of one year (2024-01..09) or a date (2024-06-30).',
    ]);
    expect(messagesAt(schema, { ...valid, figureValue: '1', figurePeriod: '2024', figureQualifier: 'roughly' }, 'figureQualifier')).toEqual([
      'Choose how exact the figure is.',
    ]);
  });

  describe('a review (nothing new found)', () => {
    const review = {
      commitmentId: '3',
      expectedVersion: '2',
      entryType: 'review',
      asOf: '2025-06-01',
      note: 'Searched the ministry site: nothing new.',
    };

    it('needs no verdict, stage or figure', () => {
      const out = parsed(schema, review);
      expect(out).toMatchObject({ entryType: 'review', figure: null, note: 'Searched the ministry site: nothing new.' });
      expect(out.verdict).toBeUndefined();
      expect(out.stage).toBeUndefined();
    });

    it('needs a note saying what was looked at', () => {
      expect(issuesOf(schema, { ...review, note: '  ' })).toEqual([
        { path: 'note', message: 'Say in the note what you looked at and found (e.g. which sites and terms you searched).' },
      ]);
    });

    it('refuses a figure and a stage', () => {
      const issues = issuesOf(schema, { ...review, figureValue: '11.2', figurePeriod: '2024', sourceId: '7', stage: 'planned' });
      expect(issues).toEqual(
        expect.arrayContaining([
          { path: 'figureValue', message: 'A review records that nothing changed; log an update to add a figure.' },
          { path: 'stage', message: 'A review records that nothing changed; log an update to change the stage.' },
        ]),
      );
      expect(issues).toHaveLength(2);
    });
  });

  it('accepts today as the as-of date', () => {
    expect(parsed(schema, { ...valid, asOf: TODAY }).asOf).toBe(TODAY);
  });

  it('rejects an as-of date in the future, on asOf', () => {
    expect(issuesOf(schema, { ...valid, asOf: '2025-06-16' })).toEqual([{ path: 'asOf', message: 'As-of date cannot be in the future.' }]);
  });

  it('rejects a date that does not exist or is badly written, on asOf', () => {
    for (const asOf of ['2023-02-30', '2023-13-01', '15/06/2025', '2025-6-1']) {
      expect(messagesAt(schema, { ...valid, asOf }, 'asOf'), asOf).toContain('As-of date must be a real date written as YYYY-MM-DD.');
    }
  });

  it('rejects a missing or blank as-of date with "required"', () => {
    const { asOf: _asOf, ...withoutAsOf } = valid;
    expect(messagesAt(schema, withoutAsOf, 'asOf')).toEqual(['As-of date is required.']);
    expect(messagesAt(schema, { ...valid, asOf: '  ' }, 'asOf')).toContain('As-of date is required.');
  });

  it('rejects dates outside 1900–2100', () => {
    expect(messagesAt(schema, { ...valid, asOf: '1899-12-31' }, 'asOf')).toEqual(['As-of date must be between 1900 and 2100.']);
  });

  it('rejects an unknown verdict and stage with the list messages', () => {
    expect(messagesAt(schema, { ...valid, verdict: 'done' }, 'verdict')).toEqual(['Choose a verdict.']);
    expect(messagesAt(schema, { ...valid, verdict: undefined }, 'verdict')).toEqual(['Choose a verdict.']);
    expect(messagesAt(schema, { ...valid, stage: 'finished' }, 'stage')).toEqual(['Choose a stage from the list.']);
  });

  it('rejects an evidence link that is not http(s), on evidence.<i>.url', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/file', 'example.org', 'data:text/html,hi']) {
      const issues = issuesOf(schema, {
        ...valid,
        evidence: [
          { url: 'https://ok.example/', title: 'ok' },
          { url, title: 'bad' },
        ],
      });
      expect(issues, url).toEqual([
        { path: 'evidence.1.url', message: 'Evidence link must be a full web address starting with http:// or https://.' },
      ]);
    }
    expect(issuesOf(schema, { ...valid, evidence: [{ url: 'javascript:alert(1)', title: 'x' }] })).toEqual([
      { path: 'evidence.0.url', message: 'Evidence link must be a full web address starting with http:// or https://.' },
    ]);
  });

  it('requires an evidence title and allows at most 10 links', () => {
    expect(messagesAt(schema, { ...valid, evidence: [{ url: 'https://a.example/', title: ' ' }] }, 'evidence.0.title')).toEqual([
      'Evidence title is required.',
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ url: `https://a.example/${i}`, title: `t${i}` }));
    expect(messagesAt(schema, { ...valid, evidence: eleven }, 'evidence')).toEqual(['At most 10 evidence links.']);
    const ten = eleven.slice(0, 10);
    expect(parsed(schema, { ...valid, evidence: ten }).evidence).toHaveLength(10);
  });

  it('rejects a figure with thousands separators or units as not a plain number', () => {
    const message = 'Figure must be a plain number such as 1234.5 (no spaces or thousands separators).';
    for (const figureValue of ['1,234', '1 234', '12bn', '1e3', '.5', 'abc']) {
      expect(issuesOf(schema, { ...valid, figureValue, figurePeriod: '2024' }), figureValue).toEqual([{ path: 'figureValue', message }]);
    }
  });

  it('rejects a 5001-character note and accepts 5000', () => {
    expect(issuesOf(schema, { ...valid, note: 'x'.repeat(5001) })).toEqual([{ path: 'note', message: 'Note must be at most 5000 characters.' }]);
    expect(parsed(schema, { ...valid, note: 'x'.repeat(5000) }).note).toHaveLength(5000);
  });

  it('rejects ids that are not positive whole numbers', () => {
    expect(messagesAt(schema, { ...valid, commitmentId: '0' }, 'commitmentId')).toEqual(['Commitment is not valid.']);
    expect(messagesAt(schema, { ...valid, commitmentId: '1.5' }, 'commitmentId')).toEqual(['Commitment is not valid.']);
    expect(messagesAt(schema, { ...valid, expectedVersion: '-1' }, 'expectedVersion')).toEqual(['Version is not valid.']);
    expect(messagesAt(schema, { ...valid, sourceId: 'abc' }, 'sourceId').length).toBeGreaterThan(0);
    expect(messagesAt(schema, { ...valid, correctsId: '0' }, 'correctsId')).toEqual(['Corrected entry is not valid.']);
  });
});

// --------------------------------------------------------------------------- observationSchema

describe('observationSchema', () => {
  const valid = {
    metricId: '1',
    period: ' 2024-q2 ',
    value: '11.2',
    qualifier: 'at-least',
    sourceId: '4',
    note: '',
    preferred: 'on',
  };

  it('upper-cases the period and adds its last day', () => {
    expect(parsed(observationSchema, valid)).toEqual({
      metricId: 1,
      period: '2024-Q2',
      periodEnd: '2024-06-30',
      value: 11.2,
      qualifier: 'at-least',
      sourceId: 4,
      note: undefined,
      preferred: true,
      derived: false,
    });
  });

  it.each([
    ['2023', '2023-12-31'],
    ['2024-02', '2024-02-29'],
    ['2024-06-30', '2024-06-30'],
    ['2024-q4', '2024-12-31'],
  ])('period %s ends on %s', (period, end) => {
    expect(parsed(observationSchema, { ...valid, period }).periodEnd).toBe(end);
  });

  it('defaults the qualifier to exact and reads checkboxes', () => {
    const { qualifier: _q, preferred: _p, ...rest } = valid;
    const out = parsed(observationSchema, { ...rest, derived: 'true' });
    expect(out.qualifier).toBe('exact');
    expect(out.preferred).toBe(false);
    expect(out.derived).toBe(true);
    expect(parsed(observationSchema, { ...valid, preferred: 'off' }).preferred).toBe(false);
  });

  it('accepts halves and runs of months', () => {
    expect(parsed(observationSchema, { ...valid, period: '2024-h2' })).toMatchObject({ period: '2024-H2', periodEnd: '2024-12-31' });
    expect(parsed(observationSchema, { ...valid, period: '2026-01..09' })).toMatchObject({ period: '2026-01..09', periodEnd: '2026-09-30' });
  });

  it('rejects a period that is not a year, half, quarter, month, run of months or date', () => {
    const message =
      'Period must be a year (2024), a half (2024-H1), a quarter (2024-Q2), a month (2024-06), months of one year (2024-01..09) or a date (2024-06-30).';
    for (const period of ['2024-Q5', '2024-13', '2023-02-30', 'last year', '24', '2024-H3', '2024-09..01']) {
      expect(issuesOf(observationSchema, { ...valid, period }), period).toEqual([{ path: 'period', message }]);
    }
    expect(messagesAt(observationSchema, { ...valid, period: ' ' }, 'period')).toEqual(['Period is required.']);
  });

  it('rejects "1,234" and a blank value', () => {
    expect(issuesOf(observationSchema, { ...valid, value: '1,234' })).toEqual([
      { path: 'value', message: 'Value must be a plain number such as 1234.5 (no spaces or thousands separators).' },
    ]);
    // A blank value also fails the number pattern (zod keeps checking after min(1)); the first message is the useful one.
    expect(messagesAt(observationSchema, { ...valid, value: '' }, 'value')[0]).toBe('Value is required.');
    expect(messagesAt(observationSchema, { ...valid, value: undefined }, 'value')).toEqual(['Value is required.']);
  });

  it('rejects a value out of range', () => {
    expect(messagesAt(observationSchema, { ...valid, value: '1' + '0'.repeat(15) }, 'value')).toEqual(['Value is out of range.']);
  });

  it('requires a source and a known qualifier', () => {
    expect(messagesAt(observationSchema, { ...valid, sourceId: '' }, 'sourceId')).toEqual(['Source is not valid.']);
    expect(messagesAt(observationSchema, { ...valid, qualifier: 'roughly' }, 'qualifier')).toEqual(['Choose how exact the value is.']);
  });

  it('rejects a note over 2000 characters', () => {
    expect(messagesAt(observationSchema, { ...valid, note: 'n'.repeat(2001) }, 'note')).toEqual(['Note must be at most 2000 characters.']);
  });
});

// ------------------------------------------------------------------------ targetRevisionSchema

describe('targetRevisionSchema', () => {
  const base = { commitmentId: '5', expectedVersion: '1', revisedOn: '2024-05-17', sourceId: '2', note: '' };

  it('parses a new target alone, a new deadline alone, or a new deadline with its words', () => {
    expect(parsed(targetRevisionSchema, { ...base, newTargetValue: '20', newDeadlineOn: '' })).toEqual({
      commitmentId: 5,
      expectedVersion: 1,
      revisedOn: '2024-05-17',
      newTargetValue: 20,
      newDeadlineOn: undefined,
      newDeadlineText: undefined,
      newBaselineValue: undefined,
      newBaselineOn: undefined,
      sourceId: 2,
      note: undefined,
    });
    expect(parsed(targetRevisionSchema, { ...base, newDeadlineOn: '2030-12-31' }).newDeadlineOn).toBe('2030-12-31');
    expect(parsed(targetRevisionSchema, { ...base, newDeadlineOn: '2030-12-31', newDeadlineText: ' by 2030 ' }).newDeadlineText).toBe('by 2030');
  });

  it('deadline words need the date they are read as', () => {
    expect(issuesOf(targetRevisionSchema, { ...base, newDeadlineText: ' by 2030 ' })).toEqual([
      { path: 'newDeadlineOn', message: 'Give the date the new deadline words are read as.' },
    ]);
  });

  it('a re-baseline alone is a revision: the new baseline value with its date', () => {
    const out = parsed(targetRevisionSchema, { ...base, newBaselineValue: ' 10.9 ', newBaselineOn: '2022-12-31' });
    expect(out).toMatchObject({ newBaselineValue: 10.9, newBaselineOn: '2022-12-31' });
    expect(out.newTargetValue).toBeUndefined();
    expect(out.newDeadlineOn).toBeUndefined();
  });

  it('the new baseline value and its date go together', () => {
    expect(issuesOf(targetRevisionSchema, { ...base, newBaselineValue: '10.9' })).toEqual([
      { path: 'newBaselineOn', message: 'Give the new baseline value and its date together, or neither.' },
    ]);
    expect(issuesOf(targetRevisionSchema, { ...base, newBaselineOn: '2022-12-31' })).toEqual([
      { path: 'newBaselineValue', message: 'Give the new baseline value and its date together, or neither.' },
    ]);
    expect(messagesAt(targetRevisionSchema, { ...base, newBaselineValue: '10,9', newBaselineOn: '2022-12-31' }, 'newBaselineValue')).toEqual([
      'New baseline must be a plain number such as 1234.5 (no spaces or thousands separators).',
    ]);
  });

  it('with no new target, deadline or baseline, reports on newTargetValue', () => {
    expect(
      issuesOf(targetRevisionSchema, {
        ...base,
        newTargetValue: '',
        newDeadlineOn: '',
        newDeadlineText: ' ',
        newBaselineValue: '',
        newBaselineOn: '',
      }),
    ).toEqual([{ path: 'newTargetValue', message: 'Give a new target, a new deadline, a new baseline, or several of them.' }]);
  });

  it('rejects an impossible new deadline and a non-numeric target', () => {
    expect(messagesAt(targetRevisionSchema, { ...base, newDeadlineOn: '2030-02-30' }, 'newDeadlineOn')).toEqual([
      'New deadline must be a real date written as YYYY-MM-DD.',
    ]);
    expect(messagesAt(targetRevisionSchema, { ...base, newTargetValue: '15 bn' }, 'newTargetValue')).toEqual([
      'New target must be a plain number such as 1234.5 (no spaces or thousands separators).',
    ]);
  });

  it('requires the revision date and source', () => {
    const issues = issuesOf(targetRevisionSchema, { ...base, revisedOn: '', sourceId: undefined, newTargetValue: '1' });
    expect(issues.find((i) => i.path === 'revisedOn')?.message).toBe('Revision date is required.');
    expect(issues.some((i) => i.path === 'sourceId')).toBe(true);
  });
});

// ---------------------------------------------------------------------------- commitmentSchema

describe('commitmentSchema', () => {
  const project = {
    slug: ' aktau-container-hub-2 ',
    title: ' Container hub ',
    summary: 'A hub in Aktau.',
    category: 'transport',
    kind: 'project',
    owner: 'President of Kazakhstan',
    announcedOn: '2023-09-14',
    sourceId: '1',
    quote: 'We will build a hub.',
    countries: ['KZ', 'TM'],
    deadlineText: '',
    deadlineOn: '',
    deadlineNote: '',
    metricId: '',
    direction: '',
    baselineValue: '',
    baselineOn: '',
    targetValue: '',
  };
  const target = {
    ...project,
    slug: 'trade-20bn',
    kind: 'target',
    category: 'trade',
    metricId: '2',
    direction: 'up',
    baselineValue: '10.6',
    baselineOn: '2022-12-31',
    targetValue: '15',
  };

  it('parses a staged commitment, trimming text and dropping empty optional fields', () => {
    const out = parsed(commitmentSchema, project);
    expect(out).toMatchObject({
      slug: 'aktau-container-hub-2',
      title: 'Container hub',
      kind: 'project',
      sourceId: 1,
      countries: ['KZ', 'TM'],
      deadlineInterpreted: false,
    });
    for (const key of ['id', 'expectedVersion', 'deadlineText', 'deadlineOn', 'metricId', 'direction', 'baselineValue', 'targetValue'] as const) {
      expect(out[key], key).toBeUndefined();
    }
  });

  it('parses a numeric target with ids, version and numbers coerced', () => {
    const out = parsed(commitmentSchema, { ...target, id: '9', expectedVersion: '4' });
    expect(out).toMatchObject({
      id: 9,
      expectedVersion: 4,
      kind: 'target',
      metricId: 2,
      direction: 'up',
      baselineValue: 10.6,
      baselineOn: '2022-12-31',
      targetValue: 15,
    });
  });

  it('defaults countries to []', () => {
    const { countries: _c, ...rest } = project;
    expect(parsed(commitmentSchema, rest).countries).toEqual([]);
  });

  it('kind target without a metric or target value: messages on metricId and targetValue', () => {
    const issues = issuesOf(commitmentSchema, { ...target, metricId: '', targetValue: '' });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'metricId', message: 'A numeric target needs the metric that measures it.' },
        { path: 'targetValue', message: 'A numeric target needs a target value, or a multiple of the baseline.' },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it('a baseline given as the figure for a period: upper-cased, and not together with a value or date', () => {
    const out = parsed(commitmentSchema, { ...target, baselineValue: '', baselineOn: '', baselinePeriod: ' 2023-q4 ' });
    expect(out.baselinePeriod).toBe('2023-Q4');
    const message = 'Give the baseline either as a value and date, or as the figure for a period, not both.';
    expect(issuesOf(commitmentSchema, { ...target, baselinePeriod: '2023' })).toEqual([{ path: 'baselinePeriod', message }]);
    expect(issuesOf(commitmentSchema, { ...target, baselineOn: '', baselinePeriod: '2023' })).toEqual([{ path: 'baselinePeriod', message }]);
    expect(messagesAt(commitmentSchema, { ...target, baselineValue: '', baselineOn: '', baselinePeriod: '2023-H3' }, 'baselinePeriod')).toHaveLength(
      1,
    );
  });

  describe('a target given as a multiple of the baseline', () => {
    const fivefold = { ...target, targetValue: '', baselineValue: '', baselineOn: '', baselinePeriod: '2023', targetMultiple: '5' };

    it('is accepted with a baseline period (or a baseline value)', () => {
      expect(parsed(commitmentSchema, fivefold)).toMatchObject({ targetMultiple: 5, targetValue: undefined, baselinePeriod: '2023' });
      expect(parsed(commitmentSchema, { ...target, targetValue: '', targetMultiple: '1.5' }).targetMultiple).toBe(1.5);
    });

    it('not together with a target value', () => {
      expect(issuesOf(commitmentSchema, { ...fivefold, targetValue: '15' })).toEqual([
        { path: 'targetMultiple', message: 'Give either a target value or a multiple of the baseline, not both.' },
      ]);
    });

    it('needs a baseline to multiply', () => {
      expect(issuesOf(commitmentSchema, { ...fivefold, baselinePeriod: '' })).toEqual([
        { path: 'targetMultiple', message: 'A target given as a multiple needs a baseline to multiply.' },
      ]);
    });

    it('must be positive', () => {
      for (const targetMultiple of ['0', '-2']) {
        expect(messagesAt(commitmentSchema, { ...fivefold, targetMultiple }, 'targetMultiple'), targetMultiple).toEqual([
          'The multiple must be a positive number (5 for fivefold).',
        ]);
      }
    });

    it('above 1 for a rising target (the default direction), below 1 for a falling one', () => {
      const rising = 'A rising target needs a multiple above 1 (5 for fivefold); for a fall, set the direction to fall.';
      expect(messagesAt(commitmentSchema, { ...fivefold, targetMultiple: '1' }, 'targetMultiple')).toEqual([rising]);
      expect(messagesAt(commitmentSchema, { ...fivefold, direction: '', targetMultiple: '0.5' }, 'targetMultiple')).toEqual([rising]);
      expect(messagesAt(commitmentSchema, { ...fivefold, direction: 'down', targetMultiple: '2' }, 'targetMultiple')).toEqual([
        'A falling target needs a multiple below 1 (0.5 to halve).',
      ]);
      expect(parsed(commitmentSchema, { ...fivefold, direction: 'down', targetMultiple: '0.5' }).targetMultiple).toBe(0.5);
    });
  });

  it('a target that does not fit its direction is refused on targetValue, in words the editor can act on', () => {
    expect(issuesOf(commitmentSchema, { ...target, targetValue: '10' })).toEqual([
      { path: 'targetValue', message: directionMessage('must-be-above', 10.6) },
    ]);
    expect(issuesOf(commitmentSchema, { ...target, targetValue: '10.6' })).toEqual([
      {
        path: 'targetValue',
        message: 'A rising target must be above its baseline (10.6). Raise the target, or set the direction to fall if the aim is a decrease.',
      },
    ]);
    expect(issuesOf(commitmentSchema, { ...target, direction: 'down', targetValue: '15' })).toEqual([
      {
        path: 'targetValue',
        message: 'A falling target must be below its baseline (10.6). Lower the target, or set the direction to rise if the aim is an increase.',
      },
    ]);
    // No direction given: read as a rise.
    expect(messagesAt(commitmentSchema, { ...target, direction: '', targetValue: '9' }, 'targetValue')).toEqual([
      directionMessage('must-be-above', 10.6),
    ]);
    expect(parsed(commitmentSchema, { ...target, direction: 'down', targetValue: '5' }).targetValue).toBe(5);
  });

  it('accepts the decision kind', () => {
    expect(parsed(commitmentSchema, { ...project, kind: 'decision' }).kind).toBe('decision');
  });

  it('a baseline value without its date (or the reverse) is reported on baselineOn', () => {
    expect(issuesOf(commitmentSchema, { ...target, baselineOn: '' })).toEqual([
      { path: 'baselineOn', message: 'Give the baseline value and its date together, or neither.' },
    ]);
    expect(issuesOf(commitmentSchema, { ...target, baselineValue: '' })).toEqual([
      { path: 'baselineOn', message: 'Give the baseline value and its date together, or neither.' },
    ]);
    expect(parsed(commitmentSchema, { ...target, baselineValue: '', baselineOn: '' }).baselineValue).toBeUndefined();
  });

  it('an interpreted deadline needs its date and a note', () => {
    const issues = issuesOf(commitmentSchema, { ...project, deadlineInterpreted: 'on', deadlineText: 'soon' });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'deadlineOn', message: 'An interpreted deadline needs the date it is read as.' },
        { path: 'deadlineNote', message: 'Say why the deadline is read this way.' },
      ]),
    );
    expect(issues).toHaveLength(2);
    const ok = parsed(commitmentSchema, {
      ...project,
      deadlineInterpreted: 'on',
      deadlineText: 'in the near future',
      deadlineOn: '2027-12-31',
      deadlineNote: 'Read as the end of 2027.',
    });
    expect(ok.deadlineInterpreted).toBe(true);
    expect(ok.deadlineOn).toBe('2027-12-31');
  });

  it('rejects a deadline before the announcement, on deadlineOn', () => {
    expect(issuesOf(commitmentSchema, { ...project, deadlineOn: '2023-09-13' })).toEqual([
      { path: 'deadlineOn', message: 'The deadline cannot be before the announcement.' },
    ]);
    expect(parsed(commitmentSchema, { ...project, deadlineOn: '2023-09-14' }).deadlineOn).toBe('2023-09-14');
  });

  it('rejects slugs with capitals, spaces, double or edge hyphens, or too short', () => {
    const pattern = 'Slug may contain lower-case letters, digits and single hyphens only (e.g. aktau-container-hub).';
    for (const slug of ['Aktau-Hub', 'aktau hub', 'aktau--hub', '-aktau', 'aktau-', 'aktau_hub', 'hub!']) {
      expect(issuesOf(commitmentSchema, { ...project, slug }), slug).toEqual([{ path: 'slug', message: pattern }]);
    }
    expect(messagesAt(commitmentSchema, { ...project, slug: 'ab' }, 'slug')).toEqual(['Slug must be at least 3 characters.']);
    expect(messagesAt(commitmentSchema, { ...project, slug: 'a'.repeat(81) }, 'slug')).toEqual(['Slug must be at most 80 characters.']);
  });

  it('requires the text fields and rejects unknown enums and countries', () => {
    const issues = issuesOf(commitmentSchema, {
      ...project,
      title: ' ',
      quote: '',
      category: 'sport',
      kind: 'promise',
      countries: ['KZ', 'FR'],
      direction: 'sideways',
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({
      title: 'Title is required.',
      quote: 'Quote from the source is required.',
      category: 'Choose a category.',
      kind: 'Choose a kind.',
      'countries.1': 'Unknown country.',
    });
    expect(byPath).toHaveProperty('direction');
  });

  it('rejects a title over 200 characters', () => {
    expect(messagesAt(commitmentSchema, { ...project, title: 't'.repeat(201) }, 'title')).toEqual(['Title must be at most 200 characters.']);
  });
});

// -------------------------------------------------------------------------------- sourceSchema

describe('sourceSchema', () => {
  const valid = {
    slug: 'kabar-2024-01-01',
    title: 'A news item',
    publisher: 'Kabar',
    publishedOn: '2024-01-01',
    place: '',
    url: ' https://kabar.kg/news/1 ',
    kind: 'news-report',
    description: '',
  };

  it('parses a source, trimming the url and dropping empty optional text', () => {
    expect(parsed(sourceSchema, valid)).toEqual({
      id: undefined,
      expectedVersion: undefined,
      slug: 'kabar-2024-01-01',
      title: 'A news item',
      publisher: 'Kabar',
      publishedOn: '2024-01-01',
      place: undefined,
      url: 'https://kabar.kg/news/1',
      kind: 'news-report',
      description: undefined,
    });
  });

  it('accepts no url at all', () => {
    expect(parsed(sourceSchema, { ...valid, url: '' }).url).toBeUndefined();
    expect(parsed(sourceSchema, { ...valid, url: undefined }).url).toBeUndefined();
  });

  it("rejects 'ftp://x' and other non-web addresses on url", () => {
    const message = 'Address must be a full web address starting with http:// or https://.';
    for (const url of ['ftp://x', 'javascript:alert(1)', 'kabar.kg/news', 'mailto:a@b.c']) {
      expect(issuesOf(sourceSchema, { ...valid, url }), url).toEqual([{ path: 'url', message }]);
    }
  });

  it('the publisher is optional: empty means not recorded', () => {
    expect(parsed(sourceSchema, { ...valid, publisher: '' }).publisher).toBeUndefined();
    expect(parsed(sourceSchema, { ...valid, publisher: undefined }).publisher).toBeUndefined();
    expect(parsed(sourceSchema, { ...valid, publisher: ' Kabar ' }).publisher).toBe('Kabar');
    expect(messagesAt(sourceSchema, { ...valid, publisher: 'p'.repeat(201) }, 'publisher')).toEqual(['Publisher must be at most 200 characters.']);
  });

  it('rejects an unknown kind and an impossible publication date', () => {
    expect(messagesAt(sourceSchema, { ...valid, kind: 'blog' }, 'kind')).toEqual(['Choose a kind of source.']);
    expect(messagesAt(sourceSchema, { ...valid, publishedOn: '2023-02-29' }, 'publishedOn')).toEqual([
      'Publication date must be a real date written as YYYY-MM-DD.',
    ]);
  });
});

// ------------------------------------------------------------------------------- accounts

describe('emailSchema, signInSchema and inviteUserSchema', () => {
  it('normalises emails to trimmed lower case', () => {
    expect(parsed(emailSchema, '  Alice.Smith@Example.ORG ')).toBe('alice.smith@example.org');
    expect(parsed(signInSchema, { email: 'ADMIN@Example.org', password: 'x' })).toEqual({
      email: 'admin@example.org',
      password: 'x',
    });
    expect(parsed(inviteUserSchema, { email: ' Bob@Example.org', name: ' Bob ', role: 'editor' })).toEqual({
      email: 'bob@example.org',
      name: 'Bob',
      role: 'editor',
    });
  });

  it('rejects invalid and missing emails with the email messages', () => {
    expect(messagesAt(signInSchema, { email: 'not-an-email', password: 'x' }, 'email')).toEqual(['Enter an email address such as name@example.org.']);
    expect(messagesAt(signInSchema, { email: ' ', password: 'x' }, 'email')).toContain('Email is required.');
    expect(messagesAt(signInSchema, { password: 'x' }, 'email')).toEqual(['Email is required.']);
    expect(
      messagesAt(
        emailSchema.transform((v) => v),
        `${'a'.repeat(250)}@example.org`,
        '',
      ),
    ).toContain('Email is too long.');
  });

  it('requires a password of at most 200 characters, without trimming it', () => {
    expect(messagesAt(signInSchema, { email: 'a@b.org', password: '' }, 'password')).toEqual(['Password is required.']);
    expect(messagesAt(signInSchema, { email: 'a@b.org' }, 'password')).toEqual(['Password is required.']);
    expect(messagesAt(signInSchema, { email: 'a@b.org', password: 'p'.repeat(201) }, 'password')).toEqual(['Password is too long.']);
    expect(parsed(signInSchema, { email: 'a@b.org', password: ' spaced ' }).password).toBe(' spaced ');
  });

  it('inviteUserSchema requires a name and a known role', () => {
    const issues = issuesOf(inviteUserSchema, { email: 'a@b.org', name: ' ', role: 'owner' });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Name is required.' },
        { path: 'role', message: 'Choose a role.' },
      ]),
    );
  });
});

describe('small action schemas', () => {
  it('changeRoleSchema coerces the user id and checks the role', () => {
    expect(parsed(changeRoleSchema, { userId: '4', role: 'admin' })).toEqual({ userId: 4, role: 'admin' });
    expect(messagesAt(changeRoleSchema, { userId: '4', role: 'root' }, 'role')).toEqual(['Choose a role.']);
    expect(messagesAt(changeRoleSchema, { userId: '0', role: 'admin' }, 'userId')).toEqual(['User is not valid.']);
  });

  it("setDisabledSchema reads 'true'/'false' and nothing else", () => {
    expect(parsed(setDisabledSchema, { userId: '2', disabled: 'true' })).toEqual({ userId: 2, disabled: true });
    expect(parsed(setDisabledSchema, { userId: '2', disabled: 'false' })).toEqual({ userId: 2, disabled: false });
    expect(messagesAt(setDisabledSchema, { userId: '2', disabled: 'yes' }, 'disabled').length).toBe(1);
  });

  it('preferObservationSchema coerces the id', () => {
    expect(parsed(preferObservationSchema, { observationId: '17' })).toEqual({ observationId: 17 });
    expect(messagesAt(preferObservationSchema, { observationId: '-3' }, 'observationId')).toEqual(['Observation is not valid.']);
  });

  it('csvImportSchema requires the file text and reads the confirm checkbox', () => {
    expect(parsed(csvImportSchema, { metricId: '1', csv: 'period,value\n2024,1', confirm: 'on' })).toEqual({
      metricId: 1,
      csv: 'period,value\n2024,1',
      confirm: true,
    });
    expect(parsed(csvImportSchema, { metricId: '1', csv: '' }).confirm).toBe(false);
    expect(messagesAt(csvImportSchema, { metricId: '1' }, 'csv')).toEqual(['Choose a CSV file.']);
    expect(messagesAt(csvImportSchema, { metricId: '1', csv: 'x'.repeat(2_000_001) }, 'csv')).toEqual(['The file is larger than 2 MB.']);
  });
});

describe('building blocks', () => {
  it('slugSchema trims and accepts lower-case words joined by single hyphens', () => {
    expect(parsed(slugSchema, '  c5-summit-2024 ')).toBe('c5-summit-2024');
  });

  it('isoDate uses its label in every message', () => {
    const schema = isoDate('Start');
    expect(parsed(schema, ' 2024-02-29 ')).toBe('2024-02-29');
    expect(messagesAt(schema, '2023-02-29', '')).toEqual(['Start must be a real date written as YYYY-MM-DD.']);
    expect(messagesAt(schema, '2101-01-01', '')).toEqual(['Start must be between 1900 and 2100.']);
    expect(messagesAt(schema, undefined, '')).toEqual(['Start is required.']);
  });

  it('httpUrl accepts http and https only, and at most 2000 characters', () => {
    const schema = httpUrl('Link');
    expect(parsed(schema, 'http://example.org')).toBe('http://example.org');
    expect(parsed(schema, 'HTTPS://EXAMPLE.ORG/a?b=c')).toBe('HTTPS://EXAMPLE.ORG/a?b=c');
    expect(messagesAt(schema, 'https://example.org/' + 'a'.repeat(2000), '')).toContain('Link must be at most 2000 characters.');
    expect(messagesAt(schema, 'file:///etc/passwd', '')).toEqual(['Link must be a full web address starting with http:// or https://.']);
  });
});

// Found by the bad-input corpus (tests/reliability): input a form never sends, but a
// crafted request can.
describe('hostile input the forms never send', () => {
  const source = {
    slug: 'kabar-2024-01-02',
    title: 'A news item',
    publisher: 'Kabar',
    publishedOn: '2024-01-01',
    kind: 'news-report',
  };

  it('treats text made only of zero-width, direction or soft-hyphen marks as missing', () => {
    for (const invisible of ['\u200b\u200b', '\u200e\u200f', '\u00ad', '\u2060\u200d']) {
      expect(messagesAt(sourceSchema, { ...source, title: invisible }, 'title')).toEqual(['Title is required (it holds only invisible characters).']);
    }
    expect(parsed(sourceSchema, { ...source, title: 'zero\u200bwidth' }).title).toBe('zero\u200bwidth');
    expect(parsed(sourceSchema, { ...source, title: '¿?' }).title).toBe('¿?');
    // Blank text keeps its usual message, once.
    expect(messagesAt(sourceSchema, { ...source, title: '  ' }, 'title')).toEqual(['Title is required.']);
  });

  it('says a repeated optional field must be a single value, in our words', () => {
    expect(messagesAt(sourceSchema, { ...source, place: ['Astana', 'Almaty'] }, 'place')).toEqual(['Place must be a single piece of text.']);
    expect(messagesAt(sourceSchema, { ...source, url: ['https://a.example', 'https://b.example'] }, 'url')).toEqual([
      'Address must be a single web address.',
    ]);
    const update = { commitmentId: '1', expectedVersion: '1', asOf: '2024-01-01', verdict: 'in-progress', note: ['a', 'b'] };
    expect(messagesAt(statusUpdateSchema(TODAY), update, 'note')).toEqual(['Note must be a single piece of text.']);
  });

  it('names the choices for direction and the disabled flag', () => {
    const target = {
      slug: 'trade-20bn',
      title: 'T',
      summary: 'S',
      category: 'trade',
      kind: 'target',
      owner: 'O',
      announcedOn: '2023-09-14',
      sourceId: '1',
      quote: 'Q',
      metricId: '2',
      targetValue: '15',
      direction: 'UP',
    };
    expect(messagesAt(commitmentSchema, target, 'direction')).toEqual(['Choose whether the value is to rise or fall to the target.']);
    expect(messagesAt(setDisabledSchema, { userId: '2', disabled: 'yes' }, 'disabled')).toEqual([
      'Say whether to disable the account: true or false.',
    ]);
  });
});

describe('changePasswordSchema', () => {
  const valid = { currentPassword: 'the-old-password-1', newPassword: 'a-brand-new-password-2024', confirmPassword: 'a-brand-new-password-2024' };

  it('accepts a policy-compliant new password typed twice', () => {
    expect(parsed(changePasswordSchema, valid)).toEqual(valid);
  });

  it('reports the policy, a mismatch and reuse on the right fields', () => {
    expect(messagesAt(changePasswordSchema, { ...valid, newPassword: 'short', confirmPassword: 'short' }, 'newPassword')).toEqual([
      'Use at least 12 characters (this one has 5).',
    ]);
    expect(messagesAt(changePasswordSchema, { ...valid, confirmPassword: 'something-else-entirely' }, 'confirmPassword')).toEqual([
      'The two new passwords differ.',
    ]);
    const same = 'same-password-123';
    expect(messagesAt(changePasswordSchema, { currentPassword: same, newPassword: same, confirmPassword: same }, 'newPassword')).toEqual([
      'Choose a password different from the current one.',
    ]);
  });

  it('says in its own words when a field is missing, repeated or too long', () => {
    expect(messagesAt(changePasswordSchema, { ...valid, currentPassword: undefined }, 'currentPassword')).toEqual([
      'Enter your current password, once.',
    ]);
    expect(messagesAt(changePasswordSchema, { ...valid, currentPassword: ['a', 'b'] }, 'currentPassword')).toEqual([
      'Enter your current password, once.',
    ]);
    expect(messagesAt(changePasswordSchema, { ...valid, currentPassword: 'p'.repeat(201) }, 'currentPassword')).toEqual([
      'The current password is too long: passwords have at most 200 characters.',
    ]);
    expect(messagesAt(changePasswordSchema, { ...valid, confirmPassword: undefined }, 'confirmPassword')).toEqual([
      'Enter the new password again, once.',
    ]);
  });
});

// ---------------------------------------------------------------------------- plannedDateSchema

describe('plannedDateSchema', () => {
  const schema = plannedDateSchema(TODAY);
  const valid = {
    commitmentId: '4',
    expectedVersion: '3',
    statedOn: '2025-03-01',
    plannedOn: '2026-12-31',
    plannedText: ' by the end of 2026 ',
    sourceId: '9',
    note: '',
  };

  it('parses a planned date as a source stated it', () => {
    expect(parsed(schema, valid)).toEqual({
      commitmentId: 4,
      expectedVersion: 3,
      statedOn: '2025-03-01',
      plannedOn: '2026-12-31',
      plannedText: 'by the end of 2026',
      sourceId: 9,
      note: undefined,
    });
    expect(parsed(schema, { ...valid, plannedText: '' }).plannedText).toBeUndefined();
  });

  it('the day the source gave it cannot be in the future; the planned date can', () => {
    expect(parsed(schema, { ...valid, statedOn: TODAY }).statedOn).toBe(TODAY);
    expect(issuesOf(schema, { ...valid, statedOn: '2025-06-16' })).toEqual([
      { path: 'statedOn', message: 'The date the source gave it cannot be in the future.' },
    ]);
    expect(parsed(schema, { ...valid, plannedOn: '2030-06-30' }).plannedOn).toBe('2030-06-30');
  });

  it('needs a real planned date and a source', () => {
    expect(messagesAt(schema, { ...valid, plannedOn: '2026-02-30' }, 'plannedOn')).toEqual([
      'Planned completion must be a real date written as YYYY-MM-DD.',
    ]);
    expect(messagesAt(schema, { ...valid, plannedOn: '' }, 'plannedOn')).toContain('Planned completion is required.');
    expect(messagesAt(schema, { ...valid, sourceId: '' }, 'sourceId')).toEqual(['Source is not valid.']);
  });

  it('limits the stated words to 200 characters', () => {
    expect(messagesAt(schema, { ...valid, plannedText: 'w'.repeat(201) }, 'plannedText')).toEqual([
      'Planned completion as stated must be at most 200 characters.',
    ]);
  });
});

// ------------------------------------------------------------------------------- metricSchema

describe('metricSchema', () => {
  const valid = { slug: 'grain-exports', name: ' Grain exports ', unit: 'Mt', unitLabel: 'million tonnes', decimals: '1', description: '' };

  it('parses a metric, with the translations grouped by language', () => {
    expect(parsed(metricSchema, { ...valid, ruName: 'Экспорт зерна', ruUnit: 'млн т', kkName: '' })).toEqual({
      id: undefined,
      expectedVersion: undefined,
      slug: 'grain-exports',
      name: 'Grain exports',
      unit: 'Mt',
      unitLabel: 'million tonnes',
      decimals: 1,
      description: undefined,
      texts: {
        ru: { name: 'Экспорт зерна', unit: 'млн т', description: undefined },
        kk: { name: undefined, unit: undefined, description: undefined },
      },
    });
  });

  it('refuses a unit in a sentence that repeats the unit', () => {
    const message = 'The unit in a sentence repeats the unit; write only how the unit reads (e.g. “million tonnes”).';
    expect(issuesOf(metricSchema, { ...valid, unit: 'tonnes', unitLabel: 'tonnes of grain' })).toEqual([{ path: 'unitLabel', message }]);
    expect(issuesOf(metricSchema, { ...valid, unit: 'TEU', unitLabel: ' teu containers' })).toEqual([{ path: 'unitLabel', message }]);
    // A label that merely starts with the same letters is fine.
    expect(parsed(metricSchema, { ...valid, unit: 'ton', unitLabel: 'tonnes' }).unitLabel).toBe('tonnes');
  });

  it('a translated unit or description needs the translated name', () => {
    expect(issuesOf(metricSchema, { ...valid, ruUnit: 'млн т' })).toEqual([
      { path: 'ruName', message: 'A Russian unit or description needs a Russian name.' },
    ]);
    expect(issuesOf(metricSchema, { ...valid, kkDescription: 'Астық экспорты' })).toEqual([
      { path: 'kkName', message: 'A Kazakh unit or description needs a Kazakh name.' },
    ]);
    expect(parsed(metricSchema, { ...valid, kkName: 'Астық экспорты', kkDescription: 'Жылына' }).texts.kk).toEqual({
      name: 'Астық экспорты',
      unit: undefined,
      description: 'Жылына',
    });
  });

  it('decimals is a whole number from 0 to 6, optional', () => {
    expect(parsed(metricSchema, { ...valid, decimals: '' }).decimals).toBeUndefined();
    for (const decimals of ['7', '-1', '1.5', 'two']) {
      expect(messagesAt(metricSchema, { ...valid, decimals }, 'decimals'), decimals).toEqual(['Decimals must be a whole number from 0 to 6.']);
    }
  });

  it('requires a name and a unit', () => {
    const issues = issuesOf(metricSchema, { ...valid, name: ' ', unit: '' });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Name is required.' },
        { path: 'unit', message: 'Unit is required.' },
      ]),
    );
  });
});

// ---------------------------------------------------------------------------- the editor's language

// The schemas are built once, when this module loads, outside any locale; their messages must
// still be said in the language of the request that parses (lib/server-text.ts). A message
// fixed as a string when the schema was built would stay English here, and these would fail.
describe('messages in the editor’s language', () => {
  /** The catalogue's text for `english` in `locale`, arguments filled in. */
  function said(locale: ServerTextLocale, english: string, args: Record<string, string | number> = {}): string {
    const template = locale === 'en' ? english : SERVER_TEXT_CATALOGUES[locale][english];
    expect(template, `${locale}: ${english}`).toBeDefined();
    return template!.replace(/\{(\w+)\}/g, (_, name: string) => String(args[name]));
  }

  const run = <T>(locale: ServerTextLocale, fn: () => T): T => (locale === 'en' ? fn() : inLocale(locale, fn));
  const statusUpdate = statusUpdateSchema(TODAY);
  const attachment = attachmentSchema(1.5 * 1024 * 1024);
  const source = { slug: 'kabar-2024-01-02', title: 'A news item', publishedOn: '2024-01-01', kind: 'news-report' };
  const commitment = {
    slug: 'trade-20bn',
    title: 'T',
    summary: 'S',
    category: 'trade',
    kind: 'target',
    owner: 'O',
    announcedOn: '2023-09-14',
    sourceId: '1',
    quote: 'Q',
    metricId: '2',
    baselineValue: '10.6',
    baselineOn: '2022-12-31',
    targetValue: '9',
  };

  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`${locale}: field names, arguments and whole messages come from the catalogue`, () => {
      const issues = run(locale, () =>
        issuesOf(sourceSchema, { ...source, slug: 'Not A Slug', title: '  ', url: 'ftp://example.org', kind: 'blog' }),
      );
      expect(issues).toEqual([
        {
          path: 'slug',
          message: said(locale, 'Slug may contain lower-case letters, digits and single hyphens only (e.g. {example}).', {
            example: 'aktau-container-hub',
          }),
        },
        { path: 'title', message: said(locale, '{label} is required.', { label: said(locale, 'Title') }) },
        {
          path: 'url',
          message: said(locale, '{label} must be a full web address starting with {http} or {https}.', {
            label: said(locale, 'Address'),
            http: 'http://',
            https: 'https://',
          }),
        },
        { path: 'kind', message: said(locale, 'Choose a kind of source.') },
      ]);

      expect(run(locale, () => issuesOf(commitmentSchema, { ...commitment, slug: 'view', summary: 'x'.repeat(2001), category: 'sport' }))).toEqual([
        { path: 'slug', message: said(locale, '“{segment}” is taken by the list of commitments; choose another slug.', { segment: 'view' }) },
        { path: 'summary', message: said(locale, '{label} must be at most {max} characters.', { label: said(locale, 'Summary'), max: 2000 }) },
        { path: 'category', message: said(locale, 'Choose a category.') },
      ]);
      // A rule over several fields, with a number in it.
      expect(run(locale, () => issuesOf(commitmentSchema, commitment))).toEqual([
        {
          path: 'targetValue',
          message: said(
            locale,
            'A rising target must be above its baseline ({baseline}). Raise the target, or set the direction to fall if the aim is a decrease.',
            { baseline: 10.6 },
          ),
        },
      ]);

      const update = {
        commitmentId: '1',
        expectedVersion: '1',
        asOf: '2025-06-16',
        verdict: 'in-progress',
        figureValue: '1 000',
        figurePeriod: '2024-H3',
      };
      expect(run(locale, () => issuesOf(statusUpdate, update))).toEqual([
        { path: 'asOf', message: said(locale, 'As-of date cannot be in the future.') },
        {
          path: 'figureValue',
          message: said(locale, '{label} must be a plain number such as 1234.5 (no spaces or thousands separators).', {
            label: said(locale, 'Figure'),
          }),
        },
        {
          path: 'figurePeriod',
          message: said(
            locale,
            '{label} must be a year ({year}), a half ({half}), a quarter ({quarter}), a month ({month}), months of one year ({months}) or a date ({date}).',
            {
              label: said(locale, 'Period of the figure'),
              year: '2024',
              half: '2024-H1',
              quarter: '2024-Q2',
              month: '2024-06',
              months: '2024-01..09',
              date: '2024-06-30',
            },
          ),
        },
        { path: 'sourceId', message: said(locale, 'A figure needs the source that reports it: choose one.') },
      ]);
    });

    it(`${locale}: the attachment’s messages, with sizes written the local way`, () => {
      const mb = (size: string) => said(locale, '{size} MB', { size: locale === 'en' ? size : size.replace('.', ',') });
      const big = new Uint8Array(3 * 1024 * 1024);
      big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Not issuesOf: its failure message would print the 3 MB of bytes.
      const tooBig = run(locale, () => attachment.safeParse({ name: 'scan.png', bytes: big }));
      expect(tooBig.error?.issues.map((i) => i.message)).toEqual([
        said(locale, 'The file is {size}; an attachment may be at most {max}. Choose a smaller file (nothing was saved).', {
          size: mb('3'),
          max: mb('1.5'),
        }),
      ]);
      expect(run(locale, () => messagesAt(attachment, { name: 'report.pdf', bytes: new TextEncoder().encode('<html>') }, ''))).toEqual([
        said(
          locale,
          'The attachment must be a PDF or an image (PNG, JPEG, GIF or WebP). This file’s content is none of these, whatever its name says.',
        ),
      ]);
      expect(run(locale, () => messagesAt(attachment, 'not a file', ''))).toEqual([said(locale, 'The attachment must be a file.')]);
    });
  }

  it('says Russian and Kazakh that differ from the English, and English again outside them', () => {
    const blank = { ...source, title: '' };
    const english = messagesAt(sourceSchema, blank, 'title');
    const russian = inLocale('ru', () => messagesAt(sourceSchema, blank, 'title'));
    const kazakh = inLocale('kk', () => messagesAt(sourceSchema, blank, 'title'));
    expect(english).toEqual(['Title is required.']);
    expect(russian).toEqual(['Название: обязательное поле.']);
    expect(kazakh).toEqual(['Атауы: міндетті өріс.']);
    expect(messagesAt(sourceSchema, blank, 'title')).toEqual(english);
  });

  it('tells apart fields that share an English name: a person’s name and a metric’s', () => {
    const metric = { slug: 'trade', name: ' ', unit: 'USD bn' };
    expect(messagesAt(metricSchema, metric, 'name')).toEqual(['Name is required.']);
    expect(messagesAt(inviteUserSchema, { email: 'a@example.org', role: 'editor' }, 'name')).toEqual(['Name is required.']);
    expect(inLocale('ru', () => messagesAt(metricSchema, metric, 'name'))).toEqual(['Название: обязательное поле.']);
    expect(inLocale('ru', () => messagesAt(inviteUserSchema, { email: 'a@example.org', role: 'editor' }, 'name'))).toEqual([
      'Имя: обязательное поле.',
    ]);
  });
});
