// Ad-hoc experiment server (not committed): Next's request handler with config overrides from EXP_CONF.
const http = require('node:http');
const next = require('next');
const conf = JSON.parse(process.env.EXP_CONF || '{}');
const app = next({ dev: false, dir: process.cwd(), hostname: '127.0.0.1', port: 3401, ...(Object.keys(conf).length ? { conf: { ...require('./_conf-base.json'), ...conf } } : {}) });
app.prepare().then(() => {
  const handle = app.getRequestHandler();
  http.createServer((req, res) => handle(req, res)).listen(3401, '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
});
