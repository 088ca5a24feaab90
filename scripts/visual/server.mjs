// The visual suite's server: the repository root on a free local port, nothing cached, media
// answered in byte ranges (206) so that the browser loads and seeks the lesson videos as it would
// from a real media server.
import { serveStatic, within } from '../static-server.mjs';

/**
 * Starts the server on 127.0.0.1 and a free port; resolves to its origin and a `close()`.
 * @param {string} root
 */
export function serve(root) {
  return serveStatic({ resolve: (pathname) => within(root, pathname) });
}
