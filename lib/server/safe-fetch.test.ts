import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAllowHosts } from '@/lib/ip-policy';
import { safeFetch, type SafeFetchPolicy, type SafeFetchResult } from './safe-fetch';

// A fixture server on 127.0.0.1, reachable only because tests put it in allowHosts.

const HTML = '<!doctype html><html><head><title>Evidence</title></head><body>Promise kept.</body></html>';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(64, 0x20), Buffer.from('\n%%EOF\n')]);
const MAX_BYTES = 4096;
const BIG = Buffer.alloc(MAX_BYTES * 5, 'x');

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

let server: Server;
let port: number;
let base: string;
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
let slowSocketClosed = false;

function route(path: string, res: ServerResponse, req: IncomingMessage): void {
  const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  const redirect = (location: string, status = 302, headers: Record<string, string> = {}) => {
    res.writeHead(status, { Location: location, ...headers });
    res.end();
  };
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) return Number(hop[1]) === 0 ? html(HTML) : redirect(`/hop/${Number(hop[1]) - 1}`);
  const status = /^\/status\/(\d+)$/.exec(path);
  if (status) return redirect('/ok', Number(status[1]));
  switch (path) {
    case '/ok':
      return html(HTML);
    case '/xhtml':
      return html(HTML, 'Application/XHTML+XML; Charset=UTF-8');
    case '/pdf':
      return html(PDF, 'application/pdf');
    case '/sniff':
      res.writeHead(200, { 'Content-Length': PDF.length });
      return void res.end(PDF);
    case '/sniff-html':
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      return void res.end(`\ufeff \r\n\t<!DOCTYPE HTML>${HTML.slice(15)}`);
    case '/sniff-junk':
      res.writeHead(200);
      return void res.end('<htmlish>not a document</htmlish>');
    case '/sniff-junk-long':
      // Far longer than maxBytes would allow, so only an early refusal ends this quickly.
      res.writeHead(200);
      res.write(Buffer.alloc(2048, 'z'));
      return;
    case '/image':
      res.writeHead(200, { 'Content-Type': 'image/png' });
      return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    case '/gzip':
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      return void res.end(Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    case '/missing':
      res.writeHead(404, { 'Content-Type': 'text/html' });
      return void res.end('<html>not found</html>');
    case '/gone':
      res.writeHead(410);
      return void res.end();
    case '/error':
      res.writeHead(500);
      return void res.end();
    case '/redirect':
      return redirect('/ok');
    case '/redirect-absolute':
      return redirect(`${base}/pdf`, 301);
    case '/redirect-cookie':
      return redirect('/ok', 302, { 'Set-Cookie': 'session=secret; Path=/' });
    case '/redirect-private':
      return redirect('http://169.254.169.254/latest/meta-data/');
    case '/redirect-named':
      return redirect('http://metadata.test/latest/meta-data/');
    case '/redirect-ftp':
      return redirect('ftp://example.com/file.pdf');
    case '/redirect-file':
      return redirect('file:///etc/passwd');
    case '/redirect-loop':
      return redirect('/redirect-loop');
    case '/redirect-without-location':
      res.writeHead(302);
      return void res.end();
    case '/big':
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': BIG.length });
      return void res.end(BIG);
    case '/big-chunked':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      for (let i = 0; i < BIG.length; i += 1000) res.write(BIG.subarray(i, i + 1000));
      return void res.end();
    case '/big-stalled':
      // Promises far more than maxBytes, sends exactly maxBytes, then stalls.
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': BIG.length });
      res.write(BIG.subarray(0, MAX_BYTES));
      return;
    case '/exact-chunked':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write(BIG.subarray(0, MAX_BYTES / 2));
      res.write(BIG.subarray(0, MAX_BYTES / 2));
      return void res.end();
    case '/slow':
      req.socket.on('close', () => (slowSocketClosed = true));
      return; // never answers
    case '/slow-body':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html>');
      return; // never finishes
    case '/reset':
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': 1000 });
      res.write('<html>0123');
      setTimeout(() => req.socket.destroy(), 20);
      return;
    default:
      res.writeHead(500);
      res.end();
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    seen.push({ path, headers: req.headers });
    route(path, res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A lookup that must not be called: literal addresses need no DNS. */
const noLookup = async (hostname: string): Promise<{ address: string; family: 4 | 6 }[]> => {
  throw new Error(`unexpected lookup of ${hostname}`);
};

function policy(overrides: Partial<SafeFetchPolicy> = {}): SafeFetchPolicy {
  return { timeoutMs: 3000, maxBytes: MAX_BYTES, maxRedirects: 5, allowHosts: parseAllowHosts(`127.0.0.1:${port}`), lookup: noLookup, ...overrides };
}

function expectFailure(result: SafeFetchResult) {
  if (result.ok) throw new Error(`expected a failure, got ok for ${result.finalUrl}`);
  return result;
}

function expectOk(result: SafeFetchResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.detail}`);
  return result;
}

/** host:port of every Socket#connect call, whichever argument form net used. */
function connectTargets(calls: readonly unknown[][]): string[] {
  const targets: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value === 'object' && value !== null && 'port' in value) {
      targets.push(`${'host' in value ? String(value.host) : ''}:${String(value.port)}`);
    }
  };
  calls.forEach(visit);
  return targets;
}

const since = (path: string, from: number) => seen.slice(from).filter((r) => r.path === path).length;

describe('safeFetch: addresses', () => {
  it('refuses the fixture server when it is not allow-listed, without connecting', async () => {
    const before = seen.length;
    const result = expectFailure(await safeFetch(`${base}/ok`, policy({ allowHosts: new Set() })));
    expect(result.reason).toBe('refused-address');
    expect(result.finalUrl).toBe(`${base}/ok`);
    expect(seen.length).toBe(before);
  });

  it('allow-lists a host only on the listed port', async () => {
    const result = expectFailure(await safeFetch(`${base}/ok`, policy({ allowHosts: parseAllowHosts(`127.0.0.1:${port + 1}`) })));
    expect(result.reason).toBe('refused-address');
  });

  it('fetches an allow-listed host with the right hash, type and URL', async () => {
    const result = expectOk(await safeFetch(`${base}/ok`, policy()));
    expect(result).toMatchObject({
      requestedUrl: `${base}/ok`,
      finalUrl: `${base}/ok`,
      status: 200,
      contentType: 'text/html',
      truncated: false,
      redirects: [],
    });
    expect(result.bytes.toString()).toBe(HTML);
    expect(result.sha256).toBe(sha256(HTML));
    expect(new Date(result.fetchedAt).toISOString()).toBe(result.fetchedAt);
  });

  it('drops the fragment from finalUrl but reports the URL as requested', async () => {
    const result = expectOk(await safeFetch(`${base}/ok#section-2`, policy()));
    expect(result).toMatchObject({ requestedUrl: `${base}/ok#section-2`, finalUrl: `${base}/ok` });
  });

  it.each([
    ['http://[::1]/'],
    ['http://[::ffff:127.0.0.1]/'],
    ['http://2130706433/'], // URL reads this as 127.0.0.1
    ['http://0x7f.1/'],
    ['http://169.254.169.254/latest/meta-data/'],
    ['http://[fd00:ec2::254]/'],
    ['http://10.0.0.5:8080/'],
  ])('refuses the literal address in %s without DNS', async (url) => {
    const result = expectFailure(await safeFetch(url, policy({ allowHosts: new Set() })));
    expect(result.reason).toBe('refused-address');
  });

  it('refuses a name that resolves to a private address', async () => {
    const lookup = vi.fn(async () => [{ address: '10.0.0.5', family: 4 as const }]);
    const result = expectFailure(await safeFetch('https://intranet.example/report.pdf', policy({ lookup })));
    expect(result.reason).toBe('refused-address');
    expect(result.detail).toContain('10.0.0.5');
    expect(lookup).toHaveBeenCalledWith('intranet.example');
  });

  it('refuses a name with one public and one private address', async () => {
    const lookup = async () => [
      { address: '93.184.215.14', family: 4 as const },
      { address: 'fd00::5', family: 6 as const },
    ];
    const result = expectFailure(await safeFetch('http://mixed.example/', policy({ lookup })));
    expect(result.reason).toBe('refused-address');
    expect(result.detail).toContain('fd00::5');
  });

  it('refuses localhost through the default resolver', async () => {
    const result = expectFailure(await safeFetch(`http://localhost:${port}/ok`, policy({ lookup: undefined })));
    expect(result.reason).toBe('refused-address');
  });

  it('connects to the address it checked, resolving each host once', async () => {
    // A second answer would be unreachable: the socket must not ask DNS again.
    const answers = ['127.0.0.1', '10.255.255.1'];
    const lookup = vi.fn(async () => [{ address: answers.shift() ?? '10.255.255.1', family: 4 as const }]);
    const before = seen.length;
    const result = expectOk(
      await safeFetch(`http://fixture.test:${port}/ok`, policy({ lookup, allowHosts: parseAllowHosts(`fixture.test:${port}`) })),
    );
    expect(result.finalUrl).toBe(`http://fixture.test:${port}/ok`);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(seen.slice(before).map((r) => r.headers.host)).toEqual([`fixture.test:${port}`]);
  });

  it('reports a name that does not resolve as dns', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.example'), { code: 'ENOTFOUND' });
    };
    const result = expectFailure(await safeFetch('https://nowhere.example/', policy({ lookup })));
    expect(result).toMatchObject({ reason: 'dns', finalUrl: 'https://nowhere.example/' });
  });

  it('reports an empty or malformed DNS answer as dns', async () => {
    expect(expectFailure(await safeFetch('http://empty.example/', policy({ lookup: async () => [] }))).reason).toBe('dns');
    const junk = async () => [{ address: 'not-an-ip', family: 4 as const }];
    expect(expectFailure(await safeFetch('http://junk.example/', policy({ lookup: junk }))).reason).toBe('dns');
  });
});

