import { readFileSync, readdirSync } from 'node:fs';
import { closeDb } from '../db/client';
import { routing, type Locale } from '../i18n/routing';
import { generateSnapshot, SnapshotError } from '../lib/server/snapshot';
import { parseCli } from './cli';

// npm run snapshot [-- --base-url http://127.0.0.1:3000] [--locale en]
// Makes one PDF snapshot from a running server and stores it in the database. Prints
// progress, the time taken and the peak memory of this process plus its Chromium.

const USAGE = `Usage: npm run snapshot [-- --base-url URL] [--locale LOCALE]
       npx tsx scripts/snapshot.ts [--base-url URL] [--locale LOCALE]

Makes one PDF snapshot of the report from a running server (its print view, /report, in
Chromium) and stores it in the database, as the schedule inside the server does. Prints
progress, the time taken and the peak memory of this process and its Chromium. Exits 1,
storing nothing, when Chromium is missing, the page does not become ready in time, or
another snapshot is being made.

Options:
  --base-url URL   where the server runs (default SNAPSHOT_BASE_URL, else http://127.0.0.1:PORT)
  --locale LOCALE  the report's language: ${routing.locales.join(', ')} (default ${routing.defaultLocale})
  -h, --help       show this help

Environment:
  DATABASE_URL         database to store the snapshot in (default file:./data/tracker.db)
  DATABASE_AUTH_TOKEN  token for Turso or an authenticated libSQL server
  SNAPSHOT_BASE_URL    default for --base-url
  PORT                 the server's port when SNAPSHOT_BASE_URL is unset (default 3000)
  SNAPSHOT_TIMEOUT_MS  how long to wait for the page to draw (default 60000)
  CHROMIUM_PATH        the browser (default /usr/bin/chromium; empty: Playwright's own)

Example:
  npm run snapshot -- --base-url http://127.0.0.1:3000 --locale ru`;

function treeRssKiB(root: number): number {
  // Sum the proportional set size (Pss: shared pages split between the processes sharing
  // them, so Chromium's shared libraries are not counted once per process) over this
  // process and its descendants, from Linux /proc; 0 elsewhere.
  try {
    const children = new Map<number, number[]>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      } catch {
        /* process ended while we looked */
      }
    }
    let total = 0;
    const stack = [root];
    while (stack.length) {
      const pid = stack.pop()!;
      try {
        const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
        total += Number(m?.[1] ?? 0);
      } catch {
        /* gone */
      }
      stack.push(...(children.get(pid) ?? []));
    }
    return total;
  } catch {
    return 0;
  }
}

async function main() {
  const { values } = parseCli({ name: 'snapshot', usage: USAGE, options: { 'base-url': { type: 'string' }, locale: { type: 'string' } } });
  const locale = values.locale ?? routing.defaultLocale;
  if (!(routing.locales as readonly string[]).includes(locale)) {
    console.error(`--locale must be one of ${routing.locales.join(', ')}, not "${locale}". Nothing was stored.`);
    process.exitCode = 1;
    return;
  }
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKiB(process.pid))), 100);
  try {
    const result = await generateSnapshot({
      baseUrl: values['base-url'],
      locale: locale as Locale,
      trigger: 'cli',
      log: (line) => console.log(`  ${line}`),
    });
    peak = Math.max(peak, treeRssKiB(process.pid));
    console.log(`Snapshot #${result.id} stored: ${result.sizeBytes} bytes, sha256 ${result.sha256}`);
    console.log(`  ${result.summary}`);
    console.log(`  took ${(result.milliseconds / 1000).toFixed(1)} s; peak memory ${(peak / 1024).toFixed(0)} MB (PSS of this process and Chromium)`);
  } finally {
    clearInterval(sampler);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof SnapshotError ? `Snapshot failed: ${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
