import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSqld, type SqldNode } from './sqld';

// npm run db:server [-- --port 8080 --grpc-port 5001 --replica-port 8081 --dir data/sqld]
// Runs a libSQL server (sqld) on loopback with its data under data/sqld/, plus a read
// replica that forwards writes to it when --replica-port is given. Point the app at it
// with DATABASE_URL=http://127.0.0.1:8080 (or the replica's port); Ctrl-C stops both.

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'grpc-port': { type: 'string' }, 'replica-port': { type: 'string' }, dir: { type: 'string' } },
  });
  const dir = path.resolve(values.dir ?? 'data/sqld');
  const grpcPort = Number(values['grpc-port'] ?? 5001);
  const nodes: SqldNode[] = [];
  const primary = await startSqld({ dataDir: path.join(dir, 'primary'), httpPort: Number(values.port ?? 8080), grpcPort, log: 'inherit' });
  nodes.push(primary);
  console.log(`libSQL primary: DATABASE_URL=${primary.url}`);
  if (values['replica-port']) {
    const replica = await startSqld({
      dataDir: path.join(dir, 'replica'),
      httpPort: Number(values['replica-port']),
      primaryGrpcUrl: `http://127.0.0.1:${grpcPort}`,
      log: 'inherit',
    });
    nodes.push(replica);
    console.log(`libSQL replica (writes go to the primary): DATABASE_URL=${replica.url}`);
  }
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error('Could not start the libSQL server:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
