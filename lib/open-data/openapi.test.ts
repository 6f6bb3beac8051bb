import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '../content-locale';
import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES } from '../domain';
import { SORTS, STATUS_FILTERS } from '../filters';
import { buildOpenApiDocument, componentSchemas, type OpenApiDocument } from './openapi';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, parseCommitmentListQuery } from './params';
import { COMMITMENT_CSV_COLUMNS } from './serialise';

// The document on its own: well-formed (every reference resolves, every path parameter is
// declared, operation ids are unique, every schema compiles in ajv's strict mode), and its
// parameters say what the API's parser accepts. tests/open-data/openapi-responses.test.ts
// checks real responses against it.

const doc: OpenApiDocument = buildOpenApiDocument({ siteBase: 'https://tracker.test/' });
type Node = Record<string, unknown>;

function at(pointer: string): unknown {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((n, key) => (n && typeof n === 'object' ? (n as Node)[key] : undefined), doc);
}

function deref<T = Node>(node: unknown): T {
  const ref = (node as Node).$ref;
  return (typeof ref === 'string' ? deref(at(ref)) : node) as T;
}

function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

type Parameter = { name: string; in: string; required?: boolean; schema: Node };

function parametersOf(path: string, method = 'get'): Parameter[] {
  const item = doc.paths[path]!;
  const op = item[method] as { parameters?: unknown[] };
  return [...((item.parameters as unknown[] | undefined) ?? []), ...(op.parameters ?? [])].map((p) => deref<Parameter>(p));
}

