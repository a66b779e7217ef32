// Serves a built app (default dist/) on http://127.0.0.1:PORT for `make serve`:
//   node scripts/serve.mjs [DIR] [PORT]
import { serveDir } from '../tests/e2e/server.mjs';

const [dir = 'dist', port = '8080'] = process.argv.slice(2);
try {
  const server = await serveDir(dir, { port: Number(port), log: !!process.env.VERBOSE });
  console.log(`serving ${dir}/ at ${server.url}`);
} catch (e) {
  const hint = e.code === 'EADDRINUSE' ? ` (port ${port} is taken: try \`make serve PORT=8081\`)` : '';
  console.error(`serve: ${e.message}${hint}`);
  process.exit(1);
}
