import { describe, expect, it } from 'vitest';
import { CATEGORIES, VALUE_QUALIFIERS, VERDICTS } from '../domain';
import { buildDataPackage, DATA_LICENSE, tableFields } from './datapackage';
import { TABLE_SCHEMA_TYPES } from './schemas';
import { COMMITMENT_CSV_COLUMNS, OBSERVATION_CSV_COLUMNS } from './serialise';

// The pure builder. tests/open-data/datapackage.test.ts checks the served descriptor against
// the official profiles and the real CSV files.

const metrics = [
  { slug: 'it-exports', name: 'IT exports', unit: 'USD m' },
  { slug: 'intra-regional-trade', name: 'Intra-Central Asian trade turnover', unit: 'USD bn' },
];
const pkg = buildDataPackage({ siteBase: 'https://tracker.test/', metrics });

describe('buildDataPackage', () => {
  it('is a tabular data package with a licence, sources and absolute addresses on the site', () => {
    expect(pkg).toMatchObject({
      profile: 'tabular-data-package',
      name: 'commitments-tracker',
      id: 'https://tracker.test/api/v1/datapackage.json',
      homepage: 'https://tracker.test/api',
      licenses: [DATA_LICENSE],
      sources: [{ path: 'https://tracker.test/sources' }],
      contributors: [{ title: 'Commitments Tracker editors', role: 'author' }],
    });
    expect(pkg.title.length).toBeGreaterThan(0);
    expect(pkg.description).toContain('https://tracker.test/api/v1/openapi.json');
  });

  it('lists the commitments CSV, then one observations CSV per metric in slug order', () => {
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual([
      ['commitments', 'https://tracker.test/api/v1/commitments.csv'],
      ['intra-regional-trade-observations', 'https://tracker.test/api/v1/metrics/intra-regional-trade/observations.csv'],
      ['it-exports-observations', 'https://tracker.test/api/v1/metrics/it-exports/observations.csv'],
    ]);
    for (const r of pkg.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r).toMatchObject({ profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
      expect(r.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
      expect(r.schema.missingValues).toEqual(['']);
    }
  });

  it('describes every CSV column, in the CSV’s order, with a Table Schema type and a description', () => {
    const [commitments, trade] = pkg.resources;
    expect(commitments!.schema.fields.map((f) => f.name)).toEqual(COMMITMENT_CSV_COLUMNS.map((c) => c.header));
    expect(trade!.schema.fields.map((f) => f.name)).toEqual(OBSERVATION_CSV_COLUMNS.map((c) => c.header));
    for (const resource of pkg.resources) {
      for (const field of resource.schema.fields) {
        expect(field.description, `${resource.name}.${field.name} has no description: add it in lib/open-data/datapackage.ts`).not.toBe('');
        expect(TABLE_SCHEMA_TYPES).toContain(field.type);
      }
    }
    expect(commitments!.schema.primaryKey).toEqual(['slug']);
  });

  it('gives types, formats, codes and units as the CSV writes them', () => {
    const field = (resource: number, name: string) => pkg.resources[resource]!.schema.fields.find((f) => f.name === name);
    expect(field(0, 'announced_on')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(field(0, 'overdue')).toMatchObject({ type: 'boolean' });
    expect(field(0, 'progress_percent')).toMatchObject({ type: 'integer', constraints: { minimum: 0, maximum: 100 } });
    expect(field(0, 'category')?.constraints?.enum).toEqual([...CATEGORIES]);
    expect(field(0, 'verdict')?.constraints?.enum).toEqual([...VERDICTS]);
    expect(field(0, 'url')).toMatchObject({ type: 'string', format: 'uri' });
    expect(new RegExp(`^(?:${field(0, 'countries')!.constraints!.pattern!})$`).test('KZ; UZ; TJ')).toBe(true);
    expect(new RegExp(`^(?:${field(0, 'countries')!.constraints!.pattern!})$`).test('KZ,UZ')).toBe(false);
    expect(field(1, 'unit')?.constraints?.enum).toEqual(['USD bn']);
    expect(field(1, 'metric_slug')?.constraints?.enum).toEqual(['intra-regional-trade']);
    expect(field(1, 'value')).toMatchObject({ type: 'number', title: 'Value (USD bn)' });
    expect(field(2, 'value')?.description).toContain('USD m');
    expect(field(1, 'qualifier')?.constraints?.enum).toEqual([...VALUE_QUALIFIERS]);
  });

  it('a column without a description is still listed, as text, so the file stays loadable', () => {
    expect(tableFields([{ header: 'new_column', value: () => '' }], {})).toEqual([{ name: 'new_column', type: 'string', description: '' }]);
  });
});
