// The one static file server behind the project's measuring and screenshot scripts: the visual
// suite, the benchmarks, the Lighthouse partner page and the "before content" size count. Each
// caller says which files a URL names and how they go out (caching, compression, extra headers);
// the rest is shared: content types, byte ranges for media, confinement to the given folders,
// compressed bodies made once per file version, and a `close()` that ends open connections.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Content types by file extension. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.vtt': 'text/vtt; charset=utf-8',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.m4a': 'audio/mp4',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Extensions sent compressed when the server compresses: text, as a CDN would. */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.vtt', '.m3u8', '.txt']);

/**
 * Parses a `Range: bytes=…` header for a file of `size` bytes: `[start, end]` (inclusive),
 * `undefined` when there is none (or several ranges are asked for), `null` when it cannot be met.
 * @param {string | undefined} header
 * @param {number} size
 * @returns {[number, number] | null | undefined}
 */
export function parseRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [start, end] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start > end || start >= size ? null : [start, end];
}

/**
 * The file under `dir` that a URL path names, or undefined when the path leaves `dir`.
 * @param {string} dir
 * @param {string} path - already stripped of the prefix that names `dir`
 */
export function within(dir, path) {
  const base = normalize(dir + sep);
  const file = normalize(join(base, decodeURIComponent(path)));
  return file.startsWith(base) ? file : undefined;
}

/**
 * @typedef {object} Served
 * @property {string} file - the file to send
 * @property {string} [type] - its content type, when its extension does not give it
 *
 * @typedef {object} ServeOptions
 * @property {(pathname: string) => string | Served | undefined} resolve - the file a URL path names
 * @property {(pathname: string) => string | undefined} [page] - a generated HTML page for a path
 * @property {(file: string, body: Buffer) => Buffer} [transform] - rewrites a text file before it is sent
 * @property {'none' | 'gzip' | 'negotiate'} [compression] - `gzip`: level 9 when accepted;
 *   `negotiate`: brotli 11 when `br` is accepted, else gzip 9, with an ETag answered 304. Default none.
 * @property {(pathname: string, ext: string) => string} [cacheControl] - default `no-store`
 * @property {(pathname: string, ext: string) => Record<string, string>} [headers] - added to each answer
 */

/**
 * Starts a static server on 127.0.0.1 and a free port.
 * @param {ServeOptions} options
 * @returns {Promise<{ origin: string, close(): Promise<void>, precompress(dirs: string[]): void }>}
 */
export async function serveStatic(options) {
  const { resolve, page, transform, compression = 'none', cacheControl = () => 'no-store', headers } = options;
  /** Bodies by file, version and encoding: each is read, rewritten and compressed once. */
  const bodies = new Map();

  const textBody = (file, mtime, encoding) => {
    const key = `${file}\0${mtime}\0${encoding}`;
    let entry = bodies.get(key);
    if (!entry) {
      const raw = transform ? transform(file, readFileSync(file)) : readFileSync(file);
      const data =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: constants.Z_BEST_COMPRESSION })
            : raw;
      entry = { data, etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"` };
      bodies.set(key, entry);
    }
    return entry;
  };

  const encodingFor = (accepted) => {
    if (compression === 'none') return 'identity';
    if (compression === 'negotiate' && /\bbr\b/.test(accepted)) return 'br';
    return /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
  };

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const generated = page?.(pathname);
    if (generated !== undefined) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : generated);
      return;
    }
    const resolved = resolve(pathname);
    const served = typeof resolved === 'string' ? { file: resolved } : resolved;
    let stat;
    try {
      stat = served && statSync(served.file);
    } catch {
      stat = undefined;
    }
    if (!served || !stat?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const { file } = served;
    const ext = extname(file);
    const head = {
      'content-type': served.type ?? CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl(pathname, ext),
      ...headers?.(pathname, ext),
    };
    const isText = TEXT.has(ext) || served.type === 'application/json';

    // Text without a byte range: whole, maybe compressed, maybe rewritten.
    if (isText && !request.headers.range) {
      const encoding = encodingFor(String(request.headers['accept-encoding'] ?? ''));
      const { data, etag } = textBody(file, stat.mtimeMs, encoding);
      if (compression !== 'none') head.vary = 'Accept-Encoding';
      if (compression === 'negotiate') {
        head.etag = etag;
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, head).end();
          return;
        }
      }
      if (encoding !== 'identity') head['content-encoding'] = encoding;
      head['content-length'] = String(data.length);
      response.writeHead(200, head).end(request.method === 'HEAD' ? undefined : data);
      return;
    }

    // Media and other files (or a range of a text file): byte ranges, never compressed.
    const body = isText ? textBody(file, stat.mtimeMs, 'identity').data : undefined;
    const size = body ? body.length : stat.size;
    head['accept-ranges'] = 'bytes';
    const range = parseRange(request.headers.range, size);
    if (range === null) {
      response.writeHead(416, { ...head, 'content-range': `bytes */${size}` }).end();
      return;
    }
    const [start, end] = range ?? [0, size - 1];
    if (range) head['content-range'] = `bytes ${start}-${end}/${size}`;
    head['content-length'] = String(Math.max(0, end - start + 1));
    response.writeHead(range ? 206 : 200, head);
    if (request.method === 'HEAD' || size === 0) response.end();
    else if (body) response.end(body.subarray(start, end + 1));
    else createReadStream(file, { start, end }).pipe(response);
  });

  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
    /** Compresses every text file under `dirs` now, so that no request waits for brotli 11. */
    precompress(dirs) {
      if (compression === 'none') return;
      for (const dir of dirs) {
        for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
          const file = join(entry.parentPath ?? entry.path, entry.name);
          if (!entry.isFile() || !TEXT.has(extname(file)) || extname(file) === '.map') continue;
          const { mtimeMs } = statSync(file);
          if (compression === 'negotiate') textBody(file, mtimeMs, 'br');
          textBody(file, mtimeMs, 'gzip');
        }
      }
    },
  };
}
