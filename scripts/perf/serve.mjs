// Serves the partner page (test/perf/partner/) and the built package (dist/) the way a partner's
// site and a CDN would, so that what Lighthouse and the long-task check measure is what a
// learner's browser would get:
//
// - `/` is the partner page and its own files; `/seoul-learn/0.1.0/…` is `dist/…` (the guide's
//   CDN path: `cdn/seoul-learn.js`, `cdn/chunks/…`, `media/…`). The page gets the build's module
//   preload lines (`cdn/seoul-learn.preload.html`) where the guide's snippet has them.
// - Text files (HTML, JS, CSS, SVG, JSON, WebVTT, HLS playlists) are compressed before the server
//   starts listening, as a CDN precompresses, and kept in memory: brotli (quality 11) when the
//   browser accepts `br`, else gzip (level 9). `Vary: Accept-Encoding` on each.
// - Caching as a CDN would: hashed chunks (`chunks/name-HASH.js`) are `immutable` for a year; the
//   entry modules, the host stylesheet and media for an hour; the HTML page is revalidated on each
//   visit (`no-cache` with an ETag, answered 304 when unchanged).
// - Media (video, audio) are served uncompressed with byte ranges (206), as a video needs to seek.
// - The partner page is sent with a strict Content-Security-Policy (`style-src 'self'`, no inline
//   script), the one the guide's self-hosted example gives, so a violation would show.
// - HTTP/1.1 on 127.0.0.1; no added latency (Lighthouse's presets throttle on their own).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { freePort } from '../free-port.mjs';
import { STRICT_CSP } from '../wtr-embedding.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pageRoot = join(repo, 'test/perf/partner');
const distRoot = join(repo, 'dist');

/** Where the page finds the package, as the guide's snippet names it. */
export const PACKAGE_PATH = '/seoul-learn/0.1.0/';

/** The policy the page is served under: the guide's "everything self-hosted" example (the tests' strict policy, and no plugins or base changes). */
export const PARTNER_CSP = `${STRICT_CSP}; object-src 'none'; base-uri 'self'`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.vtt': 'text/vtt; charset=utf-8',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.m4a': 'audio/mp4',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.map', '.vtt', '.m3u8', '.txt']);

/** The file a URL path names, or undefined when it is outside the two roots. */
function fileFor(pathname) {
  const [root, rest] = pathname.startsWith(PACKAGE_PATH)
    ? [distRoot, pathname.slice(PACKAGE_PATH.length)]
    : [pageRoot, pathname === '/' ? 'index.html' : pathname.slice(1)];
  const file = normalize(join(root, decodeURIComponent(rest)));
  return file.startsWith(root + sep) ? file : undefined;
}

function cacheControl(pathname, ext) {
  if (ext === '.html') return 'no-cache';
  if (/\/chunks\/[^/]+-[\w-]{8}\.js$/.test(pathname)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/** Compressed bodies, by file and encoding, made on first request. */
const compressed = new Map();

/** The marker in the page where the build's module preload lines go, as a partner pastes them. */
const PRELOAD_MARKER = '<!-- cdn/seoul-learn.preload.html -->';

/**
 * A file's content; the page gets the build's `<link rel="modulepreload">` lines at its marker,
 * with the package's path in front, as the guide tells partners to paste them (they name hashed
 * chunks, so they come from the build that is served).
 */
function source(file) {
  const raw = readFileSync(file);
  if (file !== join(pageRoot, 'index.html')) return raw;
  const lines = readFileSync(join(distRoot, 'cdn/seoul-learn.preload.html'), 'utf8')
    .trim()
    .replaceAll('href="', `href="${PACKAGE_PATH}cdn/`);
  return Buffer.from(raw.toString('utf8').replace(PRELOAD_MARKER, lines));
}

function body(file, encoding) {
  const key = `${file}\0${encoding}`;
  let entry = compressed.get(key);
  if (!entry) {
    const raw = source(file);
    const data =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    entry = { data, etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"` };
    compressed.set(key, entry);
  }
  return entry;
}

function handle(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  const file = fileFor(pathname);
  let stat;
  try {
    stat = file && statSync(file);
  } catch {
    stat = undefined;
  }
  if (!file || !stat?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const ext = extname(file);
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': cacheControl(pathname, ext),
    'x-content-type-options': 'nosniff',
  };
  if (ext === '.html') headers['content-security-policy'] = PARTNER_CSP;

  if (COMPRESSIBLE.has(ext)) {
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    const { data, etag } = body(file, encoding);
    headers.vary = 'Accept-Encoding';
    headers.etag = etag;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    headers['content-length'] = data.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : data);
    return;
  }

  // Media and other binary files: byte ranges, no compression.
  headers['accept-ranges'] = 'bytes';
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(request.headers.range ?? ''));
  let start = 0;
  let end = stat.size - 1;
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1]);
      if (range[2]) end = Math.min(Number(range[2]), end);
    } else {
      start = Math.max(0, stat.size - Number(range[2]));
    }
    if (start > end) {
      response.writeHead(416, { 'content-range': `bytes */${stat.size}` }).end();
      return;
    }
    headers['content-range'] = `bytes ${start}-${end}/${stat.size}`;
  }
  headers['content-length'] = end - start + 1;
  response.writeHead(range && (range[1] || range[2]) ? 206 : 200, headers);
  if (request.method === 'HEAD') response.end();
  else createReadStream(file, { start, end }).pipe(response);
}

/** Compresses every text file the page can ask for, so that no request waits for brotli 11. */
function precompress() {
  for (const root of [pageRoot, join(distRoot, 'cdn'), join(distRoot, 'media')]) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath ?? entry.path, entry.name);
      const ext = extname(file);
      if (!entry.isFile() || !COMPRESSIBLE.has(ext) || ext === '.map') continue;
      body(file, 'br');
      body(file, 'gzip');
    }
  }
}

/**
 * Starts the server on a free loopback port, once every text file is compressed.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url`: the partner page
 */
export async function servePartnerPage() {
  precompress();
  const port = await freePort();
  const server = createServer(handle);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// `node scripts/perf/serve.mjs`: serve until stopped, to look at the page by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const { url } = await servePartnerPage();
  console.log(`partner page: ${url}`);
}
