// Serves the partner page (test/perf/partner/) and the built package (dist/) the way a partner's
// site and a CDN would, so that what Lighthouse and the long-task check measure is what a
// learner's browser would get:
//
// - `/` is the partner page and its own files; `/seoul-learn/0.1.0/…` is `dist/…` (the guide's
//   CDN path: `cdn/seoul-learn.js`, `cdn/chunks/…`, `media/…`). The page gets the build's module
//   preload lines (`cdn/seoul-learn.preload.html`) where the guide's snippet has them.
// - Text files (HTML, JS, CSS, SVG, JSON, WebVTT, HLS playlists) are compressed before the page's address
//   is handed out, as a CDN precompresses, and kept in memory: brotli (quality 11) when the
//   browser accepts `br`, else gzip (level 9). `Vary: Accept-Encoding` on each.
// - Caching as a CDN would: hashed chunks (`chunks/name-HASH.js`) are `immutable` for a year; the
//   entry modules, the host stylesheet and media for an hour; the HTML page is revalidated on each
//   visit (`no-cache` with an ETag, answered 304 when unchanged).
// - Media (video, audio) are served uncompressed with byte ranges (206), as a video needs to seek.
// - The partner page is sent with a strict Content-Security-Policy (`style-src 'self'`, no inline
//   script), the one the guide's self-hosted example gives, so a violation would show.
// - HTTP/1.1 on 127.0.0.1; no added latency (Lighthouse's presets throttle on their own).
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { serveStatic, within } from '../static-server.mjs';
import { STRICT_CSP } from '../wtr-embedding.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pageRoot = join(repo, 'test/perf/partner');
// `PARTNER_DIST=<folder>`: another build's dist/, to compare two builds on the same page.
const distRoot = process.env.PARTNER_DIST ?? join(repo, 'dist');

/** Where the page finds the package, as the guide's snippet names it. */
export const PACKAGE_PATH = '/seoul-learn/0.1.0/';

/** The policy the page is served under: the guide's "everything self-hosted" example (the tests' strict policy, and no plugins or base changes). */
export const PARTNER_CSP = `${STRICT_CSP}; object-src 'none'; base-uri 'self'`;

/** The marker in the page where the build's module preload lines go, as a partner pastes them. */
const PRELOAD_MARKER = '<!-- cdn/seoul-learn.preload.html -->';

/**
 * The page gets the build's `<link rel="modulepreload">` lines at its marker, with the package's
 * path in front, as the guide tells partners to paste them (they name hashed chunks, so they come
 * from the build that is served).
 * @param {string} file
 * @param {Buffer} raw
 */
function withPreloads(file, raw) {
  if (file !== join(pageRoot, 'index.html')) return raw;
  const lines = readFileSync(join(distRoot, 'cdn/seoul-learn.preload.html'), 'utf8')
    .trim()
    .replaceAll('href="', `href="${PACKAGE_PATH}cdn/`);
  return Buffer.from(raw.toString('utf8').replace(PRELOAD_MARKER, lines));
}

/**
 * Starts the server on a free loopback port, once every text file is compressed.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url`: the partner page
 */
export async function servePartnerPage() {
  const server = await serveStatic({
    resolve: (pathname) =>
      pathname.startsWith(PACKAGE_PATH)
        ? within(distRoot, pathname.slice(PACKAGE_PATH.length))
        : within(pageRoot, pathname === '/' ? 'index.html' : pathname.slice(1)),
    transform: withPreloads,
    compression: 'negotiate',
    cacheControl(pathname, ext) {
      if (ext === '.html') return 'no-cache';
      if (/\/chunks\/[^/]+-[\w-]{8}\.js$/.test(pathname)) return 'public, max-age=31536000, immutable';
      return 'public, max-age=3600';
    },
    headers: (_, ext) => ({
      'x-content-type-options': 'nosniff',
      ...(ext === '.html' ? { 'content-security-policy': PARTNER_CSP } : {}),
    }),
  });
  server.precompress([pageRoot, join(distRoot, 'cdn'), join(distRoot, 'media')]);
  return { url: `${server.origin}/`, close: server.close };
}

// `node scripts/perf/serve.mjs`: serve until stopped, to look at the page by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const { url } = await servePartnerPage();
  console.log(`partner page: ${url}`);
}
