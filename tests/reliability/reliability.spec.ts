import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import autocannon from 'autocannon';
import { test as browserTest } from '../../e2e/fixtures';
import { STAGES, type StagedKind } from '../../lib/domain';
import type { ActionState } from '../../lib/server/editor-action';
import {
  actionRoute,
  callAction,
  encodeActionBody,
  FORM_FIELD_PREFIX,
  readActionManifest,
  signInSession,
  type ActionInfo,
  type ActionResponse,
} from './action-client';
import {
  ACCOUNTS,
  copyDatabase,
  integrityCheck,
  prepareWorkspace,
  removeWorkspace,
  ROOT,
  startApp,
  stopAllApps,
  tableFingerprints,
  withDatabase,
  type AppServer,
  type Workspace,
} from './app-server';
import { percentile, runEditor, type Save } from './editors';
import { actionResultFromFlight } from './flight';
import { actionCases, queryCases, type ActionCase, type Known, type QueryCase } from './hostile-inputs';

// Issue 6, reliability: readers and writers together, a crash during saves, a thousand bad
// inputs, and a backup taken while the server writes. Each test runs its own `next start`
// (ports 3500-3504) on its own copy of a seeded database; see app-server.ts.

const run = promisify(execFile);

let workspace: Workspace | undefined;
let actions: ActionInfo[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  workspace = await prepareWorkspace();
  actions = readActionManifest(workspace.distDir);
});

test.afterAll(async () => {
  await stopAllApps();
  removeWorkspace(workspace);
});

function actionNamed(name: string): ActionInfo {
  const found = actions.find((a) => a.name === name);
  if (!found) throw new Error(`The build has no server action named ${name}; it has ${actions.map((a) => a.name).join(', ')}`);
  return found;
}

async function freshDatabase(name: string): Promise<string> {
  return copyDatabase(workspace!.template, path.join(workspace!.dir, `${name}.db`));
}

type CommitmentRow = { id: number; slug: string; version: number };

async function commitmentsOf(file: string, count: number): Promise<CommitmentRow[]> {
  return withDatabase(file, async (db) =>
    (await db.execute({ sql: 'select id, slug, version from commitments order by id limit ?', args: [count] })).rows.map((r) => ({
      id: Number(r.id),
      slug: String(r.slug),
      version: Number(r.version),
    })),
  );
}

async function storedNotes(file: string, prefix: string): Promise<{ note: string; commitmentId: number }[]> {
  return withDatabase(file, async (db) =>
    (
      await db.execute({
        sql: "select note, commitment_id from status_updates where note like ? escape '\\'",
        args: [`${prefix.replace(/[%_\\]/g, '\\$&')}%`],
      })
    ).rows.map((r) => ({
      note: String(r.note),
      commitmentId: Number(r.commitment_id),
    })),
  );
}

/** An as-of date every server clock agrees is not in the future. */
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const runId = Date.now().toString(36);

const say = (line: string) => console.log(`[reliability] ${line}`);

