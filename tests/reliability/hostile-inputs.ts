import {
  ALL_STAGES,
  CATEGORIES,
  COMMITMENT_KINDS,
  COUNTRY_CODES,
  DIRECTIONS,
  ENTRY_TYPES,
  ROLES,
  SOURCE_KINDS,
  VALUE_QUALIFIERS,
  VERDICTS,
} from '../../lib/domain';
import { STATUS_FILTERS, SORTS } from '../../lib/filters';
import { WORKSPACE_LOCALES } from '../../lib/content-locale';
import type { FieldValue, Fields } from './action-client';

// The bad-input corpus: malformed and hostile values for every server action and every
// public query parameter. Each action case starts from a form that would be accepted and
// spoils it in one way, so a case that is not refused shows up as a write (the test
// compares the database before and after). Free text that is allowed to hold markup or
// SQL-looking words is sent with a second defect the database layer must catch (an id
// that does not exist), so the hostile text travels all the way to the mutation.

export type Account = 'editor' | 'admin' | 'anonymous';

export type Category =
  | 'wrong-type'
  | 'missing-field'
  | 'huge-string'
  | 'bad-date'
  | 'markup'
  | 'sql'
  | 'unicode'
  | 'unknown-id'
  | 'bad-number'
  | 'bad-enum'
  | 'bad-slug'
  | 'bad-url'
  | 'bad-email'
  | 'broken-csv'
  | 'stale-version'
  | 'business-rule'
  | 'access'
  | 'open-redirect';

/** What a refusal looks like: an action state with errors (HTTP 200 by protocol), or a status. */
export type Expectation =
  { kind: 'rejected' } | { kind: 'status'; status: 401 | 403 | 404 | 413 } | { kind: 'client-error' } | { kind: 'redirect'; startsWith: string };

/** Where the refusal is decided: the zod schema, a database rule, the role check, sign-in. */
export type Layer = 'schema' | 'database' | 'csv' | 'role' | 'sign-in' | 'protocol' | 'none';

export type ActionCase = {
  action: string;
  label: string;
  category: Category;
  layer: Layer;
  account: Account;
  fields: Fields;
  /** Replaces the encoded argument list, for arguments of the wrong type. */
  root?: string;
  /** Sends an action id that no build contains. */
  actionId?: string;
  /** Posts to this page instead of one that bundles the action (Next forwards it). */
  route?: string;
  expect: Expectation;
  /** A field whose value must come back unchanged with the refusal (the form keeps what was typed). */
  echo?: string;
};

export type QueryExpectation = 'notice' | 'not-found' | 'bad-request' | 'escaped' | 'client-error' | 'api-error';
export type QueryCase = {
  label: string;
  category: Category;
  path: string;
  expect: QueryExpectation;
  /** For 'escaped': text that must come back as text, never as markup. */
  reflected?: string;
  /** For 'api-error': the status, and the parameter the JSON error must name (null: none). */
  api?: { status: 400 | 404; parameter: string | null };
};

/** Ids and values read from the database under test; the corpus is built around them. */
export type Known = {
  today: string;
  /** A staged commitment (project, agreement or event), a stage of its own ladder and one of another. */
  staged: { id: number; version: number; stage: string; foreignStage: string };
  target: { id: number; version: number };
  /** A status update that belongs to another commitment than `staged`. */
  foreignUpdateId: number;
  sourceId: number;
  sourceSlug: string;
  /** The source's publication date: an as-of date later than it needs the editor's confirmation. */
  sourcePublishedOn: string;
  commitmentSlug: string;
  metricId: number;
  metricSlug: string;
  observationId: number;
  adminId: number;
  editorId: number;
  /** The editor's credentials, for the sign-in cases that must succeed but go nowhere else. */
  editor: { email: string; password: string };
  adminEmail: string;
  /** Larger than every id in the database. */
  missingId: number;
};

// ---------------------------------------------------------------- value catalogues

export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg/onload=alert(1)>',
  'javascript:alert(document.cookie)',
  '[click me](javascript:alert(1))',
  '<iframe src="https://evil.example/"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  '${process.exit(1)}',
  '<!-- an unterminated comment',
  '</textarea><script>alert(1)</script>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  // Strings React's wire format gives a meaning to; they must come back as plain text.
  '$@1',
  '$K1',
  '$undefined',
] as const;

export const SQL = [
  "'; DROP TABLE status_updates; --",
  "' OR '1'='1",
  '1; DELETE FROM users WHERE 1=1',
  "Robert'); DROP TABLE commitments;--",
  "' UNION SELECT password_hash, email FROM users --",
  "%' AND 1=0 UNION SELECT sql FROM sqlite_master --",
  "'; ATTACH DATABASE '/tmp/pwned.db' AS pwned; --",
  "1' AND randomblob(1000000000) --",
  "'; PRAGMA writable_schema = 1; --",
  '%_%',
] as const;

export const UNICODE = [
  'nul\u0000byte',
  'lone \ud800 surrogate',
  'right-to-left \u202eoverride',
  'Z\u0351\u0360a\u0358l\u0359g\u035fo',
  'family 👨‍👩‍👧‍👦 flag 🏳️‍🌈',
  '\ufeffbyte order mark',
  'ﷺ ﷽',
  'zero\u200bwidth',
  'İstanbul ß ﬁ ǅ',
  'line\u2028separator\u2029paragraph',
  '\r\n\r\n------WebKitFormBoundary--\r\n',
  'Қазақстан Тоҷикистон Oʻzbekiston',
  'e\u0301\u0301\u0301 combining',
  '\u0007bell \u001b[31mANSI',
] as const;

const HOSTILE_TEXT: readonly { value: string; category: Category }[] = [
  ...MARKUP.map((value) => ({ value, category: 'markup' as const })),
  ...SQL.map((value) => ({ value, category: 'sql' as const })),
  ...UNICODE.map((value) => ({ value, category: 'unicode' as const })),
];

/** Strings with nothing visible in them: a required text made of these is still empty. */
export const INVISIBLE = ['\u200b\u200b\u200b', '\u200e\u200f', '\u00ad', '\u2060\u200d'] as const;

const ID_JUNK = [
  '0',
  '-1',
  '-0',
  '1.5',
  '1e-7',
  'abc',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '9'.repeat(400),
  '0x',
  '--1',
  '1 OR 1=1',
  '1; DROP TABLE commitments',
  '<script>alert(1)</script>',
  '١',
  '１',
  '[1]',
  '{"id":1}',
  'null',
  'undefined',
  'true',
];
const DATE_JUNK = [
  '2023-02-29',
  '2024-02-30',
  '2023-13-01',
  '2023-00-10',
  '2023-04-31',
  '0000-00-00',
  '1899-12-31',
  '2101-01-01',
  '99999-01-01',
  '2023/09/14',
  '14.09.2023',
  '2023-9-14',
  '20230914',
  '2023-09-14T00:00:00Z',
  'yesterday',
  'NaN',
  'Infinity',
  "2023-09-14' OR '1'='1",
  '<script>alert(1)</script>',
  '２０２３-０９-１４',
  '٢٠٢٣-٠٩-١٤',
  '2023\u201009\u201014',
  '-2023-09-14',
  '+2023-09-14',
  '2023-09-14\u0000',
  'x'.repeat(10_000),
];
const NUMBER_JUNK = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '1e5',
  '1,000',
  '1 000',
  '12abc',
  '--1',
  '0x10',
  '.5',
  '5.',
  '1000000000000000',
  '-1000000000000000',
  '9'.repeat(400),
  '١٢',
  '１２',
  '½',
  '<b>1</b>',
  '1; DROP TABLE observations',
  '+5',
  '1_000',
];
const SLUG_JUNK = [
  '',
  'ab',
  'Aktau-Hub',
  'with space',
  'trailing-',
  '-leading',
  'double--hyphen',
  'ünïcode-slug',
  'x'.repeat(81),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "a'; DROP TABLE sources;--",
  'emoji-😀',
  '\u202eabc-def',
  'slug\u0000abc',
  'душанбе',
  'under_score',
  'dot.slug',
  'slash/slug',
];
const URL_JUNK = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://example.org/file',
  'file:///etc/passwd',
  'http://',
  'example.org',
  '//example.org/path',
  'http://exa mple.org',
  `https://example.org/${'a'.repeat(2000)}`,
  'vbscript:msgbox(1)',
  'mailto:someone@example.org',
  '<script>alert(1)</script>',
  'https://[::1',
  'http://%zz',
];
export const EMAIL_JUNK = [
  '',
  'not-an-email',
  'a@',
  '@example.org',
  'a@b',
  "a@example.org' OR '1'='1",
  '<script>@example.org',
  `${'a'.repeat(250)}@example.org`,
  'a@example.org\nBcc: c@example.org',
  'a@example.org, b@example.org',
  'a b@example.org',
  'a@@example.org',
  'a@example..org',
  '.a@example.org',
  'ädmin@exämple.org',
];
const PERIOD_JUNK = [
  '2024-Q5',
  '2024-Q0',
  '2024-13',
  '2023-02-29',
  '1899',
  '2101',
  '24',
  '2024Q1',
  'Q1-2024',
  '2024-W01',
  '2024-H3',
  '2024-09..01',
  '2024-06..06',
  '2024-00..05',
  '<script>',
  'NaN',
  'Infinity',
  '２０２４',
  '2024-1',
  '2024-06-31',
  "2024' OR '1'='1",
  'x'.repeat(10_000),
];
const COUNTRY_JUNK = ['XX', 'kz', 'KAZ', '', '<script>', "KZ' OR '1'='1", 'Kazakhstan', 'KZ '];
/**
 * Not six digits once whitespace is taken out (lib/validation.ts totpCodeSchema): wrong
 * lengths, letters, digits of other scripts, signs and separators that are not whitespace.
 */
