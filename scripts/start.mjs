// `npm start`: builds the theme tokens, then serves the demo partner site and prints its URL.
// `npm start -- --api` (or SEOUL_LEARN_API=1) also runs the reference API server and points the
// demo at it, so every element reads and writes through HttpDataSource instead of the demo data.
// The API wants a bearer token on every request: the dev server stands in for a partner's sign-in
// at /__seoul-learn/dev-token, which the demo page's getToken asks (see demo/main.ts).
// Saving a token file under themes/tokens rebuilds the themes and reloads the page (live-tokens.mjs).
import { execFileSync } from 'node:child_process';
import { createServer } from 'vite';
import { liveTokens } from './live-tokens.mjs';

execFileSync(process.execPath, ['themes/build.mjs'], { stdio: 'inherit' });

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 5173);
const withApi = process.argv.includes('--api') || /^(1|true|yes)$/i.test(process.env.SEOUL_LEARN_API ?? '');

let api;
/** Regions a demo manager may see: every built-in one. */
const REGIONS = ['seoul', 'chungbuk', 'pyeongchang', 'gimpo', 'incheon', 'taebaek'];
if (withApi) {
  const { buildServer } = await import('../server/run.mjs');
  const { startApiServer } = await buildServer();
  const origin = `http://${host}:${port}`;
  api = await startApiServer({
    host: '127.0.0.1',
    port: Number(process.env.SEOUL_LEARN_API_PORT ?? 8787),
    origins: [origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    // Media from the page's own origin, so captions need no CORS.
    mediaBase: `${origin}/assets/media/`,
    log: true,
  });
  process.env.VITE_SEOUL_LEARN_API_BASE = api.url;
}

/** The demo's stand-in for a partner's sign-in: tokens for the demo learner and a demo manager. */
const devTokens = {
  name: 'seoul-learn-dev-tokens',
  configureServer(vite) {
    vite.middlewares.use('/__seoul-learn/dev-token', (request, response) => {
      const manager = new URL(request.url ?? '/', 'http://localhost').searchParams.has('manager');
      const claims = manager ? { sub: 'demo-manager', role: 'manager', regions: REGIONS } : { sub: 'demo-learner' };
      api.issueToken(claims).then(
        (token) => response.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end(token),
        () => response.writeHead(500).end(),
      );
    });
  },
};

const server = await createServer({
  configFile: false,
  // Editing a token file rebuilds the themes and reloads the page.
  plugins: [liveTokens(), ...(api ? [devTokens] : [])],
  root: process.cwd(),
  appType: 'mpa',
  server: { host, port, strictPort: withApi, open: false },
  optimizeDeps: {
    // The demo is the page served here: pre-bundle what it imports, all in one pass. The default
    // scan of every HTML file would also read examples/, whose imports of the published package
    // resolve only in their own builds, fail, and leave dependencies to be found page by page —
    // each find a new pass with its own copy of Lit ("Multiple versions of Lit loaded").
    entries: ['demo/index.html'],
    include: ['lit', 'lit/decorators.js', '@lit/context'],
  },
  logLevel: 'warn',
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
console.log(`\nSeoul Learn demo partner site: ${url}demo/`);
if (api) console.log(`Reference API (SQLite, in memory, development tokens): ${api.url}`);
console.log('Stop with Ctrl+C.\n');

const stop = async () => {
  await server.close();
  await api?.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
