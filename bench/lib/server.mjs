// A small static server for the benchmark pages: the built package (dist/), the comparison
// libraries' own browser builds (media-chrome, Shoelace) from node_modules, the pages, and the
// files the run generates. Every response may be cached for ten minutes, so that a "warm" load
// takes its files from the browser's cache as a returning visitor's would; the cold runs switch
// the cache off through the DevTools protocol instead. Text is sent gzip-compressed (level 9) as a
// CDN would send it (Chromium asks for brotli only over HTTPS), so that the throttled runs move
// realistic byte counts; byte ranges are answered for media.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.vtt', '.txt', '.map', '']);

/**
 * A page's `<!-- modulepreload: <module>.js -->` comment becomes the module's preload lines from the
 * build's `dist/cdn/preload.json`, as a partner following the embedding guide writes them.
 * @param {Buffer} body
 * @param {string} extension
 * @param {string} root
 * @returns {Buffer}
 */
function withPreloads(body, extension, root) {
  if (extension !== '.html' || !body.includes('<!-- modulepreload:')) return body;
  const lists = JSON.parse(readFileSync(join(root, 'dist/cdn/preload.json'), 'utf8'));
  const html = body
    .toString('utf8')
    .replace(/<!-- modulepreload: ([\w.-]+\.js) -->/g, (_, module) =>
      (lists[module] ?? []).map((file) => `<link rel="modulepreload" href="/dist/cdn/${file}" />`).join('\n'),
    );
  return Buffer.from(html);
}

/**
 * Starts the server on a free port of 127.0.0.1.
 *
 * @param {{ root: string, generated: string, mounts: readonly string[] }} options `root` is the
 *   repository, `mounts` the folders under it that may be served (`/dist/…` is `<root>/dist/…`),
 *   and `generated` a folder served as `/out/…`.
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function serve({ root, generated, mounts }) {
  const resolve = (pathname) => {
    const path = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    if (path.split(sep).includes('..')) return undefined;
    if (path.startsWith(`out${sep}`)) return join(generated, path.slice(4));
    return mounts.some((mount) => path.startsWith(`${mount}${sep}`)) ? join(root, path) : undefined;
  };
  /** Compressed bodies by file and modification time: each file is compressed once. */
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const file = resolve(new URL(request.url ?? '/', 'http://localhost').pathname);
    try {
      const info = file ? await stat(file) : undefined;
      if (!file || !info?.isFile()) throw new Error('not a file');
      const body = withPreloads(await readFile(file), extname(file), root);
      const headers = {
        // Generated API answers (`/out/api/…`) have no extension and are JSON.
        'content-type':
          TYPES[extname(file)] ??
          (file.startsWith(join(generated, 'api')) ? 'application/json' : 'application/octet-stream'),
        'cache-control': 'max-age=600',
        'accept-ranges': 'bytes',
      };
      const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
      if (range && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
        if (start > end || start >= body.length) {
          response.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
          return;
        }
        response.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` });
        response.end(body.subarray(start, end + 1));
        return;
      }
      if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const key = `${file}|${info.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: constants.Z_BEST_COMPRESSION }));
        response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        response.end(gzipped.get(key));
        return;
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
