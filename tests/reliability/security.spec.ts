import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { randomBytes, scryptSync } from 'node:crypto';
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from '../../lib/password';
import { SIGN_IN_LIMITS } from '../../lib/rate-limit';
import { actionRoute, callAction, freshTotpCode, passwordAttempt, readActionManifest, signInSession, type ActionInfo } from './action-client';
import {
  ACCOUNTS,
  copyDatabase,
  prepareWorkspace,
  removeWorkspace,
  startApp,
  stopAllApps,
  tableFingerprints,
  withDatabase,
  type AppServer,
  type Workspace,
} from './app-server';

// Issue 14: the attacks, the way an attacker makes them: over HTTP against a production build,
// with forged headers, in parallel. Each test runs its own `next start` (ports 3510-3519) on
// its own copy of the seeded database; each fails if its defence is taken out.

let workspace: Workspace | undefined;
let actions: ActionInfo[] = [];

test.describe.configure({ mode: 'serial' });

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
  if (!found) throw new Error(`The build has no server action named ${name}`);
  return found;
}

async function server(name: string, port: number, env: Record<string, string> = {}): Promise<{ app: AppServer; db: string }> {
  const db = await copyDatabase(workspace!.template, path.join(workspace!.dir, `${name}.db`));
  return { app: await startApp(workspace!, { dbFile: db, port, env }), db };
}

async function rows(db: string, sql: string, args: (string | number)[] = []) {
  return withDatabase(db, async (client) => (await client.execute({ sql, args })).rows);
}

/** Accounts an attacker sprays: real ones, with a password nobody will guess. */
async function addAccounts(db: string, count: number): Promise<string[]> {
  const hash = await hashPassword('a-password-nobody-will-guess-0');
  const emails = Array.from({ length: count }, (_, i) => `sprayed-${i}@example.org`);
  await withDatabase(db, async (client) => {
    for (const email of emails)
      await client.execute({ sql: "insert into users (email, name, role, password_hash) values (?, ?, 'editor', ?)", args: [email, email, hash] });
  });
  return emails;
}

/** A logStatusUpdate call that would write an entry, for checking who may write. */
async function logUpdate(app: AppServer, cookie: string | undefined, db: string, note: string) {
  const [c] = await rows(db, "select id, slug, version from commitments where slug = 'historians-forum'");
  const action = actionNamed('logStatusUpdate');
  return callAction({
    baseUrl: app.baseUrl,
    route: actionRoute(action, { slug: String(c!.slug) }),
    actionId: action.id,
    cookie,
    fields: [
      ['commitmentId', String(c!.id)],
      ['expectedVersion', String(c!.version)],
      ['entryType', 'update'],
      ['asOf', '2024-08-07'],
      ['verdict', 'in-progress'],
      ['stage', ''],
      ['note', note],
      ['sourceId', ''],
      ['correctsId', ''],
    ],
  });
}

