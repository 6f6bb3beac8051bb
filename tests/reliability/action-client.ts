import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionState } from '../../lib/server/editor-action';
import { timeStep, totpCode } from '../../lib/totp';
import type { Account } from './app-server';
import { actionResultFromFlight, FlightErrorRow } from './flight';

// Calls the app's server actions over plain HTTP, the way React's client does: a POST to a
// page that bundles the action, the action's id in the `Next-Action` header, and the
// arguments encoded by React's `encodeReply`. Our forms use `useActionState`, so every
// action is called as (previousState, formData): field `0` holds the argument list as
// JSON, with the FormData written as `$K1` and its entries as fields prefixed `_1_`.
// The browser test in reliability.spec.ts checks that a real form posts exactly this.

/** A form field's value: text, or a file upload (which our forms never send for these names). */
export type FieldValue = string | { file: string };
export type Fields = ReadonlyArray<readonly [name: string, value: FieldValue]>;

export type ActionInfo = { id: string; file: string; name: string; workers: string[] };

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> };

/** Every server action of a build, from the manifest Next writes next to the server bundle. */
export function readActionManifest(distDir: string): ActionInfo[] {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    if (!entry.filename || !entry.exportedName)
      throw new Error(`${file}: action ${id} has no filename or exportedName; has Next changed its manifest?`);
    return { id, file: entry.filename, name: entry.exportedName, workers: Object.keys(entry.workers) };
  });
}

/**
 * The URL of the page a worker bundle serves: 'app/(workspace)/editor/commitments/[slug]/page'
 * → '/editor/commitments/<slug>'. Route groups and the locale segment (English needs no
 * prefix) disappear; null when a dynamic segment has no value in `params`.
 */
