import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatTable, SERVER_NODE_OPTIONS, type BenchResult, type EndpointResult } from './budgets';

const endpoint = (over: Partial<EndpointResult>): EndpointResult => ({
  label: 'page',
  path: '/',
  requestsPerSecond: 1000,
  p50Ms: 20,
  p99Ms: 60,
  errors: 0,
  non2xx: 0,
  peakPssBytes: 300 * 1024 ** 2,
  cpuMsPerRequest: 0.5,
  ...over,
});

const passing: BenchResult = {
  endpoints: [endpoint({ label: 'static', reference: true, requestsPerSecond: 4000, p99Ms: 400 }), endpoint({ label: 'dashboard' })],
  memory: { peakPssBytes: 500 * 1024 ** 2, peakRssBytes: 600 * 1024 ** 2 },
  saveToVisibleMs: [120, 300, 90],
  load: { seconds: 40, reused: false },
};

describe('benchmark budgets', () => {
  it('passes a run inside every budget, holding the static reference to no latency budget', () => {
    const { rows, failures } = evaluate(passing);
    expect(failures).toEqual([]);
    expect(rows.find((r) => r.measure === 'dashboard')?.vsStatic).toBe('0.25');
    expect(formatTable(rows)).toContain('reference');
  });

  it('gives each endpoint the server’s CPU time per request, or a dash where it could not be read', () => {
    const { rows } = evaluate({ ...passing, endpoints: [...passing.endpoints, endpoint({ label: 'api', cpuMsPerRequest: null })] });
    expect(rows.map((r) => [r.measure, r.cpuPerRequest])).toEqual([
      ['static', '0.50 ms'],
      ['dashboard', '0.50 ms'],
      ['api', '—'],
      ['Peak server memory (PSS, whole tree)', ''],
      ['Save to visible (worst of 3)', ''],
      ['Load the dataset', ''],
    ]);
    const [header, , ...lines] = formatTable(rows).split('\n');
    expect(header).toMatch(/req\/s\s+CPU\/req\s+p50/);
    expect(lines[1]).toMatch(/dashboard\s+1,000\s+0\.50 ms\s+20 ms/);
  });

  it('names each budget that is missed', () => {
    const { failures, rows } = evaluate({
      endpoints: [...passing.endpoints, endpoint({ label: 'list', p99Ms: 150 }), endpoint({ label: 'api', non2xx: 3 })],
      memory: { peakPssBytes: 1024 ** 3, peakRssBytes: 1024 ** 3 },
      saveToVisibleMs: [200, 1000],
      load: { seconds: 181, reused: true },
    });
    expect(failures).toEqual([
      'list: p99 150 ms is not under 150 ms',
      'api: 0 errors and 3 non-2xx responses',
      'peak server memory 1,024 MB is not under 1,024 MB',
      'save-to-visible 1,000 ms is not under 1,000 ms',
      'loading the dataset took 181.0 s, not under 180 s',
    ]);
    expect(formatTable(rows).match(/MISSED/g)).toHaveLength(5);
  });

  it('fails when save-to-visible could not be measured', () => {
    expect(evaluate({ ...passing, saveToVisibleMs: [] }).failures).toEqual(['save-to-visible was not measured']);
  });

  it('measures the server with the Node options npm start gives it', () => {
    const scripts = (JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.start).toContain(SERVER_NODE_OPTIONS);
  });
});