const CODE_JUNK = [
  '1',
  '12345',
  '1234567',
  '000000000000',
  '12345a',
  'abcdef',
  'ABCDEF',
  'abcd-efgh-jkmn',
  '12-34-56',
  '123.456',
  '123,456',
  '+12345',
  '-12345',
  '1e5',
  '0x1234',
  'NaN',
  'null',
  'undefined',
  'Infinity',
  '١٢٣٤٥٦',
  '１２３４５６',
  '12345６',
  '½12345',
  '123456\u0000',
  '123\u200b456',
  '\u202e123456',
  "123456' OR '1'='1",
];

const HOMOGLYPHS: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' };

/** Values that look like members of `allowed` but are not. */
export function enumJunk(allowed: readonly string[]): string[] {
  const first = allowed[0]!;
  const letter = [...first].findIndex((c) => c in HOMOGLYPHS);
  const lookalike = letter < 0 ? `${first}\u200b` : first.slice(0, letter) + HOMOGLYPHS[first[letter]!]! + first.slice(letter + 1);
  const candidates = [
    'unknown-value',
    `${first} `,
    ` ${first}`,
    first.toUpperCase(),
    first.replace(/-/g, ' '),
    lookalike,
    '<script>alert(1)</script>',
    "' OR '1'='1",
    '__proto__',
    'constructor',
    'toString',
    'null',
    'undefined',
    '0',
    'x'.repeat(10_000),
  ];
  return [...new Set(candidates)].filter((v) => !allowed.includes(v));
}

