import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { evaluate, formatTable, SERVER_NODE_OPTIONS, type EndpointResult } from './budgets';
import { treeCpuMs } from './cpu';
import { FULL_SIZE, REDUCED_SIZE, syntheticCommitmentSlug } from './dataset';
import { BENCH_EDITOR, checkBenchPath, readMeta } from './load';
import { MemoryWatch } from './memory';
import { measureSaveToVisible } from './save-to-visible';
import { parseCli, usageError } from '../cli';

// npm run bench [-- --reduced --fresh --duration 10]   (npm run bench -- --help for all)
//
// Loads (or reuses) the benchmark database, builds the app into .next-bench against it,
// starts `next start` on port 3400, warms every endpoint up, measures each with autocannon
// (50 connections), samples the server's memory every 100 ms, measures save-to-visible
// through the real editor form, prints one table and exits non-zero when a budget is missed.

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONNECTIONS = 50;
const FULL_DURATION_SECONDS = 10;
const REDUCED_DURATION_SECONDS = 5;

const fmt = (n: number) => n.toLocaleString('en-US');

const USAGE = `Usage: npm run bench [-- --reduced] [--fresh] [--duration SECONDS] [--port PORT] [--db FILE]
       npx tsx scripts/bench/run.ts [options]

The performance benchmark. Loads (or reuses) the benchmark database with
scripts/bench/load.ts, builds the app into .next-bench against it (next build), starts
next start on 127.0.0.1:PORT, warms up and measures each public page, one API endpoint and
a static file with autocannon (${CONNECTIONS} connections), samples the server's memory every
100 ms, times an editor's save until the public page shows it (in Chromium), prints one
table and exits 1 when a budget is missed. Takes minutes; never touches DATABASE_URL's
database.

Options:
  --reduced           ${fmt(REDUCED_SIZE.commitments)} commitments instead of ${fmt(FULL_SIZE.commitments)}, ${REDUCED_DURATION_SECONDS} s per endpoint (what CI runs)
  --fresh             rebuild the database even when the one there has the same parameters
  --duration SECONDS  seconds measured per endpoint, 1 to 120 (default ${FULL_DURATION_SECONDS}, reduced ${REDUCED_DURATION_SECONDS})
  --port PORT         the server's port, 1024 to 65535 (default 3400)
  --db FILE           benchmark database, named bench*.db (default data/bench.db,
                      reduced data/bench-reduced.db); deleted and rebuilt when stale
  -h, --help          show this help

Environment:
  CHROMIUM_PATH  the browser for the save-to-visible measure (default /usr/bin/chromium)
  NODE_OPTIONS   passed on to the server after its own (${SERVER_NODE_OPTIONS})

Example:
  npm run bench -- --reduced --duration 5`;

const { values: args } = parseCli({
  name: 'bench/run',
  usage: USAGE,
  options: {
    reduced: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    duration: { type: 'string' },
    port: { type: 'string', default: '3400' },
    db: { type: 'string' },
  },
});

/** A --db the benchmark may not delete is a command-line mistake: one line, exit 2. */
function benchPathOrExit(file: string): string {
  try {
    return checkBenchPath(file);
  } catch (error) {
    return usageError('bench/run', error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
  }
}

const reduced = args.reduced;
const size = reduced ? REDUCED_SIZE : FULL_SIZE;
const dbFile = benchPathOrExit(args.db ?? (reduced ? 'data/bench-reduced.db' : 'data/bench.db'));
const durationSeconds = Number(args.duration ?? (reduced ? REDUCED_DURATION_SECONDS : FULL_DURATION_SECONDS));
// The same warm-up for both: with less, the reduced run's p99 measured the JIT compiling.
const warmupSeconds = 3;
const port = Number(args.port);
if (!Number.isInteger(port) || port < 1024 || port > 65_535)
  usageError('bench/run', `--port must be a port number from 1024 to 65535, not ${args.port}`);
if (!(durationSeconds > 0 && durationSeconds <= 120)) usageError('bench/run', `--duration must be between 1 and 120 seconds, not ${args.duration}`);

const baseUrl = `http://127.0.0.1:${port}`;
const distDir = '.next-bench';

const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  // Measured as it runs in production (npm start).
  NODE_OPTIONS: [SERVER_NODE_OPTIONS, process.env.NODE_OPTIONS].filter(Boolean).join(' '),
  DATABASE_URL: `file:${dbFile}`,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  // A throwaway secret: sessions only need to live as long as this run.
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  AUTH_TRUST_HOST: 'true',
  SNAPSHOT_SCHEDULE: 'off',
  PORT: String(port),
};

