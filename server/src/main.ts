/**
 * `npm run api`: the reference API server on the command line. Run through `server/run.mjs`,
 * which bundles this file (Node 20 cannot run TypeScript) and imports it.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApiServer } from './index.js';

declare const __SEOUL_LEARN_ROOT__: string | undefined;
const ROOT = typeof __SEOUL_LEARN_ROOT__ === 'string' ? __SEOUL_LEARN_ROOT__ : process.cwd();

const DEFAULT_PORT = 8787;
const DEFAULT_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];
const DEFAULT_DATABASE = join(ROOT, 'node_modules', '.cache', 'seoul-learn-api', 'seoul-learn-api.sqlite');

const HELP = `Seoul Learn reference API server — a reference and test double, not the production backend.

Usage: npm run api -- [options]

  --port <n>          port to listen on (env SEOUL_LEARN_API_PORT; default ${DEFAULT_PORT}; 0 = any free port)
  --host <address>    interface to listen on (default 127.0.0.1)
  --origin <origin>   allow browser calls from this origin; repeatable
                      (env SEOUL_LEARN_API_ORIGINS, comma-separated; default ${DEFAULT_ORIGINS.join(', ')}; '*' = any)
  --db <file>         SQLite database file, kept across restarts
                      (default node_modules/.cache/seoul-learn-api/seoul-learn-api.sqlite; ':memory:' keeps nothing)
  --media-base <url>  absolute base URL of lesson media in course responses (default: this server's /media/)
  --token <token>     require 'Authorization: Bearer <token>' on every API request (env SEOUL_LEARN_API_TOKEN)
  --quiet             no access log
  --help              show this help
`;

function fail(message: string): never {
  console.error(`seoul-learn-api: ${message}\n\n${HELP}`);
  process.exit(2);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        origin: { type: 'string', multiple: true },
        db: { type: 'string', default: DEFAULT_DATABASE },
        'media-base': { type: 'string' },
        token: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const values = parse(argv);
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = Number(values.port ?? process.env.SEOUL_LEARN_API_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a port number');
  const fromEnv = process.env.SEOUL_LEARN_API_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const origins = values.origin ?? (fromEnv?.length ? fromEnv : DEFAULT_ORIGINS);
  const mediaBase = values['media-base'];
  if (mediaBase !== undefined && !URL.canParse(mediaBase)) fail('--media-base must be an absolute URL');
  const token = values.token ?? process.env.SEOUL_LEARN_API_TOKEN;
  if (values.db !== ':memory:') mkdirSync(dirname(values.db), { recursive: true });

  const server = await startApiServer({
    port,
    host: values.host,
    origins,
    database: values.db,
    ...(mediaBase ? { mediaBase } : {}),
    ...(token ? { token } : {}),
    log: !values.quiet,
  });
  console.log(`Seoul Learn reference API on ${server.url} (origins: ${origins.join(', ')}; database: ${values.db})`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

await main(process.argv.slice(2));
