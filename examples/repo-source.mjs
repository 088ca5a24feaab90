/**
 * For the examples in this repository only: resolves `@seoul-learn/elements` and its subpaths to
 * the library's source (`src/`), so an example runs with no prior `npm run build` and no install
 * of its own, while its imports stay exactly what a partner app writes. It also serves the demo
 * media (`assets/media/`) that the built-in demo data plays, as the npm build ships it beside
 * `dist/`. A partner's app needs none of this: the installed package resolves by itself.
 */
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const src = `${repo}src/`;

/** @returns {import('vite').Plugin} */
export function repoSource() {
  return {
    name: 'seoul-learn-repo-source',
    config(_config, { command }) {
      return {
        resolve: {
          alias: [
            { find: /^@seoul-learn\/elements$/, replacement: `${src}index.ts` },
            { find: /^@seoul-learn\/elements\/react$/, replacement: `${src}react/index.ts` },
            {
              find: /^@seoul-learn\/elements\/(define|provider|course|progress|booking)\.js$/,
              replacement: `${src}$1.ts`,
            },
          ],
        },
        // `/media/…` in dev; in a build, `media/` beside the `assets/` folder that holds the chunks.
        publicDir: `${repo}assets`,
        define: { __SEOUL_LEARN_DEMO_MEDIA__: JSON.stringify(command === 'build' ? '../media/' : '/media/') },
        server: { fs: { allow: [repo] } },
      };
    },
  };
}