describe('safeFetch: URLs', () => {
  it.each([
    ['ftp://example.com/file.pdf', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['data:text/html,<h1>x</h1>', 'scheme'],
    ['http://user:pw@example.com/', 'invalid-url'],
    ['https://user@example.com/', 'invalid-url'],
    ['not a url', 'invalid-url'],
    ['', 'invalid-url'],
    ['/relative/path', 'invalid-url'],
    [`https://example.com/${'a'.repeat(9000)}`, 'invalid-url'],
  ])('refuses %j as %s', async (url, reason) => {
    const result = expectFailure(await safeFetch(url, policy()));
    expect(result.reason).toBe(reason);
    expect(result.requestedUrl).toBe(url);
  });

  it('rejects a malformed policy', async () => {
    await expect(safeFetch(`${base}/ok`, policy({ timeoutMs: 0 }))).rejects.toThrow(RangeError);
    await expect(safeFetch(`${base}/ok`, policy({ maxBytes: 1.5 }))).rejects.toThrow(RangeError);
    await expect(safeFetch(`${base}/ok`, policy({ maxRedirects: -1 }))).rejects.toThrow(RangeError);
    await expect(safeFetch(`${base}/ok`, policy({ userAgent: 'x\r\nCookie: a=b' }))).rejects.toThrow(TypeError);
  });
});

describe('safeFetch: redirects', () => {
  it('follows a redirect and records it', async () => {
    const result = expectOk(await safeFetch(`${base}/redirect`, policy()));
    expect(result).toMatchObject({ requestedUrl: `${base}/redirect`, finalUrl: `${base}/ok`, redirects: [`${base}/ok`], sha256: sha256(HTML) });
  });

  it.each([[301], [302], [303], [307], [308]])('follows status %i', async (status) => {
    const result = expectOk(await safeFetch(`${base}/status/${status}`, policy()));
    expect(result.finalUrl).toBe(`${base}/ok`);
  });

  it('follows an absolute redirect', async () => {
    const result = expectOk(await safeFetch(`${base}/redirect-absolute#page=2`, policy()));
    expect(result).toMatchObject({ finalUrl: `${base}/pdf`, contentType: 'application/pdf', redirects: [`${base}/pdf`] });
  });

  it('refuses a redirect to the metadata address without connecting to it', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    try {
      const result = expectFailure(await safeFetch(`${base}/redirect-private`, policy()));
      expect(result).toMatchObject({ reason: 'refused-address', finalUrl: 'http://169.254.169.254/latest/meta-data/' });
      // The spy does see connections: the first hop's.
      expect(connectTargets(connect.mock.calls)).toContain(`127.0.0.1:${port}`);
      expect(connectTargets(connect.mock.calls).some((t) => t.startsWith('169.254.'))).toBe(false);
    } finally {
      connect.mockRestore();
    }
  });

  it('refuses a redirect to a name that resolves to the metadata address', async () => {
    const lookup = vi.fn(async () => [{ address: '169.254.169.254', family: 4 as const }]);
    const result = expectFailure(await safeFetch(`${base}/redirect-named`, policy({ lookup })));
    expect(result).toMatchObject({ reason: 'refused-address', finalUrl: 'http://metadata.test/latest/meta-data/' });
    expect(lookup).toHaveBeenCalledWith('metadata.test');
  });

  it.each([
    ['/redirect-ftp', 'ftp://example.com/file.pdf'],
    ['/redirect-file', 'file:///etc/passwd'],
  ])('refuses the scheme of the redirect from %s', async (path, target) => {
    const result = expectFailure(await safeFetch(`${base}${path}`, policy()));
    expect(result).toMatchObject({ reason: 'scheme', finalUrl: target });
  });

  it('gives up on a redirect loop', async () => {
    const before = seen.length;
    const result = expectFailure(await safeFetch(`${base}/redirect-loop`, policy({ maxRedirects: 3 })));
    expect(result).toMatchObject({ reason: 'too-many-redirects', status: 302, finalUrl: `${base}/redirect-loop` });
    expect(since('/redirect-loop', before)).toBe(4);
  });

  it('allows exactly maxRedirects hops', async () => {
    expect(expectOk(await safeFetch(`${base}/hop/2`, policy({ maxRedirects: 2 }))).redirects).toEqual([`${base}/hop/1`, `${base}/hop/0`]);
    expect(expectFailure(await safeFetch(`${base}/hop/3`, policy({ maxRedirects: 2 }))).reason).toBe('too-many-redirects');
    expect(expectFailure(await safeFetch(`${base}/redirect`, policy({ maxRedirects: 0 }))).reason).toBe('too-many-redirects');
  });

  it('treats a redirect without Location as an HTTP error', async () => {
    expect(expectFailure(await safeFetch(`${base}/redirect-without-location`, policy()))).toMatchObject({ reason: 'http-error', status: 302 });
  });
});