async function editorPage(app: AppServer, cookie: string) {
  const response = await fetch(`${app.baseUrl}/editor`, { headers: { Cookie: cookie }, redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') };
}

test('forged X-Forwarded-For with no proxy trusted: 24 wrong passwords over 24 accounts, a new address each, stop at the 21st; a stranger’s right password is refused, the owner’s own browser still gets in', async () => {
  const { app, db } = await server('forged', 3510);
  // Before the attack, the editor signs in from their usual browser: it gets a device cookie.
  const usual = await passwordAttempt(app.baseUrl, ACCOUNTS.editor);
  expect(usual.session).not.toBeNull();
  expect(usual.device).not.toBeNull();

  const accounts = await addAccounts(db, 24);
  const results = [];
  for (const [i, email] of accounts.entries()) {
    results.push(await passwordAttempt(app.baseUrl, { email, password: `guess-${i}` }, { headers: { 'X-Forwarded-For': `198.51.100.${i + 1}` } }));
  }
  const limit = SIGN_IN_LIMITS.untrusted.max;
  expect(results.slice(0, limit).map((r) => r.code)).toEqual(Array(limit).fill('credentials'));
  expect(results.slice(limit).map((r) => r.code)).toEqual(Array(24 - limit).fill('rate_limited'));
  // Only the evaluated guesses were recorded, and no client-chosen address was stored.
  expect(await rows(db, "select count(*) as n from sign_in_attempts where email like 'sprayed-%'")).toEqual([{ n: limit }]);
  expect(await rows(db, 'select distinct address from sign_in_attempts')).toEqual([{ address: '' }]);

  // A stranger with the editor's right password, from a new browser and a fresh forged address: refused.
  const stranger = await passwordAttempt(app.baseUrl, ACCOUNTS.editor, { headers: { 'X-Forwarded-For': '203.0.113.250' } });
  expect(stranger.code).toBe('rate_limited');
  expect(stranger.session).toBeNull();
  // The editor's own browser is judged by its own failures: none. No global lock-out.
  const owner = await passwordAttempt(app.baseUrl, ACCOUNTS.editor, { cookie: usual.device! });
  expect(owner.code).toBeNull();
  expect(owner.session).not.toBeNull();
  await app.stop();
});

test('behind one trusted proxy the address is the one the proxy appended: what the client forged before it is ignored, each real address has its own limit, and stored addresses stay short', async () => {
  const { app, db } = await server('proxy', 3511, { TRUSTED_PROXY_HOPS: '1' });
  const accounts = await addAccounts(db, SIGN_IN_LIMITS.perAddress.max + 1);
  // A monstrous "address" is not stored: the attempt counts as one without an address.
  const long = await passwordAttempt(
    app.baseUrl,
    { email: accounts[1]!, password: 'wrong' },
    { headers: { 'X-Forwarded-For': `1.1.1.1, ${'9'.repeat(500)}` } },
  );
  expect(long.code).toBe('credentials');
  const results = [];
  for (const [i, email] of accounts.entries()) {
    // The client forges a new address each time; the proxy appends the one it saw.
    results.push(await passwordAttempt(app.baseUrl, { email, password: 'wrong' }, { headers: { 'X-Forwarded-For': `10.9.8.${i}, 203.0.113.9` } }));
  }
  expect(results.slice(0, -1).every((r) => r.code === 'credentials')).toBe(true);
  expect(results.at(-1)!.code).toBe('rate_limited');
  // Another client behind the same proxy, even claiming the blocked address, is not blocked.
  const other = await passwordAttempt(
    app.baseUrl,
    { email: accounts[0]!, password: 'wrong' },
    { headers: { 'X-Forwarded-For': '203.0.113.9, 198.51.100.77' } },
  );
  expect(other.code).toBe('credentials');
  const stored = (await rows(db, 'select distinct address from sign_in_attempts')).map((r) => String(r.address)).sort();
  expect(stored).toEqual(['', '198.51.100.77', '203.0.113.9']);
  expect(stored.every((a) => a.length <= 64)).toBe(true);
  await app.stop();
});

test('twenty wrong passwords sent at once to one account: at most five are checked, the rest refused before their password is looked at', async () => {
  const { app, db } = await server('parallel', 3512);
  const guesses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => passwordAttempt(app.baseUrl, { email: ACCOUNTS.editor.email, password: `parallel-guess-${i}` })),
  );
  const checked = guesses.filter((g) => g.code === 'credentials').length;
  expect(checked).toBe(SIGN_IN_LIMITS.perAccount.max);
  expect(guesses.filter((g) => g.code === 'rate_limited')).toHaveLength(20 - checked);
  expect(await rows(db, 'select count(*) as n from sign_in_attempts where email = ?', [ACCOUNTS.editor.email])).toEqual([{ n: checked }]);
  // The right password from a new browser now waits too.
  expect((await passwordAttempt(app.baseUrl, ACCOUNTS.editor)).code).toBe('rate_limited');
  await app.stop();
});

