import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataPackage, TableField } from '../../lib/open-data/schemas';
import { openApiHarness, SITE, type ApiHarness } from './api-harness';

// /api/v1/datapackage.json against the official Frictionless profiles and against the CSV
// files it describes, fetched through the real route handlers on the seeded dataset: each
// resource's fields are the CSV's header row, in order, and every value of every row has the
// field's type and meets its constraints.

vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(fn: (...args: A) => R) => fn,
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

const PROFILES = path.resolve(import.meta.dirname, '../fixtures/frictionless');

/** A vendored draft-04 profile (see tests/fixtures/frictionless/README.md), without its $schema line. */
function profile(name: string): Record<string, unknown> {
  const { $schema: _draft04, ...schema } = JSON.parse(readFileSync(path.join(PROFILES, `${name}.json`), 'utf8')) as Record<string, unknown>;
  return schema;
}

// Not strict: the profiles carry annotations of their own (propertyOrder, context, options).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('textarea', true); // a hint for form builders in the profiles, not a constraint
const validatePackage = ajv.compile(profile('data-package'));
const validateResource = ajv.compile(profile('tabular-data-resource'));
const validateTableSchema = ajv.compile(profile('table-schema'));

const errorsOf = (validate: { errors?: unknown }) => JSON.stringify(validate.errors, null, 1);

let api: ApiHarness;
let descriptor: DataPackage;

beforeAll(async () => {
  api = await openApiHarness();
  const { response } = await api.call('/datapackage.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  descriptor = (await response.json()) as DataPackage;
}, 60_000);

afterAll(async () => {
  await api?.close();
});

/** The CSV a resource's path names, through the route handlers: header row and rows. */
async function fetchCsv(resourcePath: string): Promise<{ header: string[]; rows: string[][]; contentType: string | null }> {
  expect(resourcePath.startsWith(`${SITE}/api/v1/`), resourcePath).toBe(true);
  const { response } = await api.call(resourcePath.slice(`${SITE}/api/v1`.length));
  expect(response.status, resourcePath).toBe(200);
  const records: string[][] = parse(await response.text(), { bom: true });
  const [header = [], ...rows] = records;
  return { header, rows, contentType: response.headers.get('content-type') };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Table Schema v1's reading of one cell: a problem, or null when the value is valid for the field. */
function cellProblem(field: TableField, value: string, missingValues: string[]): string | null {
  const c = field.constraints ?? {};
  if (missingValues.includes(value)) return c.required ? 'missing but required' : null;
  switch (field.type) {
    case 'string':
      if (field.format === 'uri' && !URL.canParse(value)) return 'not a URI';
      break;
    case 'number':
      if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value)) return 'not a number';
      break;
    case 'integer':
      if (!/^[-+]?\d+$/.test(value)) return 'not an integer';
      break;
    case 'boolean':
      if (!['true', 'false'].includes(value)) return 'not a boolean';
      break;
    case 'date':
      if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
        return 'not an ISO date';
      break;
    default:
      return `type ${field.type} not expected in these files`;
  }
  if (c.enum && !c.enum.includes(value)) return `not one of ${c.enum.join(', ')}`;
  // Table Schema patterns are XML Schema regular expressions: implicitly anchored.
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value)) return `does not match ${c.pattern}`;
  if (c.minimum !== undefined && Number(value) < c.minimum) return `below ${c.minimum}`;
  if (c.maximum !== undefined && Number(value) > c.maximum) return `above ${c.maximum}`;
  return null;
}

describe('datapackage.json', () => {
  it('is valid against the official Data Package profile', () => {
    expect(validatePackage(descriptor), errorsOf(validatePackage)).toBe(true);
  });

  it('each resource is valid against the Tabular Data Resource profile, and its schema against Table Schema', () => {
    for (const resource of descriptor.resources) {
      expect(validateResource(resource), `${resource.name}: ${errorsOf(validateResource)}`).toBe(true);
      expect(validateTableSchema(resource.schema), `${resource.name}: ${errorsOf(validateTableSchema)}`).toBe(true);
    }
  });

  it('meets the MUST rules of the specs that the profiles leave to the reader', () => {
    // Data Package: resources non-empty; names unique and made of a-z 0-9 . _ -; each has a
    // path or data (here always a path: an absolute URL on this site). Table Schema: field
    // names unique within a schema; primary key fields exist.
    expect(descriptor.resources.length).toBeGreaterThan(1);
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(new URL(resource.path).origin).toBe(SITE);
      const fields = resource.schema.fields.map((f) => f.name);
      expect(new Set(fields).size, resource.name).toBe(fields.length);
      for (const key of resource.schema.primaryKey ?? []) expect(fields, resource.name).toContain(key);
    }
  });

  it('describes commitments.csv and every metric’s observations CSV', async () => {
    const { response } = await api.call('/metrics');
    const metrics = ((await response.json()) as { data: { slug: string }[] }).data.map((m) => m.slug);
    expect(metrics.length).toBeGreaterThan(0);
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      [`${SITE}/api/v1/commitments.csv`, ...metrics.map((slug) => `${SITE}/api/v1/metrics/${slug}/observations.csv`)].sort(),
    );
  });

  it('the fields of each resource are the header row of the real CSV, and every cell has its field’s type and constraints', async () => {
    let observationRows = 0;
    for (const resource of descriptor.resources) {
      const { header, rows, contentType } = await fetchCsv(resource.path);
      expect(contentType, resource.name).toMatch(/^text\/csv; charset=utf-8/);
      expect(
        resource.schema.fields.map((f) => f.name),
        resource.name,
      ).toEqual(header);
      // A metric may have no figures yet (its file is then the header row alone); the commitments never.
      if (resource.name === 'commitments') expect(rows.length).toBeGreaterThanOrEqual(23);
      else observationRows += rows.length;
      const problems: string[] = [];
      for (const [r, row] of rows.entries()) {
        expect(row.length, `${resource.name} row ${r + 1}`).toBe(header.length);
        resource.schema.fields.forEach((field, i) => {
          const problem = cellProblem(field, row[i] ?? '', resource.schema.missingValues);
          if (problem) problems.push(`${resource.name} row ${r + 1} ${field.name} = ${JSON.stringify(row[i])}: ${problem}`);
        });
      }
      for (const field of resource.schema.fields.filter((f) => f.constraints?.unique)) {
        const column = rows.map((row) => row[header.indexOf(field.name)]);
        if (new Set(column).size !== column.length) problems.push(`${resource.name} ${field.name}: values are not unique`);
      }
      expect(problems).toEqual([]);
    }
    expect(observationRows).toBeGreaterThan(0);
  });
});
