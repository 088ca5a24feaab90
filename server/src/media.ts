/**
 * Serves the demo lesson media (`assets/media/`) at `/media/`: the right Content-Type for video,
 * captions and HLS, byte ranges (a browser needs them to seek) and CORS for any origin, because
 * the files are public and `<track>` and HLS engines fetch them cross-origin.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

export const MEDIA_PREFIX = '/media/';

const TYPES: Readonly<Record<string, string>> = {
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.m4s': 'video/iso.segment',
  '.ts': 'video/mp2t',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

const CORS_HEADERS = {
  // Every answer says what it is; browsers must not guess another type from the bytes.
  'X-Content-Type-Options': 'nosniff',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Accept-Ranges, Content-Length, Content-Range, X-Content-Type-Options',
};

/** A byte range `[start, end]` (inclusive), or `'unsatisfiable'`, or undefined to send everything. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges or another unit: answering with the whole file is allowed (RFC 9110 §14.2).
  if (!match) return undefined;
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '' && last === '') return undefined;
  let start: number;
  let end: number;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(first);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== '' && Number(last) < start) return undefined;
  }
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** Answers a request under `/media/`. */
export async function serveMedia(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  mediaDir: string,
): Promise<number> {
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') {
    response.writeHead(204, {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'Range',
      'Access-Control-Max-Age': '600',
    });
    response.end();
    return 204;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { ...CORS_HEADERS, Allow: 'GET, HEAD, OPTIONS' });
    response.end();
    return 405;
  }
  const file = resolveMediaFile(pathname, mediaDir);
  const type = file && TYPES[extname(file).toLowerCase()];
  const info = file && type ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !type || !info?.isFile()) {
    response.writeHead(404, { ...CORS_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found\n');
    return 404;
  }
  const headers = {
    ...CORS_HEADERS,
    'Content-Type': type,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'public, max-age=300',
    'Last-Modified': info.mtime.toUTCString(),
  };
  const range = parseRange(request.headers.range, info.size);
  if (range === 'unsatisfiable') {
    response.writeHead(416, { ...headers, 'Content-Range': `bytes */${info.size}` });
    response.end();
    return 416;
  }
  const { start, end } = range ?? { start: 0, end: info.size - 1 };
  const status = range ? 206 : 200;
  response.writeHead(status, {
    ...headers,
    'Content-Length': String(Math.max(0, end - start + 1)),
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${info.size}` } : {}),
  });
  if (method === 'HEAD' || info.size === 0) {
    response.end();
    return status;
  }
  createReadStream(file, { start, end })
    .on('error', () => response.destroy())
    .pipe(response);
  return status;
}

/** The file a media path names, or undefined when it would leave the media folder. */
function resolveMediaFile(pathname: string, mediaDir: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(MEDIA_PREFIX.length));
  } catch {
    return undefined;
  }
  if (!relative || relative.includes('\0') || relative.split('/').some((part) => part === '..' || part === '')) {
    return undefined;
  }
  const root = resolve(mediaDir);
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : undefined;
}