test('whoever still owes a step gets 403 from every editor action and writes nothing: a one-time password to change, a second factor to give', async () => {
  const { app, db } = await server('pending', 3513);
  await withDatabase(db, (client) =>
    client.execute({ sql: 'update users set must_change_password = 1 where email = ?', args: [ACCOUNTS.editor2.email] }),
  );
  const invited = await passwordAttempt(app.baseUrl, ACCOUNTS.editor2);
  expect(invited.session).not.toBeNull();
  // An admin who gave the password but not yet the code.
  const halfway = await passwordAttempt(app.baseUrl, ACCOUNTS.admin);
  expect(halfway.session).not.toBeNull();
  // From here on, nothing these two send may change anything stored.
  const before = await tableFingerprints(db);

  expect((await logUpdate(app, invited.session!, db, 'written with a one-time password')).status).toBe(403);
  expect(await editorPage(app, invited.session!)).toMatchObject({ status: 307, location: expect.stringContaining('/editor/password') });

  expect((await logUpdate(app, halfway.session!, db, 'written without the second factor')).status).toBe(403);
  const invite = actionNamed('inviteUserAction');
  const invited2 = await callAction({
    baseUrl: app.baseUrl,
    route: actionRoute(invite, {}),
    actionId: invite.id,
    cookie: halfway.session!,
    fields: [
      ['email', 'sneaky@example.org'],
      ['name', 'Sneaky'],
      ['role', 'admin'],
    ],
  });
  expect(invited2.status).toBe(403);
  expect(await editorPage(app, halfway.session!)).toMatchObject({ status: 307, location: expect.stringContaining('/sign-in/second-factor') });
  expect(await tableFingerprints(db)).toEqual(before);

  // A wrong code is refused; the right one opens the workspace, once.
  const verify = actionNamed('verifySecondFactorAction');
  const send = (code: string) =>
    callAction({
      baseUrl: app.baseUrl,
      route: actionRoute(verify, {}),
      actionId: verify.id,
      cookie: halfway.session!,
      fields: [
        ['code', code],
        ['next', '/editor'],
      ],
    });
  const wrong = await send('000000');
  expect(wrong.result?.status).toBe('error');
  expect(JSON.stringify(wrong.result?.values ?? {})).not.toContain('000000');
  const right = await send(await freshTotpCode(ACCOUNTS.admin.totpSecret));
  expect(right.redirect).toBe('/editor');
  expect((await logUpdate(app, halfway.session!, db, 'written after the second factor')).result?.status).toBe('ok');
  await app.stop();
});

test('with SECOND_FACTOR=everyone an editor without a factor is sent to set one up and cannot write; with the default the same editor can', async () => {
  test.setTimeout(120_000);
  const strict = await server('everyone', 3518, { SECOND_FACTOR: 'everyone' });
  const editor = await passwordAttempt(strict.app.baseUrl, ACCOUNTS.editor);
  expect(editor.session).not.toBeNull();
  const before = await tableFingerprints(strict.db);
  expect(await editorPage(strict.app, editor.session!)).toMatchObject({ status: 307, location: expect.stringContaining('/editor/security') });
  expect((await logUpdate(strict.app, editor.session!, strict.db, 'written by an editor who owes a second factor')).status).toBe(403);
  expect(await tableFingerprints(strict.db)).toEqual(before);
  await strict.app.stop();

  const relaxed = await server('admins-only', 3518);
  const same = await passwordAttempt(relaxed.app.baseUrl, ACCOUNTS.editor);
  expect(await editorPage(relaxed.app, same.session!)).toMatchObject({ status: 200 });
  expect((await logUpdate(relaxed.app, same.session!, relaxed.db, 'written by an editor without a factor, as allowed')).result?.status).toBe('ok');
  await relaxed.app.stop();
});