/** A date after `today` (as-of dates may not be in the future). */
export function dayAfter(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- form specifications

type FieldKind =
  | { type: 'id' }
  | { type: 'date'; notAfterToday?: boolean }
  | { type: 'number' }
  | { type: 'enum'; allowed: readonly string[] }
  /** `visible`: even when optional, text of only invisible characters is refused. */
  | { type: 'text'; max: number; visible?: boolean }
  | { type: 'slug' }
  | { type: 'url' }
  | { type: 'email' }
  | { type: 'period' }
  | { type: 'countries' }
  /** A six-digit code from an authenticator app. */
  | { type: 'code' }
  | { type: 'free' };

/** `emptyIsValid`: an empty value means "not given" and is accepted. */
type FieldSpec = { name: string; kind: FieldKind; emptyIsValid: boolean };

const req = (name: string, kind: FieldKind): FieldSpec => ({ name, kind, emptyIsValid: false });
const opt = (name: string, kind: FieldKind): FieldSpec => ({ name, kind, emptyIsValid: true });

type ActionSpec = {
  action: string;
  account: Account;
  /** The action reads each field with formData.get, so a repeated field counts once. */
  firstValueOnly?: boolean;
  /** Would be accepted as it is. */
  base: Fields;
  fields: FieldSpec[];
  /** Free-text fields that may hold anything, and how to make the database refuse the form anyway. */
  freeText?: {
    names: string[];
    anchor: Fields;
    anchorReason: string;
    /** Reshapes the hostile value so the schema accepts it, and names a field that must repeat it. */
    fit?: (value: string) => string;
    repeatIn?: string;
  };
  /** Cases refused by a database rule (unknown ids, taken slugs, stale versions...), by `account` when not the spec's. */
  databaseCases: { label: string; category: Category; fields: Fields; layer?: Layer; account?: Account }[];
};

function set(fields: Fields, name: string, value: FieldValue): Fields {
  return fields.some(([n]) => n === name) ? fields.map(([n, v]) => [n, n === name ? value : v] as const) : [...fields, [name, value] as const];
}
function drop(fields: Fields, name: string): Fields {
  return fields.filter(([n]) => n !== name);
}
function setAll(fields: Fields, changes: Fields): Fields {
  return changes.reduce((acc, [n, v]) => set(acc, n, v), fields);
}
const short = (v: string) => (v.length > 40 ? `${JSON.stringify(v.slice(0, 30))}… (${v.length} chars)` : JSON.stringify(v));

function actionSpecs(k: Known): ActionSpec[] {
  const missing = String(k.missingId);
  const huge = 'A'.repeat(600_000);
  const statusBase: Fields = [
    ['commitmentId', String(k.staged.id)],
    ['expectedVersion', String(k.staged.version)],
    ['entryType', 'update'],
    ['asOf', k.sourcePublishedOn],
    ['verdict', 'in-progress'],
    ['stage', k.staged.stage],
    ['figureValue', ''],
    ['figurePeriod', ''],
    ['figureQualifier', ''],
    ['note', 'Reliability test: this update must never be stored.'],
    ['sourceId', String(k.sourceId)],
    ['correctsId', ''],
    ['evidenceUrl[]', 'https://example.org/evidence'],
    ['evidenceTitle[]', 'Evidence'],
  ];
  const revisionBase: Fields = [
    ['commitmentId', String(k.target.id)],
    ['expectedVersion', String(k.target.version)],
    ['revisedOn', '2024-06-30'],
    ['newTargetValue', '20'],
    ['newDeadlineOn', ''],
    ['newDeadlineText', ''],
    ['sourceId', String(k.sourceId)],
    ['note', ''],
  ];
  const plannedBase: Fields = [
    ['commitmentId', String(k.staged.id)],
    ['expectedVersion', String(k.staged.version)],
    ['statedOn', k.sourcePublishedOn],
    ['plannedOn', '2030-12-31'],
    ['plannedText', 'by 2030'],
    ['sourceId', String(k.sourceId)],
    ['note', ''],
  ];
  const metricBase: Fields = [
    ['slug', 'reliability-never-stored'],
    ['name', 'A metric the reliability test must never store'],
    ['unit', 'Mt'],
    ['unitLabel', 'million tonnes'],
    ['decimals', ''],
    ['description', ''],
    ['ruName', ''],
    ['ruUnit', ''],
    ['ruDescription', ''],
    ['kkName', ''],
    ['kkUnit', ''],
    ['kkDescription', ''],
  ];
  const observationBase: Fields = [
    ['metricId', String(k.metricId)],
    ['period', '2024'],
    ['value', '12.5'],
    ['qualifier', 'exact'],
    ['sourceId', String(k.sourceId)],
    ['note', ''],
  ];
  const commitmentBase: Fields = [
    ['title', 'A commitment the reliability test must never store'],
    ['slug', 'reliability-never-stored'],
    ['category', 'trade'],
    ['kind', 'project'],
    ['owner', 'Kazakhstan'],
    ['announcedOn', '2023-09-14'],
    ['sourceId', String(k.sourceId)],
    ['summary', 'Summary.'],
    ['quote', 'Quote.'],
    ['countries[]', 'KZ'],
    ['deadlineText', ''],
    ['deadlineOn', '2030-12-31'],
    ['deadlineNote', ''],
    ['metricId', ''],
    ['direction', ''],
    ['baselineValue', ''],
    ['baselineOn', ''],
    ['baselineNote', ''],
    ['targetValue', ''],
    ['targetNote', ''],
  ];
  const sourceBase: Fields = [
    ['title', 'A source the reliability test must never store'],
    ['slug', 'reliability-never-stored'],
    ['publisher', 'Nobody'],
    ['publishedOn', '2024-01-01'],
    ['place', ''],
    ['url', 'https://example.org/source'],
    ['kind', 'news-report'],
    ['description', ''],
  ];
  const csvOk = `period,value,source\n2024,12.5,${k.sourceSlug}\n`;
  const translationsBase: Fields = [
    ['commitmentId', String(k.staged.id)],
    ['expectedVersion', String(k.staged.version)],
    ['ruTitle', 'Заголовок, который тест никогда не сохраняет'],
    ['ruSummary', ''],
    ['kkTitle', ''],
    ['kkSummary', ''],
  ];

  return [
    {
      action: 'logStatusUpdate',
      account: 'editor',
      base: statusBase,
      fields: [
        req('commitmentId', { type: 'id' }),
        req('expectedVersion', { type: 'id' }),
        opt('entryType', { type: 'enum', allowed: ENTRY_TYPES }),
        req('asOf', { type: 'date', notAfterToday: true }),
        req('verdict', { type: 'enum', allowed: VERDICTS }),
        opt('stage', { type: 'enum', allowed: ALL_STAGES }),
        opt('figureValue', { type: 'number' }),
        opt('figurePeriod', { type: 'period' }),
        opt('figureQualifier', { type: 'enum', allowed: VALUE_QUALIFIERS }),
        opt('note', { type: 'text', max: 5000 }),
        opt('sourceId', { type: 'id' }),
        opt('correctsId', { type: 'id' }),
        // Left out, a link's address drops the whole row (the title alone means nothing).
        opt('evidenceUrl[]', { type: 'url' }),
        req('evidenceTitle[]', { type: 'text', max: 300 }),
      ],
      freeText: { names: ['note', 'evidenceTitle[]'], anchor: [['commitmentId', missing]], anchorReason: 'unknown commitment' },
      databaseCases: [
        { label: 'unknown commitment', category: 'unknown-id', fields: set(statusBase, 'commitmentId', missing) },
        {
          label: 'commitment id beyond 2^53',
          category: 'unknown-id',
          layer: 'schema',
          fields: set(statusBase, 'commitmentId', '99999999999999999999'),
        },
        { label: 'unknown source', category: 'unknown-id', fields: set(statusBase, 'sourceId', missing) },
        { label: 'correction of an unknown entry', category: 'unknown-id', fields: set(statusBase, 'correctsId', missing) },
        {
          label: 'correction of another commitment’s entry',
          category: 'business-rule',
          fields: set(statusBase, 'correctsId', String(k.foreignUpdateId)),
        },
        { label: 'stage from another kind’s ladder', category: 'business-rule', fields: set(statusBase, 'stage', k.staged.foreignStage) },
        {
          label: 'figure on a staged commitment',
          category: 'business-rule',
          fields: setAll(statusBase, [
            ['figureValue', '5'],
            ['figurePeriod', '2023'],
          ]),
        },
        { label: 'figure without its period', category: 'missing-field', layer: 'schema', fields: set(statusBase, 'figureValue', '5') },
        {
          label: 'review without a note',
          category: 'missing-field',
          layer: 'schema',
          fields: setAll(statusBase, [
            ['entryType', 'review'],
            ['note', ''],
            ['stage', ''],
          ]),
        },
        { label: 'review that changes the stage', category: 'business-rule', layer: 'schema', fields: set(statusBase, 'entryType', 'review') },
        { label: 'as-of date after the source’s publication, not confirmed', category: 'business-rule', fields: set(statusBase, 'asOf', k.today) },
        {
          label: 'achieved with a stage short of the last one',
          category: 'business-rule',
          fields: set(statusBase, 'verdict', 'achieved'),
        },
        {
          label: 'stage on a numeric target',
          category: 'business-rule',
          fields: setAll(statusBase, [
            ['commitmentId', String(k.target.id)],
            ['expectedVersion', String(k.target.version)],
          ]),
        },
        { label: 'stale version', category: 'stale-version', fields: set(statusBase, 'expectedVersion', String(k.staged.version + 1000)) },
        { label: 'version one ahead', category: 'stale-version', fields: set(statusBase, 'expectedVersion', String(k.staged.version + 1)) },
      ],
    },
    {
      action: 'recordTargetRevision',
      account: 'editor',
      base: revisionBase,
      fields: [
        req('commitmentId', { type: 'id' }),
        req('expectedVersion', { type: 'id' }),
        req('revisedOn', { type: 'date' }),
        opt('newTargetValue', { type: 'number' }),
        opt('newDeadlineOn', { type: 'date' }),
        opt('newDeadlineText', { type: 'text', max: 200 }),
        opt('newBaselineValue', { type: 'number' }),
        opt('newBaselineOn', { type: 'date' }),
        req('sourceId', { type: 'id' }),
        opt('note', { type: 'text', max: 2000 }),
      ],
      freeText: {
        names: ['note', 'newDeadlineText'],
        anchor: [
          ['commitmentId', missing],
          ['newDeadlineOn', '2030-12-31'],
        ],
        anchorReason: 'unknown commitment',
      },
      databaseCases: [
        { label: 'unknown commitment', category: 'unknown-id', fields: set(revisionBase, 'commitmentId', missing) },
        { label: 'unknown source', category: 'unknown-id', fields: set(revisionBase, 'sourceId', missing) },
        {
          label: 'target value on a staged commitment',
          category: 'business-rule',
          fields: setAll(revisionBase, [
            ['commitmentId', String(k.staged.id)],
            ['expectedVersion', String(k.staged.version)],
          ]),
        },
        { label: 'revision before the announcement', category: 'business-rule', fields: set(revisionBase, 'revisedOn', '1999-01-01') },
        { label: 'stale version', category: 'stale-version', fields: set(revisionBase, 'expectedVersion', String(k.target.version + 1000)) },
        { label: 'nothing revised', category: 'missing-field', layer: 'schema', fields: set(revisionBase, 'newTargetValue', '') },
        { label: 'a rising target cut below its baseline', category: 'business-rule', fields: set(revisionBase, 'newTargetValue', '1') },
        { label: 'a new baseline without its date', category: 'missing-field', layer: 'schema', fields: set(revisionBase, 'newBaselineValue', '11') },
        {
          label: 'deadline words without a date',
          category: 'missing-field',
          layer: 'schema',
          fields: set(revisionBase, 'newDeadlineText', 'by 2030'),
        },
      ],
    },
    {
      action: 'recordPlannedDate',
      account: 'editor',
      base: plannedBase,
      fields: [
        req('commitmentId', { type: 'id' }),
        req('expectedVersion', { type: 'id' }),
        req('statedOn', { type: 'date', notAfterToday: true }),
        req('plannedOn', { type: 'date' }),
        opt('plannedText', { type: 'text', max: 200 }),
        req('sourceId', { type: 'id' }),
        opt('note', { type: 'text', max: 2000 }),
      ],
      freeText: { names: ['plannedText', 'note'], anchor: [['commitmentId', missing]], anchorReason: 'unknown commitment' },
      databaseCases: [
        { label: 'unknown commitment', category: 'unknown-id', fields: set(plannedBase, 'commitmentId', missing) },
        { label: 'unknown source', category: 'unknown-id', fields: set(plannedBase, 'sourceId', missing) },
        {
          label: 'a planned date on a numeric target',
          category: 'business-rule',
          fields: setAll(plannedBase, [
            ['commitmentId', String(k.target.id)],
            ['expectedVersion', String(k.target.version)],
          ]),
        },
        { label: 'planned before the announcement', category: 'business-rule', fields: set(plannedBase, 'plannedOn', '1999-01-01') },
        { label: 'stated after the source was published', category: 'business-rule', fields: set(plannedBase, 'statedOn', k.today) },
        { label: 'stale version', category: 'stale-version', fields: set(plannedBase, 'expectedVersion', String(k.staged.version + 1000)) },
      ],
    },
    {
      action: 'saveMetricAction',
      account: 'editor',
      base: metricBase,
      fields: [
        req('slug', { type: 'slug' }),
        req('name', { type: 'text', max: 200 }),
        req('unit', { type: 'text', max: 40 }),
        opt('unitLabel', { type: 'text', max: 80 }),
        opt('description', { type: 'text', max: 2000 }),
        opt('ruName', { type: 'text', max: 200, visible: true }),
        opt('kkName', { type: 'text', max: 200, visible: true }),
        opt('id', { type: 'id' }),
        opt('expectedVersion', { type: 'id' }),
      ],
      freeText: {
        names: ['name', 'description'],
        anchor: [
          ['id', missing],
          ['expectedVersion', '1'],
        ],
        anchorReason: 'edit of an unknown metric',
      },
      databaseCases: [
        { label: 'slug already taken', category: 'business-rule', fields: set(metricBase, 'slug', k.metricSlug) },
        {
          label: 'edit of an unknown metric',
          category: 'unknown-id',
          fields: setAll(metricBase, [
            ['id', missing],
            ['expectedVersion', '1'],
          ]),
        },
        {
          label: 'stale version',
          category: 'stale-version',
          fields: setAll(metricBase, [
            ['id', String(k.metricId)],
            ['slug', k.metricSlug],
            ['expectedVersion', '1000'],
          ]),
        },
        {
          label: 'unit in a sentence repeating the unit',
          category: 'business-rule',
          layer: 'schema',
          fields: set(metricBase, 'unitLabel', 'Mt of freight'),
        },
        { label: 'a Russian unit without a Russian name', category: 'missing-field', layer: 'schema', fields: set(metricBase, 'ruUnit', 'млн т') },
        { label: 'decimals out of range', category: 'business-rule', layer: 'schema', fields: set(metricBase, 'decimals', '9') },
      ],
    },
    {
      action: 'addObservationAction',
      account: 'editor',
      base: observationBase,
      fields: [
        req('metricId', { type: 'id' }),
        req('period', { type: 'period' }),
        req('value', { type: 'number' }),
        opt('qualifier', { type: 'enum', allowed: VALUE_QUALIFIERS }),
        req('sourceId', { type: 'id' }),
        opt('note', { type: 'text', max: 2000 }),
      ],
      freeText: { names: ['note'], anchor: [['metricId', missing]], anchorReason: 'unknown metric' },
      databaseCases: [
        { label: 'unknown metric', category: 'unknown-id', fields: set(observationBase, 'metricId', missing) },
        { label: 'unknown source', category: 'unknown-id', fields: set(observationBase, 'sourceId', missing) },
      ],
    },
    {
      action: 'preferObservationAction',
      account: 'editor',
      base: [['observationId', String(k.observationId)]],
      fields: [req('observationId', { type: 'id' })],
      databaseCases: [
        { label: 'unknown figure', category: 'unknown-id', fields: [['observationId', missing]] },
        { label: 'figure id beyond 2^53', category: 'unknown-id', layer: 'schema', fields: [['observationId', '99999999999999999999']] },
      ],
    },
    {
      action: 'importCsvAction',
      account: 'editor',
      base: [
        ['metricId', String(k.metricId)],
        ['csv', csvOk],
        ['confirm', 'true'],
      ],
      fields: [req('metricId', { type: 'id' })],
      databaseCases: [
        {
          label: 'unknown metric, valid file, confirmed',
          category: 'unknown-id',
          fields: [
            ['metricId', missing],
            ['csv', csvOk],
            ['confirm', 'true'],
          ],
        },
      ],
    },
    {
      action: 'saveCommitmentAction',
      account: 'editor',
      base: commitmentBase,
      fields: [
        req('title', { type: 'text', max: 200 }),
        req('slug', { type: 'slug' }),
        req('category', { type: 'enum', allowed: CATEGORIES }),
        req('kind', { type: 'enum', allowed: COMMITMENT_KINDS }),
        req('owner', { type: 'text', max: 200 }),
        req('announcedOn', { type: 'date' }),
        req('sourceId', { type: 'id' }),
        req('summary', { type: 'text', max: 2000 }),
        req('quote', { type: 'text', max: 4000 }),
        opt('countries[]', { type: 'countries' }),
        opt('deadlineText', { type: 'text', max: 200 }),
        opt('deadlineOn', { type: 'date' }),
        opt('deadlineNote', { type: 'text', max: 2000 }),
        opt('metricId', { type: 'id' }),
        opt('direction', { type: 'enum', allowed: DIRECTIONS }),
        opt('baselineValue', { type: 'number' }),
        opt('baselineOn', { type: 'date' }),
        opt('targetValue', { type: 'number' }),
        opt('id', { type: 'id' }),
        opt('expectedVersion', { type: 'id' }),
      ],
      freeText: {
        names: ['title', 'summary', 'owner', 'quote', 'deadlineText', 'deadlineNote'],
        anchor: [['sourceId', missing]],
        anchorReason: 'unknown source',
      },
      databaseCases: [
        { label: 'unknown source', category: 'unknown-id', fields: set(commitmentBase, 'sourceId', missing) },
        { label: 'slug already taken', category: 'business-rule', fields: set(commitmentBase, 'slug', k.commitmentSlug) },
        {
          label: 'numeric target with an unknown metric',
          category: 'unknown-id',
          fields: setAll(commitmentBase, [
            ['kind', 'target'],
            ['metricId', missing],
            ['targetValue', '15'],
          ]),
        },
        {
          label: 'edit of an unknown commitment',
          category: 'unknown-id',
          fields: setAll(commitmentBase, [
            ['id', missing],
            ['expectedVersion', '1'],
          ]),
        },
        {
          label: 'stale version',
          category: 'stale-version',
          fields: setAll(commitmentBase, [
            ['id', String(k.staged.id)],
            ['expectedVersion', String(k.staged.version + 1000)],
          ]),
        },
        {
          label: 'deadline before the announcement',
          category: 'business-rule',
          layer: 'schema',
          fields: set(commitmentBase, 'deadlineOn', '2000-01-01'),
        },
        {
          label: 'interpreted deadline without a note',
          category: 'missing-field',
          layer: 'schema',
          fields: set(commitmentBase, 'deadlineInterpreted', 'on'),
        },
        {
          label: 'numeric target without metric or value',
          category: 'missing-field',
          layer: 'schema',
          fields: set(commitmentBase, 'kind', 'target'),
        },
        {
          label: 'baseline value without its date',
          category: 'missing-field',
          layer: 'schema',
          fields: setAll(commitmentBase, [
            ['kind', 'target'],
            ['metricId', String(k.metricId)],
            ['targetValue', '15'],
            ['baselineValue', '10.6'],
          ]),
        },
      ],
    },
    {
      action: 'saveCommitmentTranslationsAction',
      account: 'editor',
      base: translationsBase,
      fields: [
        req('commitmentId', { type: 'id' }),
        req('expectedVersion', { type: 'id' }),
        opt('ruTitle', { type: 'text', max: 200, visible: true }),
        opt('ruSummary', { type: 'text', max: 2000, visible: true }),
        opt('kkTitle', { type: 'text', max: 200, visible: true }),
        opt('kkSummary', { type: 'text', max: 2000, visible: true }),
      ],
      freeText: {
        names: ['ruTitle', 'ruSummary', 'kkTitle', 'kkSummary'],
        anchor: [
          ['commitmentId', missing],
          ['ruTitle', 'Заголовок'],
          ['kkTitle', 'Тақырып'],
        ],
        anchorReason: 'unknown commitment',
      },
      databaseCases: [
        { label: 'unknown commitment', category: 'unknown-id', fields: set(translationsBase, 'commitmentId', missing) },
        { label: 'stale version', category: 'stale-version', fields: set(translationsBase, 'expectedVersion', String(k.staged.version + 1000)) },
        {
          label: 'a summary without its title',
          category: 'missing-field',
          layer: 'schema',
          fields: setAll(translationsBase, [
            ['ruTitle', ''],
            ['ruSummary', 'Краткое описание'],
          ]),
        },
      ],
    },
    {
      action: 'saveSourceAction',
      account: 'editor',
      base: sourceBase,
      fields: [
        req('title', { type: 'text', max: 300 }),
        req('slug', { type: 'slug' }),
        opt('publisher', { type: 'text', max: 200 }),
        req('publishedOn', { type: 'date' }),
        opt('place', { type: 'text', max: 200 }),
        opt('url', { type: 'url' }),
        req('kind', { type: 'enum', allowed: SOURCE_KINDS }),
        opt('description', { type: 'text', max: 2000 }),
        opt('id', { type: 'id' }),
        opt('expectedVersion', { type: 'id' }),
      ],
      freeText: {
        names: ['title', 'publisher', 'place', 'description'],
        anchor: [
          ['id', missing],
          ['expectedVersion', '1'],
        ],
        anchorReason: 'edit of an unknown source',
      },
      databaseCases: [
        { label: 'slug already taken', category: 'business-rule', fields: set(sourceBase, 'slug', k.sourceSlug) },
        {
          label: 'edit of an unknown source',
          category: 'unknown-id',
          fields: setAll(sourceBase, [
            ['id', missing],
            ['expectedVersion', '1'],
          ]),
        },
        {
          label: 'stale version',
          category: 'stale-version',
          fields: setAll(sourceBase, [
            ['id', String(k.sourceId)],
            ['slug', k.sourceSlug],
            ['expectedVersion', '1000'],
          ]),
        },
      ],
    },
    {
      action: 'inviteUserAction',
      account: 'admin',
      base: [
        ['email', 'new-person@example.org'],
        ['name', 'New Person'],
        ['role', 'editor'],
      ],
      fields: [req('email', { type: 'email' }), req('name', { type: 'text', max: 120 }), req('role', { type: 'enum', allowed: ROLES })],
      freeText: { names: ['name'], anchor: [['email', k.adminEmail]], anchorReason: 'email already registered' },
      databaseCases: [
        {
          label: 'email already registered',
          category: 'business-rule',
          fields: [
            ['email', k.editor.email],
            ['name', 'Again'],
            ['role', 'editor'],
          ],
        },
        {
          label: 'email already registered, other case',
          category: 'business-rule',
          fields: [
            ['email', k.adminEmail.toUpperCase()],
            ['name', 'Again'],
            ['role', 'admin'],
          ],
        },
      ],
    },
    {
      action: 'changeRoleAction',
      account: 'admin',
      base: [
        ['userId', String(k.editorId)],
        ['role', 'admin'],
      ],
      fields: [req('userId', { type: 'id' }), req('role', { type: 'enum', allowed: ROLES })],
      databaseCases: [
        {
          label: 'unknown user',
          category: 'unknown-id',
          fields: [
            ['userId', missing],
            ['role', 'editor'],
          ],
        },
        {
          label: 'demoting the last admin',
          category: 'business-rule',
          fields: [
            ['userId', String(k.adminId)],
            ['role', 'editor'],
          ],
        },
      ],
    },
    {
      action: 'setDisabledAction',
      account: 'admin',
      base: [
        ['userId', String(k.editorId)],
        ['disabled', 'true'],
      ],
      fields: [req('userId', { type: 'id' }), req('disabled', { type: 'enum', allowed: ['true', 'false'] })],
      databaseCases: [
        {
          label: 'unknown user',
          category: 'unknown-id',
          fields: [
            ['userId', missing],
            ['disabled', 'true'],
          ],
        },
        {
          label: 'disabling oneself',
          category: 'business-rule',
          fields: [
            ['userId', String(k.adminId)],
            ['disabled', 'true'],
          ],
        },
      ],
    },
    // Issue 14. Both resets write as soon as they name a real account, so their base names
    // no one (the schema takes it; the lookup refuses it): a spoiled base, or an editor's
    // call, is refused however the refusal goes. The spec's admin is the only account with a
    // second factor, and an admin may not reset their own.
    {
      action: 'resetPasswordAction',
      account: 'admin',
      base: [['userId', missing]],
      fields: [req('userId', { type: 'id' })],
      databaseCases: [
        { label: 'unknown user', category: 'unknown-id', fields: [['userId', missing]] },
        { label: 'user id 2^53 - 1', category: 'unknown-id', fields: [['userId', String(Number.MAX_SAFE_INTEGER)]] },
        { label: 'user id with spaces around it, unknown', category: 'unknown-id', fields: [['userId', ` ${missing} `]] },
        { label: 'user id beyond 2^53', category: 'unknown-id', layer: 'schema', fields: [['userId', '99999999999999999999']] },
      ],
    },
    // The evidence archive's "check again now" and the suggestions queue: every id here is
    // unknown, so a well-formed form is refused by the lookup and nothing is fetched or changed.
    {
      action: 'recheckArchiveAction',
      account: 'editor',
      base: [['id', missing]],
      fields: [req('id', { type: 'id' })],
      databaseCases: [
        { label: 'unknown address', category: 'unknown-id', fields: [['id', missing]] },
        { label: 'address id beyond 2^53', category: 'unknown-id', layer: 'schema', fields: [['id', '99999999999999999999']] },
      ],
    },
    {
      action: 'rejectSuggestionAction',
      account: 'editor',
      base: [
        ['id', missing],
        ['reason', 'No source confirms it.'],
      ],
      fields: [req('id', { type: 'id' }), req('reason', { type: 'text', max: 1000, visible: true })],
      databaseCases: [
        {
          label: 'unknown suggestion',
          category: 'unknown-id',
          fields: [
            ['id', missing],
            ['reason', 'No source confirms it.'],
          ],
        },
      ],
    },
    // The editor's own workspace language: a choice from the list, nothing else.
    {
      action: 'setWorkspaceLanguageAction',
      account: 'editor',
      base: [['locale', 'ru']],
      fields: [req('locale', { type: 'enum', allowed: WORKSPACE_LOCALES })],
      databaseCases: [],
    },
    {
      action: 'purgeSuggestionAction',
      account: 'admin',
      base: [['id', missing]],
      fields: [req('id', { type: 'id' })],
      databaseCases: [
        // An editor sending it gets 403: the generic 'acceptable form from an editor' case.
        { label: 'unknown suggestion', category: 'unknown-id', fields: [['id', missing]] },
      ],
    },
    {
      action: 'resetSecondFactorAction',
      account: 'admin',
      base: [['userId', missing]],
      fields: [req('userId', { type: 'id' })],
      databaseCases: [
        { label: 'unknown user', category: 'unknown-id', fields: [['userId', missing]] },
        { label: 'user id 2^53 - 1', category: 'unknown-id', fields: [['userId', String(Number.MAX_SAFE_INTEGER)]] },
        { label: 'user id beyond 2^53', category: 'unknown-id', layer: 'schema', fields: [['userId', '99999999999999999999']] },
        { label: 'a user without a second factor (the editor)', category: 'business-rule', fields: [['userId', String(k.editorId)]] },
        { label: 'one’s own second factor', category: 'business-rule', fields: [['userId', String(k.adminId)]] },
      ],
    },
    // One's own second factor (app/(workspace)/editor/security/actions.ts), sent by the editor,
    // who has none and has started no set-up: every code is refused, a well-formed one by the
    // action. The admin's factor is on, so confirming or turning it off is refused before any
    // code is checked; a code the admin sends to be checked could, once in a million, be right.
    {
      action: 'confirmSecondFactorAction',
      account: 'editor',
      base: [['code', '123456']],
      fields: [req('code', { type: 'code' })],
      databaseCases: [
        { label: 'a well-formed code, no set-up started', category: 'business-rule', fields: [['code', '123456']] },
        { label: 'a code with spaces, no set-up started', category: 'business-rule', fields: [['code', ' 123 456 ']] },
        { label: 'a code with Unicode whitespace, no set-up started', category: 'unicode', fields: [['code', '\u00a0123\u2028456\ufeff']] },
        {
          label: 'a code with junk fields naming the admin, no set-up started',
          category: 'business-rule',
          fields: [
            ['code', '123456'],
            ['userId', String(k.adminId)],
            ['secret', 'JBSWY3DPEHPK3PXP'],
          ],
        },
        { label: 'a code from the admin, whose factor is already on', category: 'business-rule', account: 'admin', fields: [['code', '123456']] },
      ],
    },
    {
      action: 'replaceRecoveryCodesAction',
      account: 'editor',
      base: [['code', '123456']],
      fields: [req('code', { type: 'code' })],
      databaseCases: [
        { label: 'a well-formed code, no second factor', category: 'business-rule', fields: [['code', '123456']] },
        { label: 'a code with tabs and newlines, no second factor', category: 'business-rule', fields: [['code', '\t123456\r\n']] },
        { label: 'a code with Unicode whitespace, no second factor', category: 'unicode', fields: [['code', '\u3000123\u00a0456']] },
        {
          label: 'a code with junk fields naming the admin, no second factor',
          category: 'business-rule',
          fields: [
            ['code', '123456'],
            ['userId', String(k.adminId)],
          ],
        },
      ],
    },
    {
      action: 'turnOffSecondFactorAction',
      account: 'editor',
      base: [['code', '123456']],
      fields: [req('code', { type: 'code' })],
      databaseCases: [
        { label: 'a well-formed code, no second factor', category: 'business-rule', fields: [['code', '123456']] },
        { label: 'a code with spaces, no second factor', category: 'business-rule', fields: [['code', '12 34 56']] },
        {
          label: 'a code with junk fields naming the admin, no second factor',
          category: 'business-rule',
          fields: [
            ['code', '123456'],
            ['userId', String(k.adminId)],
          ],
        },
        { label: 'from the admin, whose role requires a second factor', category: 'business-rule', account: 'admin', fields: [['code', '123456']] },
      ],
    },
    {
      action: 'changePasswordAction',
      account: 'editor',
      // Refused as it is: the current password is wrong.
      base: [
        ['currentPassword', 'not-the-current-password'],
        ['newPassword', 'a-brand-new-password-2024'],
        ['confirmPassword', 'a-brand-new-password-2024'],
      ],
      fields: [req('currentPassword', { type: 'free' })],
      // A new password must be 12 characters or more and typed twice; then only the wrong
      // current password stops it.
      freeText: {
        names: ['newPassword'],
        anchor: [],
        anchorReason: 'wrong current password',
        fit: (v) => `${v} 0123456789ab`,
        repeatIn: 'confirmPassword',
      },
      databaseCases: [
        {
          label: 'new password too short',
          category: 'business-rule',
          layer: 'schema',
          fields: [
            ['currentPassword', 'x'],
            ['newPassword', 'short'],
            ['confirmPassword', 'short'],
          ],
        },
        {
          label: 'new password too long',
          category: 'huge-string',
          layer: 'schema',
          fields: [
            ['currentPassword', 'x'],
            ['newPassword', 'p'.repeat(201)],
            ['confirmPassword', 'p'.repeat(201)],
          ],
        },
        {
          label: 'confirmation differs',
          category: 'business-rule',
          layer: 'schema',
          fields: [
            ['currentPassword', 'x'],
            ['newPassword', 'a-brand-new-password-2024'],
            ['confirmPassword', 'a-brand-new-password-2025'],
          ],
        },
        {
          label: 'same as the current one',
          category: 'business-rule',
          layer: 'schema',
          fields: [
            ['currentPassword', 'same-password-123'],
            ['newPassword', 'same-password-123'],
            ['confirmPassword', 'same-password-123'],
          ],
        },
        {
          label: 'huge current password',
          category: 'huge-string',
          layer: 'schema',
          fields: [
            ['currentPassword', huge],
            ['newPassword', 'a-brand-new-password-2024'],
            ['confirmPassword', 'a-brand-new-password-2024'],
          ],
        },
      ],
    },
    {
      action: 'signInAction',
      account: 'anonymous',
      firstValueOnly: true,
      base: [
        ['email', 'nobody@example.org'],
        ['password', 'not-a-password-anyone-has'],
        ['next', '/editor'],
      ],
      fields: [req('email', { type: 'email' })],
      freeText: { names: ['password', 'next'], anchor: [], anchorReason: 'unknown account' },
      databaseCases: [
        {
          label: 'empty password',
          category: 'missing-field',
          layer: 'schema',
          fields: [
            ['email', 'nobody@example.org'],
            ['password', ''],
          ],
        },
        {
          label: 'password over 200 characters',
          category: 'huge-string',
          layer: 'schema',
          fields: [
            ['email', 'nobody@example.org'],
            ['password', 'p'.repeat(201)],
          ],
        },
        {
          label: 'huge password',
          category: 'huge-string',
          layer: 'schema',
          fields: [
            ['email', 'nobody@example.org'],
            ['password', huge],
          ],
        },
        {
          label: 'wrong password for a real account',
          category: 'business-rule',
          fields: [
            ['email', k.adminEmail],
            ['password', 'wrong-password-once'],
          ],
        },
      ],
    },
  ];
}

// ---------------------------------------------------------------- field value generators

function invalidValues(spec: FieldSpec, k: Known): { value: FieldValue; category: Category; note: string }[] {
  const out: { value: FieldValue; category: Category; note: string }[] = [];
  const add = (category: Category, values: readonly string[]) => {
    for (const value of values) out.push({ value, category, note: short(value) });
  };
  const kind = spec.kind;
  switch (kind.type) {
    case 'id':
      add('unknown-id', ID_JUNK);
      if (!spec.emptyIsValid) add('missing-field', ['', '  ']);
      break;
    case 'date':
      add('bad-date', DATE_JUNK);
      if (kind.notAfterToday) add('bad-date', [dayAfter(k.today), '2099-12-31']);
      if (!spec.emptyIsValid) add('missing-field', ['', '   ']);
      break;
    case 'number':
      add('bad-number', NUMBER_JUNK);
      if (!spec.emptyIsValid) add('missing-field', ['', '  ']);
      break;
    case 'enum':
      add('bad-enum', enumJunk(kind.allowed));
      if (!spec.emptyIsValid) add('missing-field', ['']);
      break;
    case 'text':
      add('huge-string', ['x'.repeat(kind.max + 1), '𝕏'.repeat(kind.max + 1), 'A'.repeat(600_000)]);
      if (!spec.emptyIsValid) add('missing-field', ['', '   ']);
      if (!spec.emptyIsValid || kind.visible) add('unicode', INVISIBLE);
      break;
    case 'slug':
      add('bad-slug', SLUG_JUNK);
      break;
    case 'url':
      add('bad-url', URL_JUNK);
      break;
    case 'email':
      add('bad-email', EMAIL_JUNK);
      break;
    case 'period':
      if (!spec.emptyIsValid) add('missing-field', ['']);
      add('bad-date', PERIOD_JUNK);
      break;
    case 'countries':
      add('bad-enum', COUNTRY_JUNK);
      break;
    case 'code':
      add('bad-number', CODE_JUNK);
      add('huge-string', ['1'.repeat(41), '1'.repeat(600_000), 'A'.repeat(600_000)]);
      // Whitespace is dropped before the check, so these are empty.
      add('missing-field', ['', '      ', '\u00a0\u2028\u3000']);
      for (const { value, category } of HOSTILE_TEXT) out.push({ value, category, note: short(value) });
      break;
    case 'free':
      if (!spec.emptyIsValid) add('missing-field', ['']);
      break;
  }
  return out;
}

/** The CSV files the import must refuse; `{source}` stands for a known source slug. */
export const BROKEN_CSV: readonly { label: string; csv: string }[] = [
  { label: 'empty file', csv: '' },
  { label: 'only blank lines', csv: '\n\n\n' },
  { label: 'header only', csv: 'period,value,source\n' },
  { label: 'no source column', csv: 'period,value\n2024,1\n' },
  { label: 'unknown columns', csv: 'foo,bar,baz\n1,2,3\n' },
  { label: 'unclosed quote', csv: 'period,value,source\n2024,"12.5,{source}\n' },
  { label: 'text after a closing quote', csv: 'period,value,source\n2024,"12"5,{source}\n' },
  { label: 'NaN value', csv: 'period,value,source\n2024,NaN,{source}\n' },
  { label: 'Infinity value', csv: 'period,value,source\n2024,Infinity,{source}\n' },
  { label: 'exponent', csv: 'period,value,source\n2024,1e5,{source}\n' },
  { label: 'thousands separator', csv: 'period,value,source\n2024,"1,000",{source}\n' },
  { label: 'decimal comma', csv: 'period,value,source\n2024,"12,5",{source}\n' },
  { label: 'impossible quarter', csv: 'period,value,source\n2024-Q5,1,{source}\n' },
  { label: 'impossible date', csv: 'period,value,source\n2023-02-29,1,{source}\n' },
  { label: 'year out of range', csv: 'period,value,source\n1066,1,{source}\n' },
  { label: 'unknown source', csv: 'period,value,source\n2024,1,no-such-source\n' },
  { label: 'empty fields', csv: 'period,value,source\n2024,,\n' },
  { label: 'semicolons instead of commas', csv: 'period;value;source\n2024;1;{source}\n' },
  { label: 'byte order mark and a bad value', csv: '\ufeffperiod,value,source\n2024,abc,{source}\n' },
  { label: 'CRLF with one bad row', csv: 'period,value,source\r\n2024,1,{source}\r\n2025,x,{source}\r\n' },
  { label: 'binary junk', csv: '\u0000\u0001\u0002PK\u0003\u0004' },
  { label: 'XML', csv: '<?xml version="1.0"?><rows><row period="2024"/></rows>' },
  { label: 'JSON', csv: '{"period":2024,"value":1,"source":"x"}' },
  { label: 'note too long', csv: `period,value,source,note\n2024,1,{source},${'n'.repeat(2001)}\n` },
  { label: 'script in a note, unknown source', csv: 'period,value,source,note\n2024,1,no-such-source,<script>alert(1)</script>\n' },
  { label: 'SQL in a note, unknown source', csv: "period,value,source,note\n2024,1,no-such-source,'; DROP TABLE observations; --\n" },
  { label: 'SQL as the source', csv: "period,value,source\n2024,1,' OR '1'='1\n" },
  { label: 'formula injection value', csv: 'period,value,source\n2024,=1+1,{source}\n' },
  { label: 'negative zero and NaN rows', csv: 'period,value,source\n2024,-0,{source}\n2025,-NaN,{source}\n' },
  { label: 'one good row, one bad', csv: 'period,value,source\n2024,1,{source}\n2025,oops,{source}\n' },
  { label: 'newline inside a value', csv: 'period,value,source\n2024,"12\n5",{source}\n' },
  { label: `more than 5000 rows`, csv: `period,value,source\n${'2024,1,{source}\n'.repeat(5001)}` },
  { label: 'forty thousand bad rows', csv: `period,value,source\n${'2024,abc,{source}\n'.repeat(40_000)}` },
];

export function csvFor(template: string, sourceSlug: string): string {
  return template.replaceAll('{source}', sourceSlug);
}

/** Argument lists of the wrong shape: the form missing, or sent as something else. */
export const WRONG_ROOTS: readonly { label: string; root: string }[] = [
  { label: 'no form at all', root: '[{"status":"idle"}]' },
  { label: 'no arguments', root: '[]' },
  { label: 'arguments as an object', root: '{}' },
  { label: 'form as a plain object', root: '[{"status":"idle"},{"commitmentId":"1","email":"a@example.org"}]' },
  { label: 'form as an array', root: '[{"status":"idle"},["commitmentId","1"]]' },
  { label: 'form as a string', root: '[{"status":"idle"},"commitmentId=1"]' },
  { label: 'form as a number', root: '[{"status":"idle"},42]' },
  { label: 'form as null', root: '[{"status":"idle"},null]' },
];

// ---------------------------------------------------------------- the corpus

const REJECTED: Expectation = { kind: 'rejected' };

export function actionCases(k: Known): ActionCase[] {
  const cases: ActionCase[] = [];
  const specs = actionSpecs(k);
  for (const spec of specs) {
    const push = (c: Omit<ActionCase, 'action' | 'account'> & { account?: Account }) =>
      cases.push({ action: spec.action, account: spec.account, ...c, label: `${spec.action}: ${c.label}` });

    // One field spoiled at a time.
    for (const field of spec.fields) {
      for (const bad of invalidValues(field, k)) {
        push({
          label: `${field.name} = ${bad.note}`,
          category: bad.category,
          layer: 'schema',
          fields: set(spec.base, field.name, bad.value),
          expect: REJECTED,
        });
      }
      // Wrong types: a list where one value belongs, a file where text belongs, the field left out.
      const first = spec.base.find(([n]) => n === field.name)?.[1];
      if (!field.name.endsWith('[]') && first !== undefined && !spec.firstValueOnly) {
        push({
          label: `${field.name} sent twice`,
          category: 'wrong-type',
          layer: 'schema',
          fields: [...spec.base, [field.name, first]],
          expect: REJECTED,
        });
      }
      if (!field.emptyIsValid) {
        push({
          label: `${field.name} sent as a file`,
          category: 'wrong-type',
          layer: 'schema',
          fields: set(spec.base, field.name, { file: 'x' }),
          expect: REJECTED,
        });
        push({ label: `${field.name} missing`, category: 'missing-field', layer: 'schema', fields: drop(spec.base, field.name), expect: REJECTED });
      }
    }

    // Hostile free text, refused by the database layer for another reason.
    if (spec.freeText) {
      const { names, anchor, anchorReason, fit = (v: string) => v, repeatIn } = spec.freeText;
      HOSTILE_TEXT.forEach(({ value: raw, category }, i) => {
        const name = names[i % names.length]!;
        const value = fit(raw);
        const echoed = !/password/i.test(name) && !value.includes('\ud800');
        const fields = set(setAll(spec.base, anchor), name, value);
        push({
          label: `${name} = ${short(value)} (${anchorReason})`,
          category,
          layer: spec.account === 'anonymous' ? 'sign-in' : 'database',
          fields: repeatIn ? set(fields, repeatIn, value) : fields,
          expect: REJECTED,
          echo: echoed ? name : undefined,
        });
      });
    }

    for (const c of spec.databaseCases) push({ ...c, layer: c.layer ?? (spec.account === 'anonymous' ? 'sign-in' : 'database'), expect: REJECTED });

    for (const { label, root } of WRONG_ROOTS) {
      push({ label: label, category: 'wrong-type', layer: 'protocol', fields: spec.base, root, expect: REJECTED });
    }

    // Access: the untouched, acceptable form from someone not allowed to send it.
    if (spec.account !== 'anonymous') {
      push({
        label: 'acceptable form, not signed in',
        category: 'access',
        layer: 'role',
        account: 'anonymous',
        fields: spec.base,
        expect: { kind: 'status', status: 401 },
      });
      push({
        label: 'hostile form, not signed in',
        category: 'access',
        layer: 'role',
        account: 'anonymous',
        fields: set(spec.base, spec.fields[0]!.name, SQL[0]),
        expect: { kind: 'status', status: 401 },
      });
    }
    if (spec.account === 'admin') {
      push({
        label: 'acceptable form from an editor',
        category: 'access',
        layer: 'role',
        account: 'editor',
        fields: spec.base,
        expect: { kind: 'status', status: 403 },
      });
    }
  }

  // The CSV import: every broken file, confirmed, so a file that slipped through would be written.
  for (const { label, csv } of BROKEN_CSV) {
    cases.push({
      action: 'importCsvAction',
      label: `importCsvAction: ${label}`,
      category: 'broken-csv',
      layer: 'csv',
      account: 'editor',
      fields: [
        ['metricId', String(k.metricId)],
        ['csv', csvFor(csv, k.sourceSlug)],
        ['confirm', 'true'],
      ],
      expect: REJECTED,
    });
  }
  cases.push({
    action: 'importCsvAction',
    label: 'importCsvAction: the file sent as an upload instead of text',
    category: 'wrong-type',
    layer: 'csv',
    account: 'editor',
    fields: [
      ['metricId', String(k.metricId)],
      ['csv', { file: csvFor('period,value,source\n2024,1,{source}\n', k.sourceSlug) }],
      ['confirm', 'true'],
    ],
    expect: REJECTED,
  });

  // Actions that take no input: junk is ignored, and only the right people may call them.
  for (const fields of [
    [],
    [['junk', SQL[0]]],
    [
      ['snapshotId', '-1'],
      ['trigger', '<script>'],
    ],
  ] as Fields[]) {
    cases.push({
      action: 'snapshotNowAction',
      label: `snapshotNowAction from an editor, ${fields.length} junk fields`,
      category: 'access',
      layer: 'role',
      account: 'editor',
      fields,
      expect: { kind: 'status', status: 403 },
    });
    cases.push({
      action: 'snapshotNowAction',
      label: `snapshotNowAction not signed in, ${fields.length} junk fields`,
      category: 'access',
      layer: 'role',
      account: 'anonymous',
      fields,
      expect: { kind: 'status', status: 401 },
    });
    cases.push({
      action: 'signOutAction',
      label: `signOutAction with ${fields.length} junk fields`,
      category: 'wrong-type',
      layer: 'none',
      account: 'anonymous',
      fields,
      expect: { kind: 'redirect', startsWith: '/sign-in' },
    });
  }

  // After a correct sign-in, only our own workspace may be the destination.
  for (const next of [
    'https://evil.example/',
    '//evil.example/editor',
    '/\\evil.example',
    '/editor/../../evil',
    'javascript:alert(1)',
    '/editor?next=https://evil.example',
    '/editor\r\nLocation: https://evil.example',
  ]) {
    cases.push({
      action: 'signInAction',
      label: `signInAction: correct password, next = ${short(next)}`,
      category: 'open-redirect',
      layer: 'sign-in',
      account: 'anonymous',
      fields: [
        ['email', k.editor.email],
        ['password', k.editor.password],
        ['next', next],
      ],
      expect: { kind: 'redirect', startsWith: '/editor' },
    });
  }

  cases.push(...securityCases(k));

  // Forms near and over the size limit (lib/action-limits.ts), on the action's page or any other.
  const statusBase = specs.find((s) => s.action === 'logStatusUpdate')!.base;
  const sizeCase = (label: string, fields: Fields, expect: Expectation, route?: string, action = 'logStatusUpdate') =>
    cases.push({
      action,
      label: `${action}: ${label}`,
      category: 'huge-string',
      layer: expect.kind === 'rejected' ? 'schema' : 'protocol',
      account: 'editor',
      fields,
      expect,
      route,
    });
  sizeCase('a 1.5 MB note', set(statusBase, 'note', 'N'.repeat(1_500_000)), REJECTED);
  sizeCase(
    'a 2.5 MB file',
    [
      ['metricId', String(k.metricId)],
      ['csv', `period,value,source\n${'2024,1,x\n'.repeat(280_000)}`],
      ['confirm', 'true'],
    ],
    REJECTED,
    undefined,
    'importCsvAction',
  );
  for (const route of [undefined, '/', '/commitments', '/sign-in']) {
    sizeCase(
      `a 3.5 MB note${route ? `, posted to ${route}` : ''}`,
      set(statusBase, 'note', 'N'.repeat(3_500_000)),
      { kind: 'status', status: 413 },
      route,
    );
  }
  for (const route of ['/', '/commitments', `/sources/${k.sourceSlug}`]) {
    cases.push({
      action: 'logStatusUpdate',
      label: `logStatusUpdate: an impossible date, posted to ${route}`,
      category: 'bad-date',
      layer: 'schema',
      account: 'editor',
      fields: set(statusBase, 'asOf', '2023-02-30'),
      route,
      expect: REJECTED,
    });
  }

  // Ids no build contains.
  for (const actionId of ['7f' + '0'.repeat(40), '00' + 'f'.repeat(40), 'not-an-action-id', "' OR 1=1 --"]) {
    cases.push({
      action: 'logStatusUpdate',
      label: `unknown action id ${short(actionId)}`,
      category: 'unknown-id',
      layer: 'protocol',
      account: 'editor',
      fields: [],
      actionId,
      expect: { kind: 'client-error' },
    });
  }
  return cases;
}

/** Redirect targets outside our workspace, for the `next` of the sign-in steps. */
const OFF_SITE_NEXT = [
  'https://evil.example/',
  '//evil.example/editor',
  '/\\evil.example',
  '/editor/../../evil',
  'javascript:alert(1)',
  '/editor?next=https://evil.example',
  '/editor\r\nLocation: https://evil.example',
  'https:evil.example',
  '%2F%2Fevil.example',
  '/editor@evil.example',
  '\t//evil.example',
];

/**
 * Issue 14, the cases written by hand: the access policy decides them before the form is read,
 * or the action would write for a well-behaved caller (docs/security.md).
 */
function securityCases(k: Known): ActionCase[] {
  const cases: ActionCase[] = [];
  const add = (action: string, c: Omit<ActionCase, 'action' | 'label'> & { label: string }) =>
    cases.push({ ...c, action, label: `${action}: ${c.label}` });
  const FORBIDDEN: Expectation = { kind: 'status', status: 403 };
  const SIGNED_OUT: Expectation = { kind: 'status', status: 401 };

  // The set-up serves everyone, and its schema takes any form: from the editor (no factor) it
  // would store a new secret, so it is only ever called by the admin, whose factor is on (the
  // mutation refuses), or by no one signed in.
  const setup = 'startSecondFactorSetupAction';
  const setupForms: { label: string; category: Category; fields: Fields; echo?: string }[] = [
    { label: 'no fields, the factor already on', category: 'business-rule', fields: [] },
    { label: 'a code sent along', category: 'business-rule', fields: [['code', '123456']] },
    {
      label: 'a userId naming the editor (the set-up is always one’s own)',
      category: 'business-rule',
      fields: [['userId', String(k.editorId)]],
      echo: 'userId',
    },
    {
      label: 'a secret of the caller’s choosing',
      category: 'business-rule',
      fields: [
        ['secret', 'JBSWY3DPEHPK3PXP'],
        ['totpSecret', 'JBSWY3DPEHPK3PXP'],
      ],
    },
    {
      label: 'a junk field sent twice',
      category: 'wrong-type',
      fields: [
        ['junk', 'a'],
        ['junk', 'b'],
      ],
    },
    { label: 'a junk field sent as a file', category: 'wrong-type', fields: [['junk', { file: 'x' }]] },
    { label: 'a 600 KB junk field', category: 'huge-string', fields: [['junk', 'A'.repeat(600_000)]] },
    ...HOSTILE_TEXT.map(({ value, category }, i) => {
      const name = i % 2 === 0 ? 'label' : 'userId';
      return {
        label: `${name} = ${short(value)} (the factor already on)`,
        category,
        fields: [[name, value]] as Fields,
        echo: value.includes('\ud800') ? undefined : name,
      };
    }),
  ];
  for (const form of setupForms) add(setup, { ...form, layer: 'database', account: 'admin', expect: { kind: 'rejected' } });
  for (const { label, root } of WRONG_ROOTS)
    add(setup, { label, category: 'wrong-type', layer: 'protocol', account: 'admin', fields: [], root, expect: { kind: 'rejected' } });
  for (const fields of [[], [['junk', SQL[0]]], [['code', '123456']]] as Fields[]) {
    add(setup, {
      label: `not signed in, ${fields.length} fields`,
      category: 'access',
      layer: 'role',
      account: 'anonymous',
      fields,
      expect: SIGNED_OUT,
    });
  }

  // The second sign-in step serves only a session that still owes the factor; the spec's
  // sessions have given it (the admin) or owe none (the editor), so the policy answers 403
  // before the form is read, whatever it holds, and no code is ever checked.
  const verify = 'verifySecondFactorAction';
  const verifyForms: { label: string; category: Category; fields: Fields }[] = [
    {
      label: 'a well-formed code',
      category: 'access',
      fields: [
        ['code', '123456'],
        ['next', '/editor'],
      ],
    },
    { label: 'a recovery code', category: 'access', fields: [['code', 'abcd-efgh-jkmn']] },
    ...OFF_SITE_NEXT.map((next) => ({
      label: `next = ${short(next)}`,
      category: 'open-redirect' as const,
      fields: [
        ['code', '123456'],
        ['next', next],
      ] as Fields,
    })),
    {
      label: 'code sent twice',
      category: 'wrong-type',
      fields: [
        ['code', '123456'],
        ['code', '654321'],
      ],
    },
    { label: 'code sent as a file', category: 'wrong-type', fields: [['code', { file: '123456' }]] },
    {
      label: 'next sent as a file',
      category: 'wrong-type',
      fields: [
        ['code', '123456'],
        ['next', { file: '/editor' }],
      ],
    },
    {
      label: 'next sent twice',
      category: 'wrong-type',
      fields: [
        ['code', '123456'],
        ['next', '/editor'],
        ['next', 'https://evil.example/'],
      ],
    },
    { label: 'no fields', category: 'missing-field', fields: [] },
    { label: 'code missing', category: 'missing-field', fields: [['next', '/editor']] },
    { label: 'code empty', category: 'missing-field', fields: [['code', '']] },
    { label: 'code of only whitespace', category: 'missing-field', fields: [['code', ' \t\u00a0 ']] },
    { label: 'code of 41 characters', category: 'huge-string', fields: [['code', 'a'.repeat(41)]] },
    { label: 'a 600 KB code', category: 'huge-string', fields: [['code', '1'.repeat(600_000)]] },
    {
      label: 'next of 301 characters',
      category: 'huge-string',
      fields: [
        ['code', '123456'],
        ['next', `/editor/${'a'.repeat(293)}`],
      ],
    },
    {
      label: 'a 600 KB next',
      category: 'huge-string',
      fields: [
        ['code', '123456'],
        ['next', `/editor/${'a'.repeat(600_000)}`],
      ],
    },
    ...['12345', '1234567', '١٢٣٤٥٦', '１２３４５６'].map((code) => ({
      label: `code = ${short(code)}`,
      category: 'bad-number' as const,
      fields: [['code', code]] as Fields,
    })),
    ...HOSTILE_TEXT.map(({ value, category }) => ({ label: `code = ${short(value)}`, category, fields: [['code', value]] as Fields })),
    ...[MARKUP[0], MARKUP[3], SQL[0], UNICODE[0]].map((value) => ({
      label: `next = ${short(value)}`,
      category: 'open-redirect' as const,
      fields: [
        ['code', '123456'],
        ['next', value],
      ] as Fields,
    })),
  ];
  for (const form of verifyForms)
    add(verify, { ...form, label: `${form.label}, session owes nothing`, layer: 'role', account: 'admin', expect: FORBIDDEN });
  for (const { label, root } of WRONG_ROOTS)
    add(verify, {
      label: `${label}, session owes nothing`,
      category: 'wrong-type',
      layer: 'role',
      account: 'admin',
      fields: [],
      root,
      expect: FORBIDDEN,
    });
  for (const form of [
    verifyForms[0]!,
    verifyForms[2]!,
    { label: 'a hostile code', category: 'sql' as const, fields: [['code', SQL[0]]] as Fields },
  ]) {
    add(verify, { ...form, label: `${form.label}, from the editor (no second factor)`, layer: 'role', account: 'editor', expect: FORBIDDEN });
    add(verify, { ...form, label: `${form.label}, not signed in`, layer: 'role', account: 'anonymous', expect: SIGNED_OUT });
  }

  // The admin's resets, aimed at real accounts by people who may not send them.
  for (const [action, target] of [
    ['resetPasswordAction', k.adminId],
    ['resetPasswordAction', k.editorId],
    ['resetSecondFactorAction', k.adminId],
  ] as const) {
    const who = target === k.adminId ? 'the admin' : 'the editor';
    add(action, {
      label: `${who}’s, from the editor`,
      category: 'access',
      layer: 'role',
      account: 'editor',
      fields: [['userId', String(target)]],
      expect: FORBIDDEN,
    });
    add(action, {
      label: `${who}’s, not signed in`,
      category: 'access',
      layer: 'role',
      account: 'anonymous',
      fields: [['userId', String(target)]],
      expect: SIGNED_OUT,
    });
  }
  return cases;
}

/** The filters and addresses of the public pages. */
export function queryCases(k: Pick<Known, 'commitmentSlug' | 'sourceSlug'>): QueryCase[] {
  const cases: QueryCase[] = [];
  const filterParams: Record<string, readonly string[]> = {
    category: CATEGORIES,
    status: STATUS_FILTERS,
    kind: COMMITMENT_KINDS,
    country: COUNTRY_CODES,
    sort: SORTS,
  };
  for (const [param, allowed] of Object.entries(filterParams)) {
    for (const value of enumJunk(allowed)) {
      cases.push({
        label: `/commitments?${param}=${short(value)}`,
        category: 'bad-enum',
        path: `/commitments?${param}=${encodeURIComponent(value)}`,
        expect: 'notice',
      });
    }
  }
  for (const value of ['0', '-1', '1.5', 'abc', 'NaN', 'Infinity', '1e309', '100001', '9'.repeat(30), '1; DROP TABLE commitments', '١']) {
    cases.push({
      label: `/commitments?page=${short(value)}`,
      category: 'bad-number',
      path: `/commitments?page=${encodeURIComponent(value)}`,
      expect: 'notice',
    });
  }
  for (const value of ['q'.repeat(201), 'q'.repeat(8000), `${MARKUP[0]}${'x'.repeat(200)}`]) {
    cases.push({
      label: `/commitments?q=${short(value)}`,
      category: 'huge-string',
      path: `/commitments?q=${encodeURIComponent(value)}`,
      expect: 'notice',
    });
  }
  for (const locale of ['ru', 'kk']) {
    cases.push({
      label: `/${locale}/commitments?category=bogus`,
      category: 'bad-enum',
      path: `/${locale}/commitments?category=bogus`,
      expect: 'notice',
    });
    cases.push({ label: `/${locale}/commitments?page=-1`, category: 'bad-number', path: `/${locale}/commitments?page=-1`, expect: 'notice' });
  }
  // Search text may hold anything; it must come back as text, never as markup.
  for (const value of [...MARKUP.slice(0, 6), ...SQL.slice(0, 5)]) {
    cases.push({
      label: `/commitments?q=${short(value)}`,
      category: MARKUP.includes(value as (typeof MARKUP)[number]) ? 'markup' : 'sql',
      path: `/commitments?q=${encodeURIComponent(value)}`,
      expect: 'escaped',
      reflected: value.includes('<') ? value : undefined,
    });
  }
  const badSlugs = [
    ...SLUG_JUNK.filter((s) => s !== '' && !s.includes('/')),
    'no-such-commitment',
    `${k.commitmentSlug}-x`,
    SQL[1],
    MARKUP[0],
    '%00',
    'ab\u0000c',
  ];
  for (const slug of badSlugs) {
    // A NUL byte may be refused before routing; any 4xx will do.
    const expect: QueryExpectation = slug.includes('\u0000') ? 'client-error' : 'not-found';
    cases.push({ label: `/commitments/${short(slug)}`, category: 'unknown-id', path: `/commitments/${encodeURIComponent(slug)}`, expect });
    cases.push({ label: `/sources/${short(slug)}`, category: 'unknown-id', path: `/sources/${encodeURIComponent(slug)}`, expect });
  }
  for (const id of ['0', '-1', '1.5', 'abc', 'NaN', 'Infinity', '1e309', SQL[2], SQL[1]]) {
    cases.push({ label: `/snapshots/${short(id)}`, category: 'unknown-id', path: `/snapshots/${encodeURIComponent(id)}`, expect: 'bad-request' });
  }
  cases.push({
    label: `/snapshots/${short(MARKUP[0])}`,
    category: 'markup',
    path: `/snapshots/${encodeURIComponent(MARKUP[0])}`,
    expect: 'client-error',
  });
  for (const id of ['999999', '2147483648']) {
    cases.push({ label: `/snapshots/${id}`, category: 'unknown-id', path: `/snapshots/${id}`, expect: 'not-found' });
  }
  for (const locale of ['xx', 'en-US', 'RU', '..%2f', '<script>']) {
    // (/RU/commitments itself shows the Russian list: Next matches rewrite sources without
    // regard to case, and the list's cached views are rewrites; see lib/list-views.ts.)
    cases.push({ label: `/${short(locale)}/sources`, category: 'bad-enum', path: `/${encodeURIComponent(locale)}/sources`, expect: 'not-found' });
    if (locale !== 'RU')
      cases.push({
        label: `/${short(locale)}/commitments`,
        category: 'bad-enum',
        path: `/${encodeURIComponent(locale)}/commitments`,
        expect: 'not-found',
      });
  }
  return [...cases, ...apiCases(k, filterParams)];
}

/** The open data API refuses what the page would drop: a 400 naming the parameter, or a 404. */
function apiCases(k: Pick<Known, 'commitmentSlug' | 'sourceSlug'>, filterParams: Record<string, readonly string[]>): QueryCase[] {
  const cases: QueryCase[] = [];
  const api = (label: string, category: Category, path: string, status: 400 | 404, parameter: string | null) =>
    cases.push({ label, category, path, expect: 'api-error', api: { status, parameter } });
  for (const endpoint of ['/api/v1/commitments', '/api/v1/commitments.csv']) {
    for (const [param, allowed] of Object.entries(filterParams)) {
      for (const value of enumJunk(allowed)) {
        api(`${endpoint}?${param}=${short(value)}`, 'bad-enum', `${endpoint}?${param}=${encodeURIComponent(value)}`, 400, param);
      }
    }
    api(`${endpoint}?q=${short('q'.repeat(201))}`, 'huge-string', `${endpoint}?q=${'q'.repeat(201)}`, 400, 'q');
    api(`${endpoint}?category=trade&category=transport`, 'wrong-type', `${endpoint}?category=trade&category=transport`, 400, 'category');
    // (Not __proto__: Next drops that name from the query before a route handler sees it.)
    for (const name of ['perPage', 'limit', 'foo', 'constructor', 'toString', "' OR 1=1", '<script>']) {
      api(`${endpoint}?${short(name)}=1`, 'unknown-id', `${endpoint}?${encodeURIComponent(name)}=1`, 400, name);
    }
  }
  for (const value of ['0', '-1', '1.5', 'abc', 'NaN', 'Infinity', '1e309', '100001', '9'.repeat(30), '١']) {
    api(`/api/v1/commitments?page=${short(value)}`, 'bad-number', `/api/v1/commitments?page=${encodeURIComponent(value)}`, 400, 'page');
  }
  api('/api/v1/commitments?page=999 (past the last page)', 'bad-number', '/api/v1/commitments?page=999', 400, 'page');
  for (const value of ['0', '101', '-1', 'abc', '1.5', '1e2', 'NaN', ' 5', '9'.repeat(30)]) {
    api(`/api/v1/commitments?per_page=${short(value)}`, 'bad-number', `/api/v1/commitments?per_page=${encodeURIComponent(value)}`, 400, 'per_page');
  }
  api('/api/v1/commitments.csv?page=2', 'unknown-id', '/api/v1/commitments.csv?page=2', 400, 'page');
  const malformed = [
    'ab',
    'Aktau-Hub',
    'with space',
    'trailing-',
    'double--hyphen',
    'ünïcode-slug',
    'x'.repeat(81),
    "a'; DROP TABLE sources;--",
    MARKUP[1],
    '$@1',
  ];
  const unknown = ['no-such-commitment', `${k.commitmentSlug}-x`, 'zzz'];
  for (const [base, suffix, what] of [
    ['/api/v1/commitments/', '', 'commitment'],
    ['/api/v1/metrics/', '/observations', 'metric'],
    ['/api/v1/metrics/', '/observations.csv', 'metric'],
  ] as const) {
    for (const slug of malformed) api(`${base}${short(slug)}${suffix}`, 'bad-slug', `${base}${encodeURIComponent(slug)}${suffix}`, 400, 'slug');
    for (const slug of unknown) api(`${base}${slug}${suffix} (no such ${what})`, 'unknown-id', `${base}${slug}${suffix}`, 404, 'slug');
  }
  api(`/api/v1/commitments/${k.commitmentSlug}?fields=all`, 'unknown-id', `/api/v1/commitments/${k.commitmentSlug}?fields=all`, 400, 'fields');
  for (const path of ['/api/v1/metrics?sort=name', '/api/v1?x=1']) api(path, 'unknown-id', path, 400, path.includes('sort') ? 'sort' : 'x');
  for (const path of ['/api/v1/nothing-here', '/api/v1/commitments/aktau-container-hub/extra', '/api/v1/users', "/api/v1/'%20OR%201=1"]) {
    api(path, 'unknown-id', path, 404, null);
  }
  return cases;
}