const children: ChildProcess[] = [];

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = serverEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(0) : reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`))));
  });
}

const tsx = (script: string, scriptArgs: string[] = []) =>
  run(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...scriptArgs], process.env);

async function waitForHealth(deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`The server did not answer ${baseUrl}/api/health within ${deadlineMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function startServer(): ChildProcess {
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/.bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the whole tree can be stopped together.
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => process.stdout.write(`  [server] ${chunk}`));
  server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`  [server] ${chunk}`));
  children.push(server);
  return server;
}

function stopChildren(): void {
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}
process.on('SIGINT', () => {
  stopChildren();
  process.exit(130);
});

/** Browser-like request headers: pages are asked for as HTML, compressed. */
const HEADERS = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-encoding': 'gzip, deflate, br' };

/** The server tree's CPU time so far, or null where /proc cannot be read (not Linux). */
function cpuMsOf(pid: number): number | null {
  try {
    return treeCpuMs(pid);
  } catch {
    return null;
  }
}

async function cannon(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: HEADERS });
}

/** A past day well inside the synthetic history: two years ago, at the end of June. */
const PAST_DAY = `${new Date().getUTCFullYear() - 2}-06-30`;

type Endpoint = { label: string; path: string; expect: string; reference?: boolean; json?: boolean; firstVisitBuilds?: boolean };

/** The API endpoint: the open-data API when this checkout has it, the health check otherwise. */
function apiEndpoint(slug: string): Endpoint {
  if (existsSync(path.join(ROOT, 'app/api/v1/commitments/[slug]/route.ts'))) {
    return { label: 'API /api/v1/commitments/[slug]', path: `/api/v1/commitments/${slug}`, expect: slug, json: true };
  }
  return { label: 'API /api/health (no /api/v1 yet)', path: '/api/health', expect: '"ok":true', json: true };
}

