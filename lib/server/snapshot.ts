import { createHash } from 'node:crypto';
import { routing, type Locale } from '@/i18n/routing';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { getDb } from '@/db/client';
import { insertSnapshot, releaseLease, takeLease, type Actor } from '@/db/mutations';
import { getLatestSnapshot, getLease } from '@/db/queries';
import { compareMoments } from './compare';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { env } from '@/lib/env';
import { changeSummaryText } from '@/lib/snapshot-text';
import { marginTemplates } from './snapshot-margins';

// Makes one PDF snapshot: opens the print view (/report) in Chromium through Playwright,
// waits for the page's own ready signal (every chart drawn), prints A4 with page numbers
// and the date in the margins, and stores the bytes with their sha256. Used by
// `npm run snapshot`, the in-server schedule and the admins' "snapshot now" button.
// No I/O happens inside a database transaction: the PDF is made first, then one insert.

export class SnapshotError extends Error {}

export type SnapshotResult = { id: number; createdAt: string; sizeBytes: number; sha256: string; summary: string; milliseconds: number };

export function defaultBaseUrl(): string {
  const e = env();
  return e.SNAPSHOT_BASE_URL ?? `http://127.0.0.1:${e.PORT}`;
}

async function changeSummary(): Promise<string> {
  const previous = await getLatestSnapshot();
  // The same comparison as the report's "what changed" and /compare (lib/server/compare.ts).
  const changes = previous ? (await compareMoments({ from: previous.createdAt, to: null, locale: 'en' })).entries : null;
  return changeSummaryText(previous?.createdAt ?? null, {
    updates: changes?.updates.length ?? 0,
    figures: changes?.figures.length ?? 0,
    revisions: changes?.revisions.length ?? 0,
    added: changes?.added.length ?? 0,
  });
}

/** The lease every snapshot takes while Chromium runs: manual, command-line and scheduled ones never overlap. */
export const GENERATOR_LEASE = 'snapshot-generator';

/**
 * Makes one snapshot while holding the generator lease. A manual or command-line request finds
 * it taken and is told so; a scheduled one (`wait`) waits for it, up to `waitMs`.
 */
export async function generateSnapshot(options: Parameters<typeof makeSnapshot>[0] & { wait?: boolean; waitMs?: number }): Promise<SnapshotResult> {
  const db = await getDb();
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  // Long enough for the slowest snapshot the timeout allows (page load and charts), with room to store it.
  const leaseMs = env().SNAPSHOT_TIMEOUT_MS * 2 + 60_000;
  const deadline = Date.now() + (options.wait ? (options.waitMs ?? leaseMs) : 0);
  while (!(await takeLease(db, { name: GENERATOR_LEASE, holder, leaseMs }))) {
    if (Date.now() >= deadline) {
      const lease = await getLease({ name: GENERATOR_LEASE });
      const until = lease ? ` (its lease runs until ${lease.expiresAt.slice(11, 19)} UTC at the latest)` : '';
      throw new SnapshotError(`Another snapshot is being made right now${until}. Try again when it is done; nothing was stored.`);
    }
    options.log?.('Another snapshot is being made; waiting for it…');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  try {
    return await makeSnapshot(options);
  } finally {
    await releaseLease(db, { name: GENERATOR_LEASE, holder });
  }
}

async function makeSnapshot({
  baseUrl = defaultBaseUrl(),
  trigger,
  locale = routing.defaultLocale,
  actor = null,
  log = () => {},
}: {
  baseUrl?: string;
  trigger: 'schedule' | 'manual' | 'cli';
  locale?: Locale;
  actor?: Actor | null;
  log?: (line: string) => void;
}): Promise<SnapshotResult> {
  const started = Date.now();
  const { CHROMIUM_PATH, SNAPSHOT_TIMEOUT_MS } = env();
  if (CHROMIUM_PATH && !existsSync(CHROMIUM_PATH)) {
    throw new SnapshotError(
      `Chromium was not found at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH; nothing was stored.`,
    );
  }
  // English has no prefix (see i18n/routing.ts); other languages' reports live under /<locale>.
  const url = `${baseUrl.replace(/\/$/, '')}${locale === routing.defaultLocale ? '' : `/${locale}`}/report`;
  log(`Opening ${url} in Chromium…`);
  let browser: Browser | undefined;
  let pdf: Buffer;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH || undefined,
      // One renderer, no extensions or background services: a print job needs nothing more,
      // and it keeps the peak memory of a snapshot down.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--renderer-process-limit=1',
        '--no-zygote',
        '--single-process',
        '--disable-features=site-per-process,Translate,OptimizationHints,MediaRouter',
        '--js-flags=--max-old-space-size=128',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.emulateMedia({ media: 'print' });
    const response = await page.goto(url, { waitUntil: 'load', timeout: SNAPSHOT_TIMEOUT_MS }).catch((error: unknown) => {
      throw new SnapshotError(
        `Could not open ${url} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Is the server running? Nothing was stored.`,
      );
    });
    if (!response?.ok()) throw new SnapshotError(`The print view answered ${response?.status()} at ${url}; nothing was stored.`);
    log('Waiting for the charts to draw…');
    await page.waitForSelector('[data-report-ready="true"]', { state: 'attached', timeout: SNAPSHOT_TIMEOUT_MS }).catch(() => {
      throw new SnapshotError(
        `The print view did not become ready within ${Math.round(SNAPSHOT_TIMEOUT_MS / 1000)} s (charts not drawn); nothing was stored.`,
      );
    });
    log('Printing A4 PDF…');
    const margins = marginTemplates(locale, new Date().toISOString());
    pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: margins.header,
      footerTemplate: margins.footer,
    });
  } finally {
    await browser?.close();
  }
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const summary = await changeSummary();
  log(`Storing ${(pdf.length / 1024).toFixed(0)} KiB (sha256 ${sha256.slice(0, 12)}…)`);
  const row = await insertSnapshot(await getDb(), { pdf, sha256, summary, trigger, locale, actor });
  return { id: row.id, createdAt: row.createdAt, sizeBytes: pdf.length, sha256, summary, milliseconds: Date.now() - started };
}
