// The benchmark's budgets and its one results table. Pure: the runner measures, this file
// judges and prints, so the rules can be tested without a server.

export const BUDGETS = {
  /** Every public page (not the static reference, which is not a page). */
  pageP99Ms: 150,
  peakMemoryBytes: 1024 ** 3,
  saveToVisibleMs: 1_000,
  loadSeconds: 180,
} as const;

/**
 * The production server's Node options, as `npm start` sets them (package.json). A larger
 * young generation (64 MB semi-spaces instead of 16) means fewer scavenges under load: about
 * 5–10% more requests a second on every page here, for some 100 MB more peak memory.
 */
export const SERVER_NODE_OPTIONS = '--max-semi-space-size=64';

export type EndpointResult = {
  label: string;
  path: string;
  /** The static file: the ceiling the others are compared with, held to no latency budget. */
  reference?: boolean;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Peak PSS of the server's process tree while this endpoint was measured. */
  peakPssBytes: number;
  /**
   * CPU time the server's process tree used per request while this endpoint was measured:
   * steadier than requests a second on a shared machine (scripts/bench/cpu.ts). Null when it
   * could not be read (not Linux).
   */
  cpuMsPerRequest: number | null;
};

export type BenchResult = {
  endpoints: EndpointResult[];
  memory: { peakPssBytes: number; peakRssBytes: number };
  saveToVisibleMs: number[];
  load: { seconds: number; reused: boolean };
};

export type Row = {
  measure: string;
  reqPerSec: string;
  cpuPerRequest: string;
  p50: string;
  p99: string;
  errors: string;
  vsStatic: string;
  result: string;
  budget: string;
  ok: boolean | null;
};

const blank = { reqPerSec: '', cpuPerRequest: '', p50: '', p99: '', errors: '', vsStatic: '' };
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${int(bytes / 1024 ** 2)} MB`;

/** One row per endpoint, then memory, save-to-visible and load; `failures` says what missed. */
export function evaluate(result: BenchResult): { rows: Row[]; failures: string[] } {
  const failures: string[] = [];
  const reference = result.endpoints.find((e) => e.reference);
  const rows: Row[] = result.endpoints.map((e) => {
    const broken = e.errors + e.non2xx;
    const slow = !e.reference && e.p99Ms >= BUDGETS.pageP99Ms;
    if (broken > 0) failures.push(`${e.label}: ${e.errors} errors and ${e.non2xx} non-2xx responses`);
    if (slow) failures.push(`${e.label}: p99 ${e.p99Ms} ms is not under ${BUDGETS.pageP99Ms} ms`);
    return {
      measure: e.label,
      reqPerSec: int(e.requestsPerSecond),
      cpuPerRequest: e.cpuMsPerRequest === null ? '—' : `${e.cpuMsPerRequest.toFixed(2)} ms`,
      p50: `${e.p50Ms} ms`,
      p99: `${e.p99Ms} ms`,
      errors: `${e.errors} / ${e.non2xx}`,
      vsStatic: reference && reference.requestsPerSecond > 0 ? (e.requestsPerSecond / reference.requestsPerSecond).toFixed(2) : '—',
      result: `peak ${mb(e.peakPssBytes)}`,
      budget: e.reference ? 'reference' : `p99 < ${BUDGETS.pageP99Ms} ms`,
      ok: !slow && broken === 0,
    };
  });

  const memoryOk = result.memory.peakPssBytes < BUDGETS.peakMemoryBytes;
  if (!memoryOk) failures.push(`peak server memory ${mb(result.memory.peakPssBytes)} is not under ${mb(BUDGETS.peakMemoryBytes)}`);
  rows.push({
    ...blank,
    measure: 'Peak server memory (PSS, whole tree)',
    result: `${mb(result.memory.peakPssBytes)} (RSS ${mb(result.memory.peakRssBytes)})`,
    budget: `< ${mb(BUDGETS.peakMemoryBytes)}`,
    ok: memoryOk,
  });

  const saves = result.saveToVisibleMs;
  const worst = saves.length > 0 ? Math.max(...saves) : Number.POSITIVE_INFINITY;
  const savesOk = worst < BUDGETS.saveToVisibleMs;
  if (!savesOk)
    failures.push(
      saves.length === 0 ? 'save-to-visible was not measured' : `save-to-visible ${int(worst)} ms is not under ${int(BUDGETS.saveToVisibleMs)} ms`,
    );
  rows.push({
    ...blank,
    measure: `Save to visible (worst of ${saves.length})`,
    result: saves.length > 0 ? `${int(worst)} ms (${saves.map(int).join(', ')})` : 'not measured',
    budget: `< ${int(BUDGETS.saveToVisibleMs)} ms`,
    ok: savesOk,
  });

  const loadOk = result.load.seconds < BUDGETS.loadSeconds;
  if (!loadOk) failures.push(`loading the dataset took ${result.load.seconds.toFixed(1)} s, not under ${BUDGETS.loadSeconds} s`);
  rows.push({
    ...blank,
    measure: 'Load the dataset',
    result: `${result.load.seconds.toFixed(1)} s${result.load.reused ? ' (when built; reused)' : ''}`,
    budget: `< ${BUDGETS.loadSeconds / 60} min`,
    ok: loadOk,
  });
  return { rows, failures };
}

const HEADERS: Record<keyof Omit<Row, 'ok'>, string> = {
  measure: 'Measure',
  reqPerSec: 'req/s',
  cpuPerRequest: 'CPU/req',
  p50: 'p50',
  p99: 'p99',
  errors: 'err / non-2xx',
  vsStatic: '× static',
  result: 'Result',
  budget: 'Budget',
};
const NUMERIC = new Set(['reqPerSec', 'cpuPerRequest', 'p50', 'p99', 'errors', 'vsStatic']);

/** A plain-text table that reads the same in a terminal and in a CI log. */
export function formatTable(rows: Row[]): string {
  const keys = Object.keys(HEADERS) as (keyof typeof HEADERS)[];
  const cells = rows.map((r) => [...keys.map((k) => r[k]), r.ok === null ? '' : r.ok ? 'ok' : 'MISSED']);
  const header = [...keys.map((k) => HEADERS[k]), ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i < keys.length && NUMERIC.has(keys[i]!) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