describe('buildOpenApiDocument', () => {
  it('is OpenAPI 3.1 with the site’s API as its server', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'https://tracker.test/api/v1', description: 'This site' }]);
    expect(doc.externalDocs.url).toBe('https://tracker.test/api');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(buildOpenApiDocument({ siteBase: 'https://tracker.test' }));
  });

  it('every $ref points at something in the document', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(50);
    for (const ref of all) {
      expect(ref, ref).toMatch(/^#\/components\/(schemas|parameters|headers|responses)\/[A-Za-z0-9._-]+$/);
      expect(at(ref), ref).toBeDefined();
    }
  });

  it('operation ids are unique, and every {parameter} of a path is declared as a required path parameter', () => {
    const ids: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const method of ['get', 'options'] as const) {
        const op = item[method] as { operationId?: string; responses?: Node } | undefined;
        if (!op) continue;
        ids.push(op.operationId!);
        expect(Object.keys(op.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
        const inPath = parametersOf(path, method).filter((p) => p.in === 'path');
        expect(inPath.map((p) => p.name).sort(), `${method} ${path}`).toEqual(templated.sort());
        for (const p of inPath) expect(p.required, `${path} ${p.name}`).toBe(true);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every schema compiles in ajv’s strict mode (JSON Schema 2020-12, the dialect of OpenAPI 3.1)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    // The document's other members are not schema keywords; declared so that strict mode
    // accepts them and #/components/schemas/… references resolve inside the document.
    ajv.addKeyword('components');
    ajv.addSchema({ $id: 'https://tracker.test/openapi.json', components: { schemas: componentSchemas() } });
    for (const name of Object.keys(componentSchemas())) {
      expect(() => ajv.compile({ $ref: `https://tracker.test/openapi.json#/components/schemas/${name}` }), name).not.toThrow();
    }
    for (const [name, parameter] of Object.entries(doc.components.parameters)) {
      expect(() => ajv.compile((parameter as { schema: Node }).schema), name).not.toThrow();
    }
  });

  it('describes every filter of the list page with the values listFiltersSchema accepts', () => {
    const byName = new Map(parametersOf('/commitments').map((p) => [p.name, p]));
    expect([...byName.keys()]).toEqual([
      'category',
      'status',
      'kind',
      'country',
      'q',
      'sort',
      'page',
      'per_page',
      'locale',
      'as_of',
      'If-None-Match',
    ]);
    expect(byName.get('as_of')?.schema).toEqual({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(byName.get('category')?.schema).toEqual({ type: 'string', enum: [...CATEGORIES] });
    expect(byName.get('status')?.schema).toEqual({ type: 'string', enum: [...STATUS_FILTERS] });
    expect(byName.get('kind')?.schema).toEqual({ type: 'string', enum: [...COMMITMENT_KINDS] });
    expect(byName.get('country')?.schema).toEqual({ type: 'string', enum: [...COUNTRY_CODES] });
    expect(byName.get('sort')?.schema).toEqual({ type: 'string', enum: [...SORTS], default: 'deadline' });
    expect(byName.get('q')?.schema).toEqual({ type: 'string', maxLength: 200 });
    expect(byName.get('page')?.schema).toEqual({ type: 'integer', minimum: 1, maximum: 100_000, default: 1 });
    expect(byName.get('per_page')?.schema).toEqual({ type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE });
    expect(byName.get('locale')?.schema).toEqual({ type: 'string', enum: [...CONTENT_LOCALES], default: 'en' });
  });

  it('its parameter schemas accept exactly what the API’s parser accepts', () => {
    const ajv = new Ajv2020({ strict: true });
    const schemas = new Map(parametersOf('/commitments').map((p) => [p.name, ajv.compile(p.schema)]));
    const samples: Record<string, string[]> = {
      category: [...CATEGORIES, 'mining', 'TRADE'],
      status: [...STATUS_FILTERS, 'late'],
      kind: [...COMMITMENT_KINDS, 'bridge'],
      country: [...COUNTRY_CODES, 'kz', 'RU'],
      sort: [...SORTS, 'newest'],
      q: ['rail', 'x'.repeat(200), 'x'.repeat(201)],
      page: ['1', '2', '100000', '100001', '0', '1.5'],
      per_page: ['1', String(MAX_PER_PAGE), String(MAX_PER_PAGE + 1), '0', '2.5'],
      locale: [...CONTENT_LOCALES, 'de', 'RU'],
      // The parser takes any well-formed day; whether it is in the tracker's range is the handler's 400.
      as_of: ['2025-06-30'],
    };
    for (const [name, values] of Object.entries(samples)) {
      const validate = schemas.get(name)!;
      for (const value of values) {
        // Query values are text; a number-typed parameter is the number the text spells.
        const typed = validate.schema && (validate.schema as Node).type === 'integer' ? Number(value) : value;
        // page=100000 is well formed but past the last page: that 400 is about the data, not the value.
        const parsed = parseCommitmentListQuery(new URLSearchParams({ [name]: value }));
        const accepted = parsed.ok || (parsed.error.parameter === name && parsed.error.message.includes('past the last page'));
        expect(validate(typed), `${name}=${value}`).toBe(accepted);
      }
    }
  });

  it('the CSV takes the filters but not page or per_page; one commitment takes locale and as_of, the observations only locale; the rest nothing', () => {
    const names = (path: string) => parametersOf(path).map((p) => p.name);
    expect(names('/commitments.csv')).toEqual(['category', 'status', 'kind', 'country', 'q', 'sort', 'locale', 'If-None-Match']);
    expect(names('/commitments/{slug}')).toEqual(['slug', 'locale', 'as_of', 'If-None-Match']);
    expect(names('/metrics/{slug}/observations')).toEqual(['slug', 'locale', 'If-None-Match']);
    expect(names('/metrics/{slug}/observations.csv')).toEqual(['slug', 'locale', 'If-None-Match']);
    for (const path of ['/', '/metrics', '/openapi.json', '/datapackage.json']) expect(names(path)).toEqual(['If-None-Match']);
    expect(deref<Parameter>(doc.components.parameters.commitmentSlug).schema).toEqual({
      type: 'string',
      minLength: 3,
      maxLength: 80,
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
    });
  });

  it('documents CSV as text/csv with its columns, JSON bodies by schema, errors with the error body', () => {
    const csv = deref<{ description: string; content: Node; headers: Node }>(
      (doc.paths['/commitments.csv']!.get as { responses: Node }).responses['200'],
    );
    expect(Object.keys(csv.content)).toEqual(['text/csv']);
    expect(csv.description).toContain(COMMITMENT_CSV_COLUMNS.map((c) => c.header).join(', '));
    expect(Object.keys(csv.headers)).toContain('Content-Disposition');
    const list = deref<{ headers: Node }>((doc.paths['/commitments']!.get as { responses: Node }).responses['200']);
    expect(Object.keys(list.headers)).toEqual(['ETag', 'Cache-Control', 'Access-Control-Allow-Origin', 'Access-Control-Expose-Headers', 'Link']);
    for (const status of ['400', '404', '500']) {
      const error = deref<{ content: Record<string, { schema: Node }>; headers: Node }>(
        (doc.paths['/commitments/{slug}']!.get as { responses: Node }).responses[status],
      );
      expect(deref<Node>(error.content['application/json']!.schema).required).toEqual(['error']);
      expect(deref<Node>(error.headers['Cache-Control'])).toMatchObject({ schema: { examples: ['no-store'] } });
    }
  });

  it('turns readonly arrays into plain arrays and leaves dates to their format', () => {
    const schemas = componentSchemas();
    const text = JSON.stringify(schemas);
    expect(text).not.toContain('readOnly');
    expect(text).not.toContain('$schema');
    expect(text).not.toContain('"$id"');
    const commitment = schemas.Commitment as { properties: Record<string, Node>; additionalProperties: unknown };
    expect(commitment.properties.announced_on).toEqual({ type: 'string', format: 'date' });
    expect(commitment.additionalProperties).toBe(false);
  });
});
