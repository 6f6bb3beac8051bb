import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { evaluate, formatTable, SERVER_NODE_OPTIONS, type EndpointResult } from './budgets';
import { FULL_SIZE, REDUCED_SIZE, syntheticCommitmentSlug } from './dataset';
import { BENCH_EDITOR, checkBenchPath, readMeta } from './load';
import { MemoryWatch } from './memory';
import { measureSaveToVisible } from './save-to-visible';

// npm run bench [-- --reduced] [-- --fresh] [-- --duration 10]
//
// Loads (or reuses) the benchmark database, builds the app into .next-bench against it,
// starts `next start` on port 3400, warms every endpoint up, measures each with autocannon
// (50 connections), samples the server's memory every 100 ms, measures save-to-visible
// through the real editor form, prints one table and exits non-zero when a budget is missed.

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONNECTIONS = 50;

const { values: args } = parseArgs({
  options: {
    reduced: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    duration: { type: 'string' },
    port: { type: 'string', default: '3400' },
    db: { type: 'string' },
  },
});

const reduced = args.reduced;
const size = reduced ? REDUCED_SIZE : FULL_SIZE;
const dbFile = checkBenchPath(args.db ?? (reduced ? 'data/bench-reduced.db' : 'data/bench.db'));
const durationSeconds = Number(args.duration ?? (reduced ? 5 : 10));
// The same warm-up for both: with less, the reduced run's p99 measured the JIT compiling.
const warmupSeconds = 3;
const port = Number(args.port);
if (!Number.isInteger(port) || port < 1024 || port > 65_535) throw new Error(`--port must be a port number from 1024, not ${args.port}`);
if (!(durationSeconds > 0 && durationSeconds <= 120)) throw new Error(`--duration must be between 1 and 120 seconds, not ${args.duration}`);
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

const tsx = (script: string, scriptArgs: string[] = []) => run(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...scriptArgs], process.env);

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
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
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

async function cannon(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: HEADERS });
}

type Endpoint = { label: string; path: string; expect: string; reference?: boolean; json?: boolean };

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
  // Next keeps unstable_cache data across builds; it would describe another database.
  rmSync(path.join(ROOT, distDir, 'cache', 'fetch-cache'), { recursive: true, force: true });
  const buildStarted = performance.now();
  await run(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build']);
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
      { label: 'static /robots.txt', path: '/robots.txt', expect: 'User-agent', reference: true },
      { label: 'dashboard /', path: '/', expect: 'Synthetic commitment' },
      { label: 'list /commitments', path: '/commitments', expect: 'Synthetic commitment' },
      { label: 'filtered list', path: '/commitments?category=transport&status=in-progress&sort=progress', expect: 'Synthetic commitment' },
      { label: 'commitment page', path: `/commitments/${slug}`, expect: 'Synthetic commitment 00040' },
      apiEndpoint(slug),
    ];

    console.log(`\n== Load test: ${CONNECTIONS} connections, ${warmupSeconds} s warm-up then ${durationSeconds} s per endpoint`);
    const results: EndpointResult[] = [];
    for (const e of endpoints) {
      const url = `${baseUrl}${e.path}`;
      const check = await fetch(url, { headers: { accept: e.json ? 'application/json' : 'text/html' } });
      const body = await check.text();
      if (!check.ok || !body.includes(e.expect)) {
        throw new Error(`${e.path} answered ${check.status} without “${e.expect}”; the benchmark would measure the wrong thing.`);
      }
      await cannon(url, warmupSeconds);
      watch.takeWindowPeak();
      const r = await cannon(url, durationSeconds);
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
      };
      results.push(result);
      console.log(
        `  ${e.label}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
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