async function waitFor(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Stops the server even when the test failed, and shows its output then. */
async function withServer<T>(server: AppServer, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    console.error(`Server output (port ${server.port}):\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await server.stop();
  }
}

browserTest('the test client posts a server action exactly as the browser does, and the server takes its replay', async ({ page }) => {
  browserTest.setTimeout(120_000);
  const db = await freshDatabase('protocol');
  const server = await startApp(workspace!, { dbFile: db, port: 3500 });
  await withServer(server, async () => {
    const [commitment] = await commitmentsOf(db, 1);
    const logAction = actionNamed('logStatusUpdate');
    await page.goto(`${server.baseUrl}/sign-in?next=/editor/commitments/${commitment!.slug}`);
    await page.getByLabel('Email').fill(ACCOUNTS.editor.email);
    await page.getByLabel('Password').fill(ACCOUNTS.editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/editor\/commitments\//);
    const form = page.getByRole('form', { name: 'Log a status update' });
    await form.getByLabel('Verdict').selectOption({ label: 'In progress' });
    await form.getByLabel('Note').fill(`protocol-${runId} sent by the browser`);
    // The action's response is read through a route rather than from the page afterwards: the
    // page refreshes once the update is logged, and Chromium may drop a finished response's body
    // by then ("Network.getResponseBody: No data found").
    let responseBody: Buffer | undefined;
    await page.route('**/*', async (route) => {
      const r = route.request();
      if (r.method() !== 'POST' || r.headers()['next-action'] === undefined) return route.fallback();
      const response = await route.fetch();
      responseBody = await response.body();
      await route.fulfill({ response, body: responseBody });
    });
    const posted = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
    await form.getByRole('button', { name: 'Log update' }).click();
    const request = await posted;
    await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();

    // The same action id the manifest gives, posted to the page we would choose.
    expect(request.headers()['next-action']).toBe(logAction.id);
    expect(new URL(request.url()).pathname).toBe(actionRoute(logAction, { slug: commitment!.slug }));
    // The same body shape: field 0 holds [previous state, "$K1"], the form's fields are prefixed _1_.
    const body = await new Response(new Uint8Array(request.postDataBuffer() ?? Buffer.alloc(0)), {
      headers: { 'content-type': request.headers()['content-type']! },
    }).formData();
    const root = JSON.parse(String(body.get('0'))) as unknown[];
    expect(root).toHaveLength(2);
    expect(root[1]).toBe('$K1');
    const keys = [...body.keys()].filter((k) => k !== '0');
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(key.startsWith(FORM_FIELD_PREFIX), key).toBe(true);
    const browserFields = [...body.entries()].filter(([k]) => k !== '0').map(([k, v]) => [k.slice(FORM_FIELD_PREFIX.length), String(v)] as const);
    // Same names in the same order: the argument list (0) after the fields.
    expect([...encodeActionBody(browserFields).keys()]).toEqual([...body.keys()]);

    // The browser's own response, read by our Flight reader.
    expect(responseBody, 'the action response was captured').toBeDefined();
    const state = actionResultFromFlight(responseBody!) as ActionState;
    expect(state.status).toBe('ok');
    const version = state.result?.version;
    expect(version).toMatch(/^\d+$/);

    // Replayed with another note, from a session Auth.js gave the client directly.
    const cookie = await signInSession(server.baseUrl, ACCOUNTS.editor);
    const replay = await callAction({
      baseUrl: server.baseUrl,
      route: new URL(request.url()).pathname,
      actionId: logAction.id,
      cookie,
      fields: browserFields.map(
        ([k, v]) => [k, k === 'note' ? `protocol-${runId} replayed by the test client` : k === 'expectedVersion' ? version! : v] as const,
      ),
    });
    expect(replay.status).toBe(200);
    expect(replay.result?.status, JSON.stringify(replay.result)).toBe('ok');
    const notes = (await storedNotes(db, `protocol-${runId}`)).map((n) => n.note).sort();
    expect(notes).toEqual([`protocol-${runId} replayed by the test client`, `protocol-${runId} sent by the browser`]);
  });
});

test('200 readers for 30 s while editors save 500 status updates: no 5xx, exactly 500 stored', async () => {
  test.setTimeout(300_000);
  const db = await freshDatabase('load');
  const server = await startApp(workspace!, { dbFile: db, port: 3501 });
  await withServer(server, async () => {
    const sessions = [await signInSession(server.baseUrl, ACCOUNTS.editor), await signInSession(server.baseUrl, ACCOUNTS.editor2)];
    const [warmup, ...commitments] = await commitmentsOf(db, 11);
    const sourceSlug = await withDatabase(db, async (c) => String((await c.execute('select slug from sources order by id limit 1')).rows[0]!.slug));
    const readPaths = [
      '/',
      '/commitments',
      '/commitments/view/category/transport/sort/progress',
      `/commitments/${commitments[3]!.slug}`,
      '/sources',
      `/sources/${sourceSlug}`,
    ];
    for (const p of readPaths) expect((await fetch(`${server.baseUrl}${p}`)).status, p).toBe(200);

    const logAction = actionNamed('logStatusUpdate');
    // A server that has just started loads each route's code on first use; one in production
    // has long done so. Two saves on another commitment first, outside the measurement and
    // outside the notes counted below.
    const warmupSaves: Save[] = [];
    await runEditor(
      {
        baseUrl: server.baseUrl,
        action: logAction,
        cookie: sessions[0]!,
        commitment: warmup!,
        editor: 99,
        notePrefix: `warmup-${runId}`,
        asOf: yesterday,
        count: 2,
      },
      warmupSaves,
    );
    expect(warmupSaves.map((s) => s.outcome)).toEqual(['acked', 'acked']);
    const saves: Save[] = [];
    const started = Date.now();
    let readers: autocannon.Instance | undefined;
    const reads = new Promise<autocannon.Result>((resolve, reject) => {
      readers = autocannon(
        { url: server.baseUrl, connections: 200, duration: 600, timeout: 30, requests: readPaths.map((p) => ({ method: 'GET', path: p })) },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    // A probe of a static file every 100 ms: if the server ever stops answering altogether
    // (a blocked event loop), the log says when and for how long.
    let probing = true;
    const stalls: string[] = [];
    const probe = (async () => {
      while (probing) {
        const sent = Date.now();
        const outcome = await fetch(`${server.baseUrl}/static-reference.txt`, { signal: AbortSignal.timeout(60_000) }).then(
          (r) => r.text().then(() => `HTTP ${r.status}`),
          (e: Error) => e.message,
        );
        const took = Date.now() - sent;
        if (took > 1000) stalls.push(`${took} ms at ${((sent - started) / 1000).toFixed(1)} s (${outcome})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const perEditor = 500 / commitments.length;
    await Promise.all(
      commitments.map((commitment, editor) =>
        runEditor(
          {
            baseUrl: server.baseUrl,
            action: logAction,
            cookie: sessions[editor % 2]!,
            commitment,
            editor,
            notePrefix: `load-${runId}`,
            asOf: yesterday,
            count: perEditor,
          },
          saves,
        ),
      ),
    );
    const writeSeconds = (Date.now() - started) / 1000;
    // The readers keep going for at least 30 s, and for as long as the saves take.
    await new Promise((r) => setTimeout(r, Math.max(0, 30_000 - (Date.now() - started))));
    readers!.stop();
    const result = await reads;
    probing = false;
    await probe;

    const acked = saves.filter((s) => s.outcome === 'acked');
    const stored = await storedNotes(db, `load-${runId} `);
    const latencies = acked.map((s) => s.endedAt - s.startedAt);
    say(
      `readers: ${result.requests.total} requests by 200 connections in ${result.duration.toFixed(1)} s (${(result.requests.total / result.duration).toFixed(0)}/s); ` +
        `2xx ${result['2xx']}, 3xx ${result['3xx']}, 4xx ${result['4xx']}, 5xx ${result['5xx']}, errors ${result.errors}, timeouts ${result.timeouts}; ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    const slowest = acked.toSorted((a, b) => b.endedAt - b.startedAt - (a.endedAt - a.startedAt))[0];
    say(
      `writers: ${saves.length} saves sent by ${commitments.length} editors in ${writeSeconds.toFixed(1)} s, ${acked.length} acknowledged, ` +
        `save latency p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms` +
        (slowest ? ` (slowest ${slowest.endedAt - slowest.startedAt} ms, sent ${((slowest.startedAt - started) / 1000).toFixed(1)} s in)` : '') +
        `; ${stored.length} stored`,
    );
    say(`static-file probe every 100 ms: ${stalls.length === 0 ? 'always answered within 1 s' : `slow answers: ${stalls.join('; ')}`}`);
    expect(saves.filter((s) => s.outcome !== 'acked').map((s) => `${s.note}: ${s.detail}`)).toEqual([]);
    expect(acked).toHaveLength(500);
    expect(stored).toHaveLength(500);
    expect(new Set(stored.map((s) => s.note))).toEqual(new Set(acked.map((s) => s.note)));
    expect(result.duration).toBeGreaterThanOrEqual(29.5);
    expect(result['5xx']).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.errors).toBe(0);
  });
});

test('kill -9 while saves are in flight: after a restart the database is intact and holds every acknowledged save', async () => {
  test.setTimeout(180_000);
  const db = await freshDatabase('crash');
  const server = await startApp(workspace!, { dbFile: db, port: 3502 });
  const commitments = await commitmentsOf(db, 8);
  const logAction = actionNamed('logStatusUpdate');
  const saves: Save[] = [];
  let sessions: string[] = [];
  let inFlightAtKill = 0;
  await withServer(server, async () => {
    sessions = [await signInSession(server.baseUrl, ACCOUNTS.editor), await signInSession(server.baseUrl, ACCOUNTS.editor2)];
    const writers = Promise.all(
      commitments.map((commitment, editor) =>
        runEditor(
          {
            baseUrl: server.baseUrl,
            action: logAction,
            cookie: sessions[editor % 2]!,
            commitment,
            editor,
            notePrefix: `crash-${runId}`,
            asOf: yesterday,
          },
          saves,
        ),
      ),
    );
    await waitFor(() => saves.filter((s) => s.outcome === 'acked').length >= 40, '40 acknowledged saves', 60_000);
    inFlightAtKill = saves.filter((s) => !s.settled).length;
    await server.crash();
    await writers;
  });

  const acked = saves.filter((s) => s.outcome === 'acked');
  expect(inFlightAtKill, 'saves in flight when the server was killed').toBeGreaterThan(0);
  expect(saves.filter((s) => s.outcome === 'refused').map((s) => s.detail)).toEqual([]);

  const restarted = await startApp(workspace!, { dbFile: db, port: 3502 });
  await withServer(restarted, async () => {
    const integrity = await integrityCheck(db);
    const stored = await storedNotes(db, `crash-${runId} `);
    const storedSet = new Set(stored.map((s) => s.note));
    const missing = acked.filter((s) => !storedSet.has(s.note)).map((s) => s.note);
    const unacknowledgedButStored = stored.filter((s) => !acked.some((a) => a.note === s.note)).length;
    say(
      `crash: ${saves.length} saves sent by ${commitments.length} editors, ${acked.length} acknowledged, ${inFlightAtKill} in flight at kill -9; ` +
        `after restart: integrity_check ${integrity}, ${stored.length} stored (${unacknowledgedButStored} committed but never acknowledged), ${missing.length} acknowledged saves missing`,
    );
    expect(integrity).toBe('ok');
    expect(missing).toEqual([]);
    expect(stored.every((s) => saves.some((sent) => sent.note === s.note))).toBe(true);
    // Each save is one transaction: the version bump and the new row land together or not at all.
    const after = await commitmentsOf(db, 8);
    for (const [i, commitment] of after.entries()) {
      const mine = stored.filter((s) => s.commitmentId === commitment.id).length;
      expect(commitment.version, commitment.slug).toBe(commitments[i]!.version + mine);
    }
    // And the restarted server takes saves again, on the same session.
    const again: Save[] = [];
    await runEditor(
      {
        baseUrl: restarted.baseUrl,
        action: logAction,
        cookie: sessions[0]!,
        commitment: after[0]!,
        editor: 0,
        notePrefix: `crash-${runId}-after`,
        asOf: yesterday,
        count: 1,
      },
      again,
    );
    expect(again.map((s) => s.outcome)).toEqual(['acked']);
  });
});

async function knownValues(db: string): Promise<Known> {
  return withDatabase(db, async (c) => {
    const one = async (sql: string, args: (string | number)[] = []) => {
      const row = (await c.execute({ sql, args })).rows[0];
      if (!row) throw new Error(`No row for: ${sql}`);
      return row;
    };
    const staged = await one("select id, slug, version, kind from commitments where kind <> 'target' order by id limit 1");
    const kind = String(staged.kind) as StagedKind;
    const foreignStage = Object.values(STAGES)
      .flat()
      .find((s) => !(STAGES[kind] as readonly string[]).includes(s))!;
    const target = await one("select id, version from commitments where kind = 'target' order by id limit 1");
    const source = await one('select id, slug, published_on from sources order by id limit 1');
    const metric = await one('select id, slug from metrics order by id limit 1');
    let maxId = 0;
    for (const table of ['commitments', 'sources', 'metrics', 'observations', 'status_updates', 'users', 'snapshots']) {
      maxId = Math.max(maxId, Number((await one(`select coalesce(max(id), 0) as n from ${table}`)).n));
    }
    return {
      today: new Date().toISOString().slice(0, 10),
      staged: { id: Number(staged.id), version: Number(staged.version), stage: STAGES[kind][1], foreignStage },
      target: { id: Number(target.id), version: Number(target.version) },
      foreignUpdateId: Number((await one('select id from status_updates where commitment_id <> ? order by id limit 1', [Number(staged.id)])).id),
      sourceId: Number(source.id),
      sourceSlug: String(source.slug),
      sourcePublishedOn: String(source.published_on),
      commitmentSlug: String(staged.slug),
      metricId: Number(metric.id),
      metricSlug: String(metric.slug),
      observationId: Number((await one('select id from observations order by id limit 1')).id),
      adminId: Number((await one('select id from users where email = ?', [ACCOUNTS.admin.email])).id),
      editorId: Number((await one('select id from users where email = ?', [ACCOUNTS.editor.email])).id),
      editor: { email: ACCOUNTS.editor.email, password: ACCOUNTS.editor.password },
      adminEmail: ACCOUNTS.admin.email,
      missingId: maxId + 100_000,
    };
  });
}

/** zod's own wording, which tells an editor nothing about our fields. */
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Too (big|small)|Invalid (string|number|email|url|date|format)|Expected |Required$)/;

/** Why a response does not meet the case's expectation; null when it does. */
function judgeAction(c: ActionCase, r: ActionResponse): string | null {
  if (r.status >= 500) return `HTTP ${r.status} (${r.problem ?? JSON.stringify(r.result)?.slice(0, 200)})`;
  const expect = c.expect;
  switch (expect.kind) {
    case 'status':
      if (r.status !== expect.status) return `HTTP ${r.status}, expected ${expect.status}`;
      return expect.status === 413 && !/at most .* MB/.test(r.problem ?? '') ? `a 413 without its explanation: ${r.problem}` : null;
    case 'client-error':
      return r.status >= 400 && r.status < 500 ? null : `HTTP ${r.status}, expected a 4xx`;
    case 'redirect':
      return r.status === 200 && r.redirect?.startsWith(expect.startsWith) && !/evil/.test(r.redirect)
        ? null
        : `HTTP ${r.status}, redirect ${JSON.stringify(r.redirect)}, expected one to ${expect.startsWith}: ${JSON.stringify(r.result)?.slice(0, 200)}`;
    case 'rejected': {
      if (r.status !== 200) return `HTTP ${r.status}, expected 200 with a refusal`;
      const state = r.result;
      if (!state) return `no action result: ${r.problem}`;
      if (state.status !== 'error' && state.status !== 'conflict') return `not refused: ${state.status} “${state.message}”`;
      if (!state.message?.trim()) return 'refused without a message';
      if (/server error/i.test(state.message)) return `a server error dressed as a refusal: ${state.message}`;
      for (const [field, messages] of Object.entries(state.fieldErrors ?? {})) {
        for (const m of messages) if (!m.trim() || ZOD_DEFAULT.test(m)) return `unclear message on ${field}: “${m}”`;
      }
      if (c.echo) {
        const sent = c.fields.find(([n]) => n === c.echo)?.[1];
        const back = state.values?.[c.echo.replace(/\[\]$/, '')];
        if ((Array.isArray(back) ? back[0] : back) !== sent) return `${c.echo} did not come back as typed: ${JSON.stringify(back)?.slice(0, 80)}`;
      }
      return null;
    }
  }
}

async function judgeQuery(c: QueryCase, baseUrl: string): Promise<{ status: number; problem: string | null }> {
  const response = await fetch(`${baseUrl}${c.path}`, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  const body = await response.text();
  const status = response.status;
  const fail = (why: string) => ({ status, problem: `${why} (HTTP ${status}: ${body.replace(/\s+/g, ' ').slice(0, 160)})` });
  if (status >= 500) return fail('server error');
  switch (c.expect) {
    case 'notice':
      return status === 200 && body.includes('notice--warning') ? { status, problem: null } : fail('no “bad filter” notice');
    case 'escaped':
      if (status !== 200) return fail('expected 200');
      return c.reflected && body.includes(c.reflected) ? fail('the search text came back as markup') : { status, problem: null };
    case 'not-found':
      return status === 404 ? { status, problem: null } : fail('expected 404');
    case 'bad-request':
      return status === 400 ? { status, problem: null } : fail('expected 400');
    case 'client-error':
      return status >= 400 && status < 500 ? { status, problem: null } : fail('expected a 4xx');
    case 'api-error': {
      if (status !== c.api!.status) return fail(`expected ${c.api!.status}`);
      const error = (JSON.parse(body) as { error?: { message?: string; parameter?: string | null } }).error;
      if (!error?.message?.trim()) return fail('no error message');
      if (error.parameter !== c.api!.parameter)
        return fail(`the error names ${JSON.stringify(error.parameter)}, expected ${JSON.stringify(c.api!.parameter)}`);
      return { status, problem: null };
    }
  }
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

test('a thousand malformed and hostile inputs against every write path and public parameter: all refused clearly, none a 5xx, nothing stored changes', async () => {
  test.setTimeout(420_000);
  const db = await freshDatabase('bad-input');
  const server = await startApp(workspace!, { dbFile: db, port: 3503 });
  await withServer(server, async () => {
    const cookies: Record<ActionCase['account'], string | undefined> = {
      editor: await signInSession(server.baseUrl, ACCOUNTS.editor),
      admin: await signInSession(server.baseUrl, ACCOUNTS.admin, actions),
      anonymous: undefined,
    };
    const known = await knownValues(db);
    const before = await tableFingerprints(db);
    const cases = actionCases(known);
    const queries = queryCases(known);
    const exported = new Set(actions.filter((a) => a.file.endsWith('actions.ts')).map((a) => a.name));
    // Every server action of the build is attacked (the unit test checks the source files too).
    expect([...exported].filter((name) => !cases.some((c) => c.action === name))).toEqual([]);

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let serverErrors = 0;
    const count = (status: number) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) serverErrors++;
    };
    const started = Date.now();
    const attack = async (c: ActionCase) => {
      const info = actionNamed(c.action);
      let response: ActionResponse;
      try {
        response = await callAction({
          baseUrl: server.baseUrl,
          route: c.route ?? (c.actionId ? '/editor' : actionRoute(info, { slug: known.commitmentSlug })),
          actionId: c.actionId ?? info.id,
          fields: c.fields,
          root: c.root,
          cookie: cookies[c.account],
        });
      } catch (error) {
        failures.push(`${c.label}: request failed: ${(error as Error).message}`);
        return;
      }
      count(response.status);
      const problem = judgeAction(c, response);
      if (problem) failures.push(`${c.label} [${c.category}, ${c.layer}]: ${problem}`);
    };
    // Correct sign-ins first: refused ones soon fill the per-address throttle.
    const first = cases.filter((c) => c.category === 'open-redirect');
    for (const c of first) await attack(c);
    await pool(
      cases.filter((c) => c.category !== 'open-redirect'),
      4,
      attack,
    );
    await pool(queries, 4, async (q) => {
      try {
        const { status, problem } = await judgeQuery(q, server.baseUrl);
        count(status);
        if (problem) failures.push(`${q.label} [${q.category}]: ${problem}`);
      } catch (error) {
        failures.push(`${q.label}: request failed: ${(error as Error).message}`);
      }
    });
    const seconds = (Date.now() - started) / 1000;
    const after = await tableFingerprints(db);
    const health = await fetch(`${server.baseUrl}/api/health`);
    say(
      `bad input: ${cases.length} action inputs (${new Set(cases.map((c) => c.action)).size} actions) and ${queries.length} public-address inputs in ${seconds.toFixed(1)} s; ` +
        `responses by status ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; 5xx ${serverErrors}; ${failures.length} not refused as expected`,
    );
    say(
      `bad input: tables compared before/after: ${Object.entries(after)
        .map(([t, v]) => `${t} ${v.rows}`)
        .join(', ')}`,
    );
    expect(failures.slice(0, 40), `${failures.length} inputs were not refused as expected`).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(after).toEqual(before);
    expect(health.status).toBe(200);
  });
});

test('npm run db:backup while the server takes saves; npm run db:restore brings back a consistent prefix of them', async () => {
  test.setTimeout(180_000);
  const db = await freshDatabase('backup');
  const server = await startApp(workspace!, { dbFile: db, port: 3504 });
  const commitments = await commitmentsOf(db, 6);
  const logAction = actionNamed('logStatusUpdate');
  const saves: Save[] = [];
  const backupFile = path.join(workspace!.dir, 'backup-under-load.db');
  const restoredFile = path.join(workspace!.dir, 'restored', 'tracker.db');
  let backupStarted = 0;
  let backupEnded = 0;
  let ackedBeforeBackup = new Set<string>();
  let backupOutput = '';
  await withServer(server, async () => {
    const cookie = await signInSession(server.baseUrl, ACCOUNTS.editor);
    let saving = true;
    const writers = Promise.all(
      commitments.map((commitment, editor) =>
        runEditor(
          {
            baseUrl: server.baseUrl,
            action: logAction,
            cookie,
            commitment,
            editor,
            notePrefix: `backup-${runId}`,
            asOf: yesterday,
            keepGoing: () => saving,
          },
          saves,
        ),
      ),
    );
    const ackedCount = () => saves.filter((s) => s.outcome === 'acked').length;
    await waitFor(() => ackedCount() >= 12, '12 acknowledged saves', 60_000);
    ackedBeforeBackup = new Set(saves.filter((s) => s.outcome === 'acked').map((s) => s.note));
    backupStarted = Date.now();
    // The operator's command, as a separate process, while the editors keep saving.
    const backup = await run('npm', ['run', '--silent', 'db:backup', '--', '--out', backupFile], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${db}` },
      timeout: 60_000,
    });
    backupEnded = Date.now();
    backupOutput = backup.stdout;
    const ackedAtEnd = ackedCount();
    await waitFor(() => ackedCount() >= ackedAtEnd + 6, 'saves after the backup', 60_000);
    saving = false;
    await writers;
  });

  expect(backupOutput).toMatch(/Backup written: .+ integrity ok/);
  expect(saves.filter((s) => s.outcome !== 'acked').map((s) => `${s.note}: ${s.detail}`)).toEqual([]);
  const acked = saves.filter((s) => s.outcome === 'acked');
  const duringBackup = acked.filter((s) => s.endedAt > backupStarted && s.startedAt < backupEnded).length;
  expect(duringBackup, 'saves acknowledged while db:backup ran').toBeGreaterThan(0);

  const restore = await run('npm', ['run', '--silent', 'db:restore', '--', '--from', backupFile], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${restoredFile}` },
    timeout: 60_000,
  });
  expect(restore.stdout).toContain('Restored');
  const integrity = await integrityCheck(restoredFile);
  const restored = await storedNotes(restoredFile, `backup-${runId} `);
  const restoredNotes = new Set(restored.map((r) => r.note));
  say(
    `backup: ${acked.length} saves acknowledged (${ackedBeforeBackup.size} before db:backup, ${duringBackup} while it ran for ${((backupEnded - backupStarted) / 1000).toFixed(1)} s); ` +
      `restored copy: integrity_check ${integrity}, ${restored.length} of the saves`,
  );
  expect(integrity).toBe('ok');
  // Everything acknowledged before the backup began is in it; nothing sent after it ended is.
  expect([...ackedBeforeBackup].filter((n) => !restoredNotes.has(n))).toEqual([]);
  expect(saves.filter((s) => s.startedAt > backupEnded && restoredNotes.has(s.note)).map((s) => s.note)).toEqual([]);
  // Per editor, the copy holds saves 0..k-1 with no gap: one moment of a sequence.
  for (const editor of commitments.keys()) {
    const sequences = saves
      .filter((s) => s.editor === editor && restoredNotes.has(s.note))
      .map((s) => s.sequence)
      .sort((a, b) => a - b);
    expect(sequences, `editor ${editor}`).toEqual(sequences.map((_, i) => i));
  }
  // And each commitment's version matches the number of its saves in the copy.
  const restoredCommitments = await commitmentsOf(restoredFile, 6);
  for (const [i, commitment] of restoredCommitments.entries()) {
    expect(commitment.version, commitment.slug).toBe(commitments[i]!.version + restored.filter((r) => r.commitmentId === commitment.id).length);
  }
  // The live database kept every acknowledged save.
  const live = new Set((await storedNotes(db, `backup-${runId} `)).map((r) => r.note));
  expect(acked.filter((s) => !live.has(s.note)).map((s) => s.note)).toEqual([]);
});
