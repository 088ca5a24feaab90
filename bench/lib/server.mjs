// The benchmark pages' server: the built package (dist/), the comparison libraries' own browser
// builds (media-chrome, Shoelace) from node_modules, the pages, and the files the run generates.
// Every response may be cached for ten minutes, so that a "warm" load takes its files from the
// browser's cache as a returning visitor's would; the cold runs switch the cache off through the
// DevTools protocol instead. Text is sent gzip-compressed (level 9) as a CDN would send it
// (Chromium asks for brotli only over HTTPS), so that the throttled runs move realistic byte
// counts; byte ranges are answered for media.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { serveStatic, within } from '../../scripts/static-server.mjs';

/**
 * A page's `<!-- modulepreload: <module>.js -->` comment (or `<module>.js:<setup>`, e.g. `progress.js:api`)
 * becomes the module's preload lines from the
 * build's `dist/cdn/preload.json`, as a partner following the embedding guide writes them.
 * @param {string} root
 * @param {string} file
 * @param {Buffer} body
 * @returns {Buffer}
 */
function withPreloads(root, file, body) {
  if (!file.endsWith('.html') || !body.includes('<!-- modulepreload:')) return body;
  const lists = JSON.parse(readFileSync(join(root, 'dist/cdn/preload.json'), 'utf8'));
  const html = body
    .toString('utf8')
    .replace(/<!-- modulepreload: ([\w.-]+\.js(?::\w+)?) -->/g, (_, module) =>
      (lists[module] ?? []).map((name) => `<link rel="modulepreload" href="/dist/cdn/${name}" />`).join('\n'),
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
export function serve({ root, generated, mounts }) {
  return serveStatic({
    resolve(pathname) {
      if (pathname.startsWith('/out/')) {
        const file = within(generated, pathname.slice('/out/'.length));
        // Generated API answers (`/out/api/…`) have no extension and are JSON.
        return file?.startsWith(join(generated, 'api') + sep) ? { file, type: 'application/json' } : file;
      }
      const mount = mounts.find((name) => pathname.startsWith(`/${name}/`));
      return mount ? within(join(root, mount), pathname.slice(mount.length + 2)) : undefined;
    },
    transform: (file, body) => withPreloads(root, file, body),
    compression: 'gzip',
    cacheControl: () => 'max-age=600',
  });
}