describe('safeFetch: request', () => {
  it('sends the archive headers and no cookies', async () => {
    const before = seen.length;
    expectOk(await safeFetch(`${base}/redirect-cookie`, policy()));
    const requests = seen.slice(before);
    expect(requests.map((r) => r.path)).toEqual(['/redirect-cookie', '/ok']);
    for (const { headers } of requests) {
      expect(headers.accept).toBe('text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1');
      expect(headers['user-agent']).toBe('CommitmentsTracker-Archiver/1.0 (+evidence archive)');
      expect(headers['accept-encoding']).toBe('identity');
      expect(headers.cookie).toBeUndefined();
    }
  });

  it('sends a given user agent', async () => {
    const before = seen.length;
    expectOk(await safeFetch(`${base}/ok`, policy({ userAgent: 'Test/2.0' })));
    expect(seen.slice(before)[0]?.headers['user-agent']).toBe('Test/2.0');
  });
});

describe('safeFetch: responses', () => {
  it.each([
    ['/missing', 404],
    ['/gone', 410],
    ['/error', 500],
  ])('reports %s as an HTTP error %i', async (path, status) => {
    expect(expectFailure(await safeFetch(`${base}${path}`, policy()))).toMatchObject({ reason: 'http-error', status, finalUrl: `${base}${path}` });
  });

  it('keeps a PDF', async () => {
    const result = expectOk(await safeFetch(`${base}/pdf`, policy()));
    expect(result.contentType).toBe('application/pdf');
    expect(result.bytes.equals(PDF)).toBe(true);
    expect(result.sha256).toBe(sha256(PDF));
  });

  it('normalizes the declared media type', async () => {
    expect(expectOk(await safeFetch(`${base}/xhtml`, policy())).contentType).toBe('application/xhtml+xml');
  });

  it('sniffs a PDF served without a content type', async () => {
    const result = expectOk(await safeFetch(`${base}/sniff`, policy()));
    expect(result.contentType).toBe('application/pdf');
    expect(result.sha256).toBe(sha256(PDF));
  });

  it('sniffs HTML served as octet-stream, after a BOM and whitespace', async () => {
    expect(expectOk(await safeFetch(`${base}/sniff-html`, policy())).contentType).toBe('text/html');
  });

  it('refuses an untyped body that is neither HTML nor PDF', async () => {
    expect(expectFailure(await safeFetch(`${base}/sniff-junk`, policy()))).toMatchObject({ reason: 'unsupported-type', status: 200 });
  });

  it('refuses an untyped non-document once the sniff window is read', async () => {
    // The body never ends, so only the early refusal beats the timeout.
    const result = expectFailure(await safeFetch(`${base}/sniff-junk-long`, policy({ timeoutMs: 2000 })));
    expect(result.reason).toBe('unsupported-type');
  });

  it('refuses an image', async () => {
    expect(expectFailure(await safeFetch(`${base}/image`, policy()))).toMatchObject({
      reason: 'unsupported-type',
      status: 200,
      finalUrl: `${base}/image`,
    });
  });

  it('refuses a compressed body it did not ask for', async () => {
    expect(expectFailure(await safeFetch(`${base}/gzip`, policy()))).toMatchObject({ reason: 'unsupported-type', status: 200 });
  });

  it.each([['/big'], ['/big-chunked']])('truncates %s at maxBytes', async (path) => {
    const result = expectOk(await safeFetch(`${base}${path}`, policy()));
    expect(result.truncated).toBe(true);
    expect(result.bytes.length).toBe(MAX_BYTES);
    expect(result.sha256).toBe(sha256(BIG.subarray(0, MAX_BYTES)));
  });

  it('stops at maxBytes when Content-Length promises more, without waiting for it', async () => {
    const result = expectOk(await safeFetch(`${base}/big-stalled`, policy({ timeoutMs: 2000 })));
    expect(result.truncated).toBe(true);
    expect(result.bytes.length).toBe(MAX_BYTES);
  });

  it('does not mark a body of exactly maxBytes truncated', async () => {
    const result = expectOk(await safeFetch(`${base}/exact-chunked`, policy()));
    expect(result.truncated).toBe(false);
    expect(result.bytes.length).toBe(MAX_BYTES);
  });

  it('reports a connection dropped mid-body as unreachable', async () => {
    expect(expectFailure(await safeFetch(`${base}/reset`, policy()))).toMatchObject({ reason: 'unreachable', status: 200 });
  });
});