test('a hash made with older, cheaper scrypt settings is replaced at its owner’s next sign-in, and a wrong password changes nothing', async () => {
  test.setTimeout(120_000);
  const { app, db } = await server('rehash', 3517);
  const email = 'old-hash@example.org';
  const password = 'an old password from before the upgrade';
  // scrypt$N$r$p$salt$hash, as an earlier release stored it: N = 2^14, r = 8, p = 1.
  const salt = randomBytes(16);
  const old = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64'), scryptSync(password, salt, 64, { N: 2 ** 14, r: 8, p: 1 }).toString('base64')].join(
    '$',
  );
  await withDatabase(db, (client) =>
    client.execute({ sql: "insert into users (email, name, role, password_hash) values (?, 'Old Hash', 'editor', ?)", args: [email, old] }),
  );
  const stored = async () => String((await rows(db, 'select password_hash from users where email = ?', [email]))[0]!.password_hash);

  const wrong = await passwordAttempt(app.baseUrl, { email, password: 'not it' });
  expect(wrong.session).toBeNull();
  expect(await stored()).toBe(old);

  const right = await passwordAttempt(app.baseUrl, { email, password });
  expect(right.session, 'the old hash still lets its owner in').not.toBeNull();
  const upgraded = await stored();
  expect(upgraded).not.toBe(old);
  expect(needsRehash(upgraded)).toBe(false);
  expect(upgraded.split('$').slice(1, 4).map(Number)).toEqual([SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p]);
  expect(await verifyPassword(password, upgraded)).toBe(true);
  // And the new hash works for the next sign-in.
  expect((await passwordAttempt(app.baseUrl, { email, password })).session).not.toBeNull();
});

test('an expired one-time password is refused with a message to ask an admin, and a fresh one works', async () => {
  const { app, db } = await server('expired', 3514, { ONE_TIME_PASSWORD_TTL_HOURS: '72' });
  const past = new Date(Date.now() - 60_000).toISOString();
  await withDatabase(db, (client) =>
    client.execute({
      sql: 'update users set must_change_password = 1, password_expires_at = ? where email = ?',
      args: [past, ACCOUNTS.editor2.email],
    }),
  );
  expect(await passwordAttempt(app.baseUrl, ACCOUNTS.editor2)).toMatchObject({ code: 'one_time_password_expired', session: null });
  const signIn = actionNamed('signInAction');
  const page = await callAction({
    baseUrl: app.baseUrl,
    route: '/sign-in',
    actionId: signIn.id,
    fields: [
      ['email', ACCOUNTS.editor2.email],
      ['password', ACCOUNTS.editor2.password],
      ['next', '/editor'],
    ],
  });
  expect(page.result?.message).toMatch(/one-time password has expired\. Ask an admin/);
  expect(JSON.stringify(page.result?.values ?? {})).not.toContain(ACCOUNTS.editor2.password);

  const future = new Date(Date.now() + 3_600_000).toISOString();
  await withDatabase(db, (client) =>
    client.execute({ sql: 'update users set password_expires_at = ? where email = ?', args: [future, ACCOUNTS.editor2.email] }),
  );
  expect((await passwordAttempt(app.baseUrl, ACCOUNTS.editor2)).session).not.toBeNull();
  await app.stop();
});

