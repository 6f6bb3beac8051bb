import { z } from 'zod';

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
  /** Days without an update after which a commitment is flagged stale. */
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Public base URL, used for absolute links in feeds and reports. */
  SITE_URL: z.string().url().default('http://localhost:3000'),
  /** Cron expression (UTC) for PDF snapshots, or 'off'. Default: 06:00 on the 1st of each month. */
  SNAPSHOT_SCHEDULE: z.string().trim().min(1).default('0 6 1 * *'),
  /** Where the snapshot generator finds the print view; default: this machine's server. */
  SNAPSHOT_BASE_URL: z.string().url().optional(),
  /** How long the generator waits for the print view to draw its charts. */
  SNAPSHOT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
  /** Chromium for PDF snapshots; empty = Playwright's own browser. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
