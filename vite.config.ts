import { defineConfig } from 'vite';
import { demoMediaUrls } from './scripts/demo-media.mjs';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';
import { minifyLitHtml } from './scripts/minify-lit-html.mjs';

/**
 * Two library builds from one config:
 * - `vite build` (npm): one ES module per entry, Lit and other dependencies left external.
 * - `vite build --mode cdn`: `dist/cdn/seoul-learn.js`, one self-contained module with Lit
 *   bundled that defines every element and re-exports the root entry; heavy optional parts
 *   (the demo data) stay in separate chunks that load only when used. One module per element
 *   too (`dist/cdn/provider.js` …), sharing Lit through a chunk, to measure each element's cost.
 *
 * The demo data always lands in `chunks/demo-data.js`, so its path to the shipped media
 * (`dist/media/`, copied by scripts/copy-assets.mjs) is known at build time and is written as a
 * literal for each file (scripts/demo-media.mjs), which an app's bundler can follow.
 */
/** One define module per element (`@seoul-learn/elements/<name>.js`). */
const elementEntries = {
  provider: 'src/provider.ts',
  course: 'src/course.ts',
  progress: 'src/progress.ts',
  booking: 'src/booking.ts',
};
const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  ...elementEntries,
  react: 'src/react/index.ts',
  // The data-source conformance suite (`@seoul-learn/elements/testing`): npm only, never in the CDN build.
  testing: 'src/testing/index.ts',
};
const cdnEntries = { 'seoul-learn': 'src/define.ts', ...elementEntries };

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    publicDir: false,
    plugins: [minifyLitCss(), minifyLitHtml(), demoMediaUrls({ base: cdn ? '../../media/' : '../media/' })],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: cdn,
      lib: {
        entry: cdn ? cdnEntries : npmEntries,
        formats: ['es'],
      },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        external: cdn
          ? []
          : [
              /^lit(\/.*)?$/,
              /^@lit\//,
              /^idb(\/.*)?$/,
              /^hls\.js(\/.*)?$/,
              /^valibot$/,
              /^react(\/.*)?$/,
              /^@hyunbinseo\/holidays-kr(\/.*)?$/,
              // The test tools of whoever runs the conformance suite.
              /^@open-wc\/testing$/,
            ],
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: cdn,
          codeSplitting: {
            groups: [
              {
                name: 'demo-data',
                test: /src[\\/]data[\\/]demo[\\/]/,
                // Shared modules (errors, time helpers) stay with whoever imports them first.
                includeDependenciesRecursively: false,
              },
              // What the three content elements share and the provider does not need: headings,
              // events, formats, requests, live regions, focus, the roving tab stop, the failure
              // rule and the data-source resolution (demo data or the API, both loaded on first
              // use). One file that every element downloads once, instead of one
              // file per helper and element mix; the provider's download leaves it out.
              {
                name: 'element-kit',
                test: /src[\\/](core[\\/](headings|events|format|request-controller|announcer|focus|roving-tabindex|data-source|lazy-part)|data[\\/](failures|source-kit|deferred-data-source|api-data-source|demo-data-source))\.ts$/,
                includeDependenciesRecursively: false,
              },
              // The domain's value lists and the Seoul calendar arithmetic: the booking needs both
              // at once, the views and data sources that load later need them too. One file.
              {
                name: 'domain',
                test: /src[\\/]data[\\/](types|time)\.ts$/,
                includeDependenciesRecursively: false,
              },
              // idb serves both the demo data and the HTTP data source's outbox: its own chunk, so
              // loading one never drags in the other.
              { name: 'idb', test: /node_modules[\\/]idb[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