test('sessions end where they should: signing out ends every copy of the cookie; a password change the other sessions; disabling and a role change all of them', async () => {
  const { app, db } = await server('sessions', 3515);
  const signOut = actionNamed('signOutAction');

  // Two browsers, and a copy of the first one's cookie.
  const a = await signInSession(app.baseUrl, ACCOUNTS.editor);
  const b = await signInSession(app.baseUrl, ACCOUNTS.editor);
  const copied = a;
  expect((await editorPage(app, copied)).status).toBe(200);
  const out = await callAction({ baseUrl: app.baseUrl, route: '/editor', actionId: signOut.id, cookie: a, fields: [] });
  expect(out.redirect).toContain('/sign-in');
  for (const cookie of [copied, b]) {
    expect(await editorPage(app, cookie)).toMatchObject({ status: 307, location: expect.stringContaining('/sign-in') });
  }

  // A password change keeps the session that made it and ends the others.
  const here = await signInSession(app.baseUrl, ACCOUNTS.editor2);
  const elsewhere = await signInSession(app.baseUrl, ACCOUNTS.editor2);
  const change = actionNamed('changePasswordAction');
  const wrongCurrent = await callAction({
    baseUrl: app.baseUrl,
    route: '/editor/password',
    actionId: change.id,
    cookie: here,
    fields: [
      ['currentPassword', 'not-my-password-at-all'],
      ['newPassword', 'quiet river copper lantern'],
      ['confirmPassword', 'quiet river copper lantern'],
    ],
  });
  expect(wrongCurrent.result?.fieldErrors?.currentPassword).toBeDefined();
  // Passwords never travel back to the browser.
  expect(JSON.stringify(wrongCurrent.result)).not.toMatch(/not-my-password-at-all|quiet river copper lantern/);
  const weak = await callAction({
    baseUrl: app.baseUrl,
    route: '/editor/password',
    actionId: change.id,
    cookie: here,
    fields: [
      ['currentPassword', ACCOUNTS.editor2.password],
      ['newPassword', 'password1234'],
      ['confirmPassword', 'password1234'],
    ],
  });
  expect(weak.result?.fieldErrors?.newPassword?.join(' ')).toMatch(/too easy to guess/);
  const changed = await callAction({
    baseUrl: app.baseUrl,
    route: '/editor/password',
    actionId: change.id,
    cookie: here,
    fields: [
      ['currentPassword', ACCOUNTS.editor2.password],
      ['newPassword', 'quiet river copper lantern'],
      ['confirmPassword', 'quiet river copper lantern'],
    ],
  });
  expect(changed.redirect).toContain('password-changed=1');
  expect((await editorPage(app, here)).status).toBe(200);
  expect(await editorPage(app, elsewhere)).toMatchObject({ status: 307, location: expect.stringContaining('/sign-in') });

  // An admin disables one editor and changes the other's role: their sessions end at once.
  const admin = await signInSession(app.baseUrl, ACCOUNTS.admin, actions);
  const editor = await signInSession(app.baseUrl, ACCOUNTS.editor);
  const editor2 = here;
  const ids = await rows(db, 'select id, email from users');
  const idOf = (email: string) => String(ids.find((r) => r.email === email)!.id);
  const disable = actionNamed('setDisabledAction');
  const role = actionNamed('changeRoleAction');
  expect(
    (
      await callAction({
        baseUrl: app.baseUrl,
        route: '/editor/users',
        actionId: disable.id,
        cookie: admin,
        fields: [
          ['userId', idOf(ACCOUNTS.editor2.email)],
          ['disabled', 'true'],
        ],
      })
    ).result?.status,
  ).toBe('ok');
  expect(
    (
      await callAction({
        baseUrl: app.baseUrl,
        route: '/editor/users',
        actionId: role.id,
        cookie: admin,
        fields: [
          ['userId', idOf(ACCOUNTS.editor.email)],
          ['role', 'admin'],
        ],
      })
    ).result?.status,
  ).toBe('ok');
  for (const cookie of [editor, editor2]) {
    expect(await editorPage(app, cookie)).toMatchObject({ status: 307, location: expect.stringContaining('/sign-in') });
  }
  await app.stop();
});

