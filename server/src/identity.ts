/**
 * Who is calling: a bearer JWT verified with `jose` against a key set (a JWKS file or URL in
 * production; a development key kept beside the database for `npm run api`). The learner is the
 * token's `sub`; a programme manager carries `role: "manager"` and the `regions` they manage.
 * Nothing about the caller is ever read from a path or a body.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';

/** The caller of one request, from a verified token. */
export interface Principal {
  /** The learner (or manager) the token was issued to. */
  readonly sub: string;
  readonly role: 'learner' | 'manager';
  /** Regions a manager may see; empty for learners. */
  readonly regions: readonly string[];
}

/** How tokens are checked. */
export interface IdentityOptions {
  /** The public keys: a JWKS document, or the URL of one (fetched and cached by `jose`). */
  readonly jwks: JSONWebKeySet | URL;
  /** The `iss` every token must carry. */
  readonly issuer: string;
  /** The `aud` every token must carry. */
  readonly audience: string;
  /** How far `exp`/`nbf`/`iat` may be off, in seconds. Default 30. */
  readonly clockToleranceSec?: number;
  /** The server's clock; tokens are checked against it. */
  readonly now?: () => Date;
}

/** Why a token was refused, without echoing the token. */
export class TokenRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TokenRejected';
  }
}

/** The issuer and audience of development tokens (`npm run api` without `--jwks`). */
export const DEV_ISSUER = 'seoul-learn-dev';
export const DEV_AUDIENCE = 'seoul-learn-api';
const ALGORITHM = 'ES256';
/** Longest accepted `sub` or region: ids elsewhere in the API have the same cap. */
const MAX_CLAIM_LENGTH = 200;

const claimString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_CLAIM_LENGTH && !/[\p{Cc}]/u.test(value);

/** A function that turns a bearer token into the caller, or throws `TokenRejected`. */
export type Verifier = (token: string) => Promise<Principal>;

export function createVerifier(options: IdentityOptions): Verifier {
  const keys: JWTVerifyGetKey =
    options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: options.clockToleranceSec ?? 30,
        requiredClaims: ['sub', 'exp'],
        ...(options.now ? { currentDate: options.now() } : {}),
      }));
    } catch (error) {
      throw new TokenRejected(error instanceof Error ? error.name : 'invalid token');
    }
    const { sub, role = 'learner', regions = [] } = payload as { sub?: unknown; role?: unknown; regions?: unknown };
    if (!claimString(sub)) throw new TokenRejected('sub');
    if (role !== 'learner' && role !== 'manager') throw new TokenRejected('role');
    if (!Array.isArray(regions) || !regions.every(claimString)) throw new TokenRejected('regions');
    return { sub, role, regions: role === 'manager' ? regions : [] };
  };
}

/** A development signing key: the private key (JWK, with `kid`), kept in a file with mode 0600. */
export interface DevKey {
  readonly privateJwk: JWK;
  readonly publicJwks: JSONWebKeySet;
}

async function newDevKey(): Promise<DevKey> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), alg: ALGORITHM, kid: randomUUID() };
  return devKeyOf(privateJwk);
}

function devKeyOf(privateJwk: JWK): DevKey {
  // The public half: everything but the private scalar `d`.
  const publicJwk = Object.fromEntries(Object.entries(privateJwk).filter(([name]) => name !== 'd')) as JWK;
  return { privateJwk, publicJwks: { keys: [{ ...publicJwk, use: 'sig' }] } };
}

/**
 * The development key beside a database file (`<db>.dev-key.json`), made on first use; for an
 * in-memory database, a key that lives as long as the process.
 */
export async function devKeyFor(database: string): Promise<DevKey & { readonly file?: string }> {
  if (database === ':memory:') return newDevKey();
  const file = `${database}.dev-key.json`;
  if (existsSync(file)) return { ...devKeyOf(JSON.parse(readFileSync(file, 'utf8')) as JWK), file };
  const key = await newDevKey();
  writeFileSync(file, JSON.stringify(key.privateJwk), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { ...key, file };
}

/** What a development token says about its holder. */
export interface TokenClaims {
  readonly sub: string;
  readonly role?: 'learner' | 'manager';
  readonly regions?: readonly string[];
  /** Lifetime in seconds. Default one hour. */
  readonly ttlSec?: number;
}

/** Signs a development token with `key`, issued now by `now()`. */
export async function issueDevToken(
  key: DevKey,
  claims: TokenClaims,
  now: () => Date = () => new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now().getTime() / 1000);
  const jwt = new SignJWT({
    role: claims.role ?? 'learner',
    ...(claims.role === 'manager' ? { regions: [...(claims.regions ?? [])] } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.privateJwk.kid!, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (claims.ttlSec ?? 3600));
  return jwt.sign(await importJWK(key.privateJwk, ALGORITHM));
}