export function routeOfWorker(worker: string, params: Readonly<Record<string, string>>): string | null {
  const match = /^app(\/.*)?\/page$/.exec(worker);
  if (!match) return null;
  const segments: string[] = [];
  for (const segment of (match[1] ?? '').split('/').filter(Boolean)) {
    if (/^\(.*\)$/.test(segment) || segment === '[locale]') continue;
    const dynamic = /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(segment);
    if (dynamic) {
      const value = params[dynamic[1]!];
      if (value === undefined) return null;
      segments.push(encodeURIComponent(value));
    } else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

/** A page to post the action to: the bundle with the fewest dynamic segments we can fill. */
export function actionRoute(action: ActionInfo, params: Readonly<Record<string, string>>): string {
  const routes = action.workers
    .map((worker) => ({ route: routeOfWorker(worker, params), dynamic: (worker.match(/\[/g) ?? []).length }))
    .filter((r): r is { route: string; dynamic: number } => r.route !== null)
    .sort((a, b) => a.dynamic - b.dynamic || a.route.localeCompare(b.route));
  if (!routes[0]) throw new Error(`No page to call ${action.name} through: its bundles are ${action.workers.join(', ')}`);
  return routes[0].route;
}

export const IDLE_STATE: ActionState = { status: 'idle' };

/** How React names the entries of the FormData that is argument `$K1`. */
export const FORM_FIELD_PREFIX = '_1_';

/**
 * The request body React's client sends for action(previousState, formData). The argument
 * list comes last: the server reads the body as a stream and builds the FormData argument
 * from the fields it has seen when the list arrives.
 */
export function encodeActionBody(fields: Fields, options: { root?: string } = {}): FormData {
  const body = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === 'string') body.append(`${FORM_FIELD_PREFIX}${name}`, value);
    else body.append(`${FORM_FIELD_PREFIX}${name}`, new Blob([value.file], { type: 'text/csv' }), 'upload.csv');
  }
  body.append('0', options.root ?? JSON.stringify([IDLE_STATE, '$K1']));
  return body;
}

export type ActionResponse = {
  status: number;
  /** The action's return value, when the response carried one. */
  result: ActionState | null;
  /** Where a successful action sends the browser (x-action-redirect), if anywhere. */
  redirect: string | null;
  /** Why the body could not be read as an action result (an error row, not Flight at all...). */
  problem: string | null;
  milliseconds: number;
};

export type CallOptions = {
  baseUrl: string;
  route: string;
  actionId: string;
  fields: Fields;
  cookie?: string;
  /** Replaces the encoded argument list (field 0), for malformed-protocol cases. */
  root?: string;
  timeoutMs?: number;
};

export async function callAction(options: CallOptions): Promise<ActionResponse> {
  const started = performance.now();
  const response = await fetch(`${options.baseUrl}${options.route}`, {
    method: 'POST',
    headers: {
      Accept: 'text/x-component',
      'Next-Action': options.actionId,
      Origin: options.baseUrl,
      ...(options.cookie ? { Cookie: options.cookie } : {}),
    },
    body: encodeActionBody(options.fields, { root: options.root }),
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const milliseconds = performance.now() - started;
  // Auth.js redirects with absolute URLs: ours become paths, anyone else's stay absolute.
  const target = response.headers.get('x-action-redirect')?.split(';')[0];
  const resolved = target === undefined ? null : new URL(target, options.baseUrl);
  const redirect = resolved === null ? null : resolved.origin === options.baseUrl ? `${resolved.pathname}${resolved.search}` : resolved.href;
  let result: ActionState | null = null;
  let problem: string | null = null;
  if ((response.headers.get('content-type') ?? '').includes('text/x-component')) {
    try {
      result = actionResultFromFlight(body) as ActionState;
    } catch (error) {
      problem = error instanceof FlightErrorRow ? error.message : `unreadable response: ${(error as Error).message}`;
    }
  } else {
    problem = `${response.headers.get('content-type') ?? 'no content type'}: ${body.toString('utf8').slice(0, 200)}`;
  }
  return { status: response.status, result, redirect, problem, milliseconds };
}

/** The cookies a response sets, as a Cookie header value. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}

/** The cookies a response sets, by name. */
export function cookieMap(response: Response): Map<string, string> {
  return new Map(
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .map((c) => [c.slice(0, c.indexOf('=')), c] as [string, string]),
  );
}

export type PasswordAttempt = {
  status: number;
  /** Where Auth.js sends the browser: /editor on success, /sign-in?error=...&code=... on a refusal. */
  location: string | null;
  /** Auth.js's refusal code (credentials = wrong email or password, rate_limited...), null on success. */
  code: string | null;
  session: string | null;
  /** The device cookie a successful sign-in hands out. */
  device: string | null;
};

/** One password attempt through Auth.js's own endpoints, with any extra headers (a forged X-Forwarded-For...) and cookies. */
export async function passwordAttempt(
  baseUrl: string,
  who: { email: string; password: string },
  { headers = {}, cookie }: { headers?: Record<string, string>; cookie?: string } = {},
): Promise<PasswordAttempt> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: [cookiesOf(csrf), cookie].filter(Boolean).join('; ') },
    body: new URLSearchParams({ csrfToken, email: who.email, password: who.password, callbackUrl: `${baseUrl}/editor` }),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  const set = cookieMap(response);
  const session = set.get('authjs.session-token') ?? null;
  const code = session
    ? null
    : location
      ? (new URL(location, baseUrl).searchParams.get('code') ?? new URL(location, baseUrl).searchParams.get('error'))
      : null;
  return { status: response.status, location, code, session, device: set.get('ct_device') ?? null };
}

/** TOTP steps already spent per key in this process: a code is accepted once. */
const spentSteps = new Map<string, number>();

/** A code for the next unspent time step (now or the next one), waiting when both are spent. */
export async function freshTotpCode(secret: string): Promise<string> {
  for (;;) {
    const now = new Date();
    const step = Math.max(timeStep(now), (spentSteps.get(secret) ?? 0) + 1);
    if (step <= timeStep(now) + 1) {
      spentSteps.set(secret, step);
      return totpCode(secret, new Date(step * 30_000 + 1_000));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * Signs in through Auth.js's own endpoints; returns the session cookie. An account with a
 * second factor also gives a code through the sign-in step's action (`actions`: the build's).
 */
export async function signInSession(baseUrl: string, who: Account, actions?: ActionInfo[]): Promise<string> {
  const attempt = await passwordAttempt(baseUrl, who);
  if (!attempt.session) throw new Error(`Signing in as ${who.email} gave no session (HTTP ${attempt.status}, to ${attempt.location})`);
  if (!who.totpSecret) return attempt.session;
  const verify = actions?.find((a) => a.name === 'verifySecondFactorAction');
  if (!verify) throw new Error(`${who.email} has a second factor: pass the build's actions to signInSession`);
  const response = await callAction({
    baseUrl,
    route: actionRoute(verify, {}),
    actionId: verify.id,
    cookie: attempt.session,
    fields: [
      ['code', await freshTotpCode(who.totpSecret)],
      ['next', '/editor'],
    ],
  });
  if (response.redirect !== '/editor')
    throw new Error(`The second factor of ${who.email} was refused: ${JSON.stringify(response.result ?? response.problem)}`);
  return attempt.session;
}