async function main() {
  const runStartedAt = Date.now();
  console.log(
    `Benchmark (${reduced ? 'reduced' : 'full'}): ${size.commitments.toLocaleString('en-US')} commitments, ` +
      `${size.updates.toLocaleString('en-US')} status updates, ${size.observations.toLocaleString('en-US')} observations · ` +
      `${os.cpus().length} CPUs · Node ${process.version}`,
  );

  console.log(`\n== Dataset (${path.relative(ROOT, dbFile)})`);
  await tsx('scripts/bench/load.ts', ['--db', dbFile, ...(reduced ? ['--reduced'] : []), ...(args.fresh ? [] : ['--reuse'])]);
  const meta = readMeta(dbFile);
  if (!meta) throw new Error(`The loader finished but left no ${dbFile}.meta.json.`);
  const reused = Date.parse(meta.builtAt) < runStartedAt;

  console.log(`\n== Build (${distDir}, against ${path.relative(ROOT, dbFile)})`);
  const buildStarted = performance.now();
  await run(process.execPath, [path.join(ROOT, 'node_modules/.bin/next'), 'build']);
  console.log(`Built in ${((performance.now() - buildStarted) / 1000).toFixed(0)} s.`);

  console.log(`\n== Server (${baseUrl})`);
  const server = startServer();
  const watch = new MemoryWatch(server.pid!, 100);
  watch.start();
  try {
    await waitForHealth(120_000);

    // Any target commitment with a full log, chart and figures: the heaviest kind of page.
    const slug = syntheticCommitmentSlug(40);
    const endpoints: Endpoint[] = [
      { label: 'static file', path: '/static-reference.txt', expect: 'static file', reference: true },
      { label: 'dashboard /', path: '/', expect: 'Synthetic commitment' },
      { label: 'list /commitments', path: '/commitments', expect: 'Synthetic commitment' },
      { label: 'filtered list', path: '/commitments/view/category/transport/status/in-progress/sort/progress', expect: 'Synthetic commitment' },
      { label: 'commitment page', path: `/commitments/${slug}`, expect: 'Synthetic commitment 00040' },
      apiEndpoint(slug),
      // The tracker rewound to a past day (issue 16): built once from the log, then cached forever.
      { label: 'past day /as-of/…', path: `/as-of/${PAST_DAY}`, expect: 'Synthetic commitment', firstVisitBuilds: true },
      { label: 'past commitment page', path: `/as-of/${PAST_DAY}/commitments/${slug}`, expect: 'Synthetic commitment 00040', firstVisitBuilds: true },
    ];

    console.log(`\n== Load test: ${CONNECTIONS} connections, ${warmupSeconds} s warm-up then ${durationSeconds} s per endpoint`);
    const results: EndpointResult[] = [];
    for (const e of endpoints) {
      const url = `${baseUrl}${e.path}`;
      if (e.firstVisitBuilds) {
        // The first visit of a past day builds its rewound database (every row created by then):
        // timed on its own, and only after today's pages were measured, so the garbage and the
        // memory of that build do not weigh on their figures.
        const started = performance.now();
        const first = await fetch(url, { signal: AbortSignal.timeout(600_000) });
        await first.text();
        console.log(
          `  first visit of ${e.path}: ${first.status} in ${((performance.now() - started) / 1000).toFixed(1)} s (builds the rewound view)`,
        );
      }
      const check = await fetch(url, { headers: { accept: e.json ? 'application/json' : 'text/html' } });
      const body = await check.text();
      if (!check.ok || !body.includes(e.expect)) {
        throw new Error(`${e.path} answered ${check.status} without “${e.expect}”; the benchmark would measure the wrong thing.`);
      }
      await cannon(url, warmupSeconds);
      watch.takeWindowPeak();
      const cpuBefore = cpuMsOf(server.pid!);
      const r = await cannon(url, durationSeconds);
      const cpuAfter = cpuMsOf(server.pid!);
      const result: EndpointResult = {
        label: e.label,
        path: e.path,
        reference: e.reference,
        requestsPerSecond: r.requests.total / r.duration,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors,
        non2xx: r.non2xx,
        peakPssBytes: watch.takeWindowPeak(),
        cpuMsPerRequest: cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? (cpuAfter - cpuBefore) / r.requests.total : null,
      };
      results.push(result);
      console.log(
        `  ${e.label}: ${Math.round(result.requestsPerSecond)} req/s, ${result.cpuMsPerRequest?.toFixed(2) ?? '—'} ms CPU a request, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
          `${result.errors} errors, ${result.non2xx} non-2xx, cache ${check.headers.get('x-nextjs-cache') ?? '—'}`,
      );
    }

    console.log('\n== Save to visible');
    const saves = await measureSaveToVisible({
      baseUrl,
      slug,
      editor: BENCH_EDITOR,
      rounds: 3,
      log: (line) => console.log(line),
    });

    watch.stop();
    const { rows, failures } = evaluate({
      endpoints: results,
      memory: { peakPssBytes: watch.peakPss, peakRssBytes: watch.peakRss },
      saveToVisibleMs: saves,
      load: { seconds: meta.loadSeconds, reused },
    });
    console.log(
      `\n== Results: ${meta.counts.commitments.toLocaleString('en-US')} commitments, ${meta.counts.statusUpdates.toLocaleString('en-US')} status updates, ` +
        `${meta.counts.observations.toLocaleString('en-US')} observations; ${CONNECTIONS} connections, ${durationSeconds} s each; ` +
        `memory sampled ${watch.samples} times\n`,
    );
    console.log(formatTable(rows));
    if (failures.length > 0) {
      console.error(`\nBudgets missed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log('\nAll budgets met.');
    }
  } finally {
    watch.stop();
    stopChildren();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  stopChildren();
  process.exitCode = 1;
});
