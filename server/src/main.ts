/**
 * `npm run api`: the reference API server on the command line. Run through `server/run.mjs`,
 * which bundles this file (Node 20 cannot run TypeScript) and imports it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { devKeyFor, issueDevToken, startApiServer, type IdentityOptions } from './index.js';

declare const __SEOUL_LEARN_ROOT__: string | undefined;
const ROOT = typeof __SEOUL_LEARN_ROOT__ === 'string' ? __SEOUL_LEARN_ROOT__ : process.cwd();

const DEFAULT_PORT = 8787;
const DEFAULT_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];
const DEFAULT_DATABASE = join(ROOT, 'node_modules', '.cache', 'seoul-learn-api', 'seoul-learn-api.sqlite');

const HELP = `Seoul Learn reference API server — a reference and test double, not the production backend.

Usage: npm run api -- [options]
       npm run api -- token <learnerId> [--manager <region>]... [--db <file>]

  --port <n>          port to listen on (env SEOUL_LEARN_API_PORT; default ${DEFAULT_PORT}; 0 = any free port)
  --host <address>    interface to listen on (default 127.0.0.1)
  --origin <origin>   allow browser calls from this origin; repeatable
                      (env SEOUL_LEARN_API_ORIGINS, comma-separated; default ${DEFAULT_ORIGINS.join(', ')}; '*' = any)
  --db <file>         SQLite database file, kept across restarts
                      (default node_modules/.cache/seoul-learn-api/seoul-learn-api.sqlite; ':memory:' keeps nothing)
  --media-base <url>  absolute base URL of lesson media in course responses (default: this server's /media/)
  --jwks <file|url>   verify bearer tokens (JWT) with this JWKS (env SEOUL_LEARN_API_JWKS); then also
  --issuer <iss>      the 'iss' tokens must carry (env SEOUL_LEARN_API_ISSUER)
  --audience <aud>    the 'aud' tokens must carry (env SEOUL_LEARN_API_AUDIENCE)
  --clock-skew <s>    seconds 'exp'/'nbf' may be off (env SEOUL_LEARN_API_CLOCK_SKEW; default 30)
  --clock <instant>   start the server's clock at this ISO instant, running on from there (demos and
                      tests that need the same calendar on any day; default: the system clock)
  --quiet             no access log
  --help              show this help

Every data request needs 'Authorization: Bearer <JWT>': 'sub' is the learner, whose data alone it
may read and write; a programme manager's token carries "role": "manager" and "regions": [...].
Without --jwks the server signs development tokens with a key kept beside the database
(<db>.dev-key.json, made on first start). Print one with:

  npm run api -- token <learnerId>                   a learner's token (valid 12 hours)
  npm run api -- token <id> --manager <region> ...   a manager's token for the cohort of <region>
`;

function fail(message: string): never {
  console.error(`seoul-learn-api: ${message}\n\n${HELP}`);
  process.exit(2);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        origin: { type: 'string', multiple: true },
        db: { type: 'string', default: DEFAULT_DATABASE },
        'media-base': { type: 'string' },
        jwks: { type: 'string' },
        issuer: { type: 'string' },
        audience: { type: 'string' },
        'clock-skew': { type: 'string' },
        manager: { type: 'string', multiple: true },
        clock: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** The verification settings from `--jwks` and friends (or their environment variables), if any. */
function identity(values: ReturnType<typeof parse>['values']): IdentityOptions | undefined {
  const jwks = values.jwks ?? process.env.SEOUL_LEARN_API_JWKS;
  if (!jwks) return undefined;
  const issuer = values.issuer ?? process.env.SEOUL_LEARN_API_ISSUER;
  const audience = values.audience ?? process.env.SEOUL_LEARN_API_AUDIENCE;
  if (!issuer || !audience) fail('--jwks needs --issuer and --audience');
  const skew = Number(values['clock-skew'] ?? process.env.SEOUL_LEARN_API_CLOCK_SKEW ?? 30);
  if (!Number.isFinite(skew) || skew < 0) fail('--clock-skew must be a number of seconds');
  let keys: IdentityOptions['jwks'];
  if (/^https?:\/\//.test(jwks)) keys = new URL(jwks);
  else {
    try {
      keys = JSON.parse(readFileSync(jwks, 'utf8')) as IdentityOptions['jwks'];
    } catch (error) {
      fail(`--jwks ${jwks}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { jwks: keys, issuer, audience, clockToleranceSec: skew };
}

/** `token <learnerId> [--manager <region>]…`: prints a development token for the server on `--db`. */
async function printToken(values: ReturnType<typeof parse>['values'], sub: string | undefined): Promise<void> {
  if (!sub) fail('token needs a learner id: npm run api -- token <learnerId>');
  if (values.db === ':memory:') fail('token needs the --db file of the server that is to accept it');
  mkdirSync(dirname(values.db), { recursive: true });
  const key = await devKeyFor(values.db);
  const regions = values.manager ?? [];
  const token = await issueDevToken(key, {
    sub,
    ...(regions.length ? { role: 'manager' as const, regions } : {}),
    ttlSec: 12 * 3600,
  });
  console.error(
    `A development token for ${regions.length ? `manager ${sub} of ${regions.join(', ')}` : `learner ${sub}`}, ` +
      `valid 12 hours, accepted by the server on ${values.db} (key ${key.file}):`,
  );
  console.log(token);
}

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals[0] === 'token') return printToken(values, positionals[1]);
  if (positionals.length > 0) fail(`unknown command ${positionals[0]}`);
  const port = Number(values.port ?? process.env.SEOUL_LEARN_API_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a port number');
  const fromEnv = process.env.SEOUL_LEARN_API_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const origins = values.origin ?? (fromEnv?.length ? fromEnv : DEFAULT_ORIGINS);
  const mediaBase = values['media-base'];
  if (mediaBase !== undefined && !URL.canParse(mediaBase)) fail('--media-base must be an absolute URL');
  const verification = identity(values);
  let now: (() => Date) | undefined;
  if (values.clock !== undefined) {
    const start = Date.parse(values.clock);
    if (!Number.isFinite(start)) fail('--clock must be an ISO instant, e.g. 2026-12-01T00:00:00Z');
    const began = performance.now();
    now = () => new Date(start + (performance.now() - began));
  }
  if (values.db !== ':memory:') mkdirSync(dirname(values.db), { recursive: true });

  const server = await startApiServer({
    port,
    host: values.host,
    origins,
    database: values.db,
    ...(mediaBase ? { mediaBase } : {}),
    ...(verification ? { identity: verification } : {}),
    ...(now ? { now } : {}),
    log: !values.quiet,
  });
  console.log(`Seoul Learn reference API on ${server.url} (origins: ${origins.join(', ')}; database: ${values.db})`);
  if (verification) console.log(`Bearer tokens verified with ${values.jwks ?? process.env.SEOUL_LEARN_API_JWKS}.`);
  else {
    console.log(
      `Development tokens, signed with ${server.devKeyFile ?? 'a key kept in memory'}. A learner's token:\n` +
        `  npm run api -- token <learnerId>${values.db === DEFAULT_DATABASE ? '' : ` --db ${values.db}`}`,
    );
  }

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
