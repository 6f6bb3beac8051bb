import { z } from 'zod';
import { DEFAULT_STALE_AFTER_DAYS } from './domain';

// The one place the process environment is read and validated. Reading variables
// is not I/O in the sense the rest of lib/ avoids, and keeping it here lets the
// scripts and the server share the same rules and defaults.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default('file:./data/tracker.db')
    .refine((v) => /^(file:|libsql:|https?:|wss?:)/.test(v), {
      message: 'DATABASE_URL must start with file:, libsql:, http(s): or ws(s):',
    }),
  DATABASE_AUTH_TOKEN: z.string().trim().min(1).optional(),
  /** Busy timeout for embedded databases, in milliseconds. */
  DATABASE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  // How long a save on a libSQL server waits for its own write to be readable (replicas).
  DATABASE_READ_YOUR_WRITES_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /** Days without a review, update or figure after which a commitment is flagged stale. */
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_STALE_AFTER_DAYS),
  /** Public base URL, used for absolute links in feeds and reports; default: this machine on PORT. */
  SITE_URL: z.string().url().optional(),
  /** Cron expression (UTC) for PDF snapshots, or 'off'. Default: 06:00 on the 1st of each month. */
  SNAPSHOT_SCHEDULE: z.string().trim().min(1).default('0 6 1 * *'),
  /** Where the snapshot generator finds the print view; default: this machine's server. */
  SNAPSHOT_BASE_URL: z.string().url().optional(),
  /** How long the generator waits for the print view to draw its charts. */
  SNAPSHOT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
  /** Chromium for PDF snapshots; empty = Playwright's own browser. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /**
   * How many reverse proxies in front of the server append the client's address to
   * X-Forwarded-For. 0 (default): none is trusted and no address is read (lib/client-address.ts).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Hours a one-time password (an invitation, a reset, the first admin's) stays valid. */
  ONE_TIME_PASSWORD_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /** Who must use a second factor: admins (default) or everyone. Anyone may choose to. */
  SECOND_FACTOR: z.enum(['admins', 'everyone'], { error: 'SECOND_FACTOR must be admins or everyone' }).default('admins'),
  /**
   * Evidence archiving (lib/server/evidence-archive.ts): 'on' fetches each saved link in the
   * background and checks archived links on a schedule; 'off' queues them and fetches nothing.
   */
  EVIDENCE_ARCHIVE: z.enum(['on', 'off'], { error: 'EVIDENCE_ARCHIVE must be on or off' }).default('on'),
  /**
   * host:port pairs the archiver may fetch although they resolve to a private or loopback
   * address: for a local test fixture only. Empty (default) in production.
   */
  EVIDENCE_ARCHIVE_ALLOW_HOSTS: z.string().default(''),
  /** Largest copy kept of one page, in megabytes; a longer page is kept up to this and marked as cut. */
  EVIDENCE_ARCHIVE_MAX_MB: z.coerce.number().min(0.01).max(50).default(5),
  /** Time allowed for one fetch, redirects included. */
  EVIDENCE_ARCHIVE_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  /** Days between two checks that an archived link still answers. */
  LINK_CHECK_DAYS: z.coerce.number().min(0.0001).max(365).default(7),
  /** Seconds between two passes of the archive queue (due fetches, retries and link checks). */
  EVIDENCE_ARCHIVE_INTERVAL_S: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Largest file an editor may attach as evidence, in megabytes. */
  EVIDENCE_FILE_MAX_MB: z.coerce.number().min(0.01).max(2.5).default(2),
  /** Auth.js's secret; also the root of the keys that seal TOTP secrets and sign device cookies. */
  AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must be at least 16 characters').optional(),
});

export type Env = Omit<z.infer<typeof schema>, 'SITE_URL'> & { SITE_URL: string };

let cached: Env | undefined;

/**
 * Validates an environment. An unset SITE_URL follows the port the server listens on, so a
 * demo on another PORT links to itself rather than to localhost:3000.
 */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return { ...parsed.data, SITE_URL: parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}` };
}

/** The server's secret; refuses to run without one rather than sealing with a guessable key. */
export function serverSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: the scripts create one (scripts/auth-secret.sh); set your own in production.');
  return secret;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