describe('safeFetch: network failures', () => {
  it('times out a server that never answers, closing the socket', async () => {
    slowSocketClosed = false;
    const started = performance.now();
    const result = expectFailure(await safeFetch(`${base}/slow`, policy({ timeoutMs: 300 })));
    const elapsed = performance.now() - started;
    expect(result.reason).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
    await vi.waitFor(() => expect(slowSocketClosed).toBe(true), { timeout: 1000 });
  });

  it('times out a body that never ends', async () => {
    expect(expectFailure(await safeFetch(`${base}/slow-body`, policy({ timeoutMs: 300 }))).reason).toBe('timeout');
  });

  it('times out a lookup that never answers', async () => {
    const lookup = () => new Promise<{ address: string; family: 4 | 6 }[]>(() => {});
    expect(expectFailure(await safeFetch('http://hang.example/', policy({ timeoutMs: 200, lookup }))).reason).toBe('timeout');
  });

  it('reports a refused connection as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await safeFetch(`http://127.0.0.1:${closedPort}/`, policy({ allowHosts: parseAllowHosts(`127.0.0.1:${closedPort}`) }));
    expect(expectFailure(result).reason).toBe('unreachable');
  });

  it('reports a failed TLS handshake as unreachable', async () => {
    // The fixture speaks plain HTTP, so the handshake fails.
    const result = expectFailure(await safeFetch(`https://127.0.0.1:${port}/ok`, policy()));
    expect(result.reason).toBe('unreachable');
  });
});