/** Resident memory of every process in a process group, in bytes (Linux /proc). */
function groupRss(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // the fifth field of stat: the process group
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

/** Bytes under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    try {
      const stats = statSync(path.join(dir, entry));
      if (stats.isFile()) total += stats.size;
    } catch {
      // Removed while being read.
    }
  }
  return total;
}

async function medianMs(url: string, times = 60): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await (await fetch(url)).arrayBuffer();
    samples.push(performance.now() - started);
  }
  return samples.sort((x, y) => x - y)[Math.floor(samples.length / 2)]!;
}

/**
 * What the cache flood may add (docs/security.md). Disk: nothing that a made-up address can
 * create. Memory: the first burst raises resident memory as the heap grows to its working size
 * under 20 concurrent requests, as any heavy load does; after that, each further 10,000 made-up
 * requests must add less than `maxGrowthAfterWarmUpBytes`: memory stops growing.
 */
const FLOOD = { requests: 10_000, concurrency: 20, maxDiskGrowthBytes: 2 * 1024 * 1024, maxGrowthAfterWarmUpBytes: 64 * 1024 * 1024, rounds: 3 };

test('10,000 made-up searches, deep pages and unknown slugs, three times: disk does not grow, memory stops growing after the first, and pages stay fast', async () => {
  test.setTimeout(900_000);
  const { app } = await server('flood', 3516);
  const base = app.baseUrl;
  // Warm the real pages and the cache first, so what follows measures the flood only.
  for (const url of [
    '/',
    '/commitments',
    '/api/v1/commitments',
    '/api/v1/commitments/intra-regional-trade-15bn',
    '/commitments/intra-regional-trade-15bn',
  ]) {
    for (let i = 0; i < 20; i++) await (await fetch(`${base}${url}`)).arrayBuffer();
  }
  const diskBefore = folderBytes(workspace!.distDir);
  const memory = [groupRss(app.pid)];
  const fastBefore = await medianMs(`${base}/`);

  const random = () => Math.random().toString(36).slice(2, 10);
  const made = [
    () => `/api/v1/commitments?q=${random()}`,
    () => `/commitments?q=${random()}`,
    () => `/ru/commitments?q=${random()}`,
    () => `/api/v1/commitments?page=${11 + Math.floor(Math.random() * 100_000)}`,
    () => `/api/v1/commitments?per_page=${1 + Math.floor(Math.random() * 99)}&category=transport`,
    () => `/api/v1/commitments/${random()}-${random()}`,
    () => `/commitments/${random()}-${random()}`,
    () => `/sources/${random()}-${random()}`,
    () => `/api/v1/metrics/${random()}/observations`,
    () => `/feeds/commitments/${random()}/updates.atom`,
  ];
  const statuses = new Map<number, number>();
  for (let round = 0; round < FLOOD.rounds; round++) {
    let sent = 0;
    await Promise.all(
      Array.from({ length: FLOOD.concurrency }, async () => {
        while (sent < FLOOD.requests) {
          sent++;
          const response = await fetch(`${base}${made[sent % made.length]!()}`);
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      }),
    );
    memory.push(groupRss(app.pid));
  }
  const diskGrowth = folderBytes(workspace!.distDir) - diskBefore;
  const fastAfter = await medianMs(`${base}/`);
  const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
  const figures = {
    requests: FLOOD.requests * FLOOD.rounds,
    statuses: Object.fromEntries(statuses),
    diskGrowthKiB: Math.round(diskGrowth / 1024),
    residentMemoryMiB: memory.map(mib),
    dashboardMedianMs: { before: Number(fastBefore.toFixed(1)), after: Number(fastAfter.toFixed(1)) },
  };
  console.log(`[cache flood] ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: 'cache flood', description: JSON.stringify(figures) });
  expect(
    [...statuses.keys()].every((s) => s < 500),
    `no 5xx: ${JSON.stringify(figures.statuses)}`,
  ).toBe(true);
  expect(diskGrowth).toBeLessThan(FLOOD.maxDiskGrowthBytes);
  for (let round = 2; round < memory.length; round++) {
    expect(memory[round]! - memory[round - 1]!, `memory added by flood ${round} (MiB: ${figures.residentMemoryMiB.join(' → ')})`).toBeLessThan(
      FLOOD.maxGrowthAfterWarmUpBytes,
    );
  }
  expect(fastAfter).toBeLessThan(Math.max(2 * fastBefore, fastBefore + 20));
  await app.stop();
});
