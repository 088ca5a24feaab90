import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { demoMediaUrls } from './scripts/demo-media.mjs';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';
import { minifyLitHtml } from './scripts/minify-lit-html.mjs';

/**
 * Three library builds from one config:
 * - `vite build` (npm): one ES module per entry, Lit and other dependencies left external.
 * - `vite build --mode cdn`: `dist/cdn/seoul-learn.js`, one self-contained module with Lit
 *   bundled that defines every element and re-exports the root entry; heavy optional parts
 *   (the demo data) stay in separate chunks that load only when used. Once it is written, the
 *   same command runs the next build into the same folder.
 * - `vite build --mode cdn-elements`: one module per element (`dist/cdn/provider.js` …) that
 *   holds that element's own code and shares Lit and the core with the others through chunks,
 *   so a page with two elements loads Lit once.
 *
 * The all-in-one and the element modules are separate builds because in one build every
 * element's code is shared with the all-in-one: each element module was then a one-line facade
 * over a chunk and the all-in-one a tree of 18 files, each compressed and requested on its own.
 * The price: a page that loads both the all-in-one and an element module gets two copies of Lit
 * (which `defineOnce` tolerates), and the lazy chunks exist once per build.
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
/** The all-in-one, and the HTTP data source it leaves out (its elements load it only for an `api-base`). */
const allInOneEntries = { 'seoul-learn': 'src/cdn/seoul-learn.ts', http: 'src/data/http/index.ts' };

/** After the all-in-one is written, builds the element modules into the same folder. */
function elementModules(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'seoul-learn-cdn-elements',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      await build({
        root: config.root,
        configFile: config.configFile,
        mode: 'cdn-elements',
        logLevel: config.logLevel,
        // Also where a caller sent the all-in-one (the embedding tests build into a cache folder).
        build: { outDir: config.build.outDir, emptyOutDir: false },
      });
    },
  };
}

/**
 * Parts of the demo data that its methods load when first called (see
 * src/data/demo/demo-data-source.ts): the consultation calendar, with the public holidays, and
 * the learner and cohort summaries. Before the demo data's group, which would take them in.
 */
const demoParts = [
  {
    name: 'demo-consultations',
    test: /src[\\/]data[\\/]demo[\\/](bookings|consultations|holidays|slots|fixtures[\\/]consultants)\.ts$|@hyunbinseo[\\/]holidays-kr/,
    includeDependenciesRecursively: false,
  },
  // The store in memory, for `storage: 'memory'` and where IndexedDB cannot be opened.
  { name: 'demo-memory', test: /src[\\/]data[\\/]demo[\\/]memory-store\.ts$/, includeDependenciesRecursively: false },
  // The progress writes, with the merging of watched segments that only they do.
  {
    name: 'demo-writes',
    test: /src[\\/]data[\\/](demo[\\/]progress-writes|segment-limit)\.ts$/,
    includeDependenciesRecursively: false,
  },
  // With the summaries: the cohort and the whole course catalogue, which only they look across.
  {
    name: 'demo-summaries',
    test: /src[\\/]data[\\/]demo[\\/](summaries|learners|cohort|prng|fixtures[\\/]courses|fixtures[\\/]generated[\\/]rows)\.ts$/,
    includeDependenciesRecursively: false,
  },
];

const demoData = {
  name: 'demo-data',
  // Each course's module (fixtures/rows/) is a chunk of its own: a course player loads only its own.
  // Their loaders (fixtures/generated/row-loaders.ts) go with the element that fetches them early.
  test: /src[\\/]data[\\/]demo[\\/](?!fixtures[\\/](rows[\\/]|generated[\\/]row-loaders))/,
  // Shared modules (errors, time helpers) stay with whoever imports them first.
  includeDependenciesRecursively: false,
};

/**
 * The API's data source with its early reads, and what they share with the HTTP data source (the
 * paths and a request's options): loaded together, only for an `api-base`.
 */
const apiReads = {
  name: 'api-reads',
  test: /src[\\/]data[\\/]http[\\/](early-reads|wire)\.ts$/,
  includeDependenciesRecursively: false,
};

/**
 * In the all-in-one build the early reads import the all-in-one module itself (their data source's
 * base class is in it), so what the HTTP data source shares with them is a chunk of its own:
 * `cdn/http.js` must not import `seoul-learn.js`.
 */
const apiWire = {
  name: 'api-wire',
  test: /src[\\/]data[\\/]http[\\/]wire\.ts$/,
  includeDependenciesRecursively: false,
};

/** Chunks that several entries share, in as few files as each entry's download allows. */
const sharedGroups = [
  ...demoParts,
  demoData,
  // What the three content elements share and the provider does not need: headings,
  // events, requests, live regions, focus, the roving tab stop, the failure
  // rule and the data-source resolution (demo data or the API, both loaded on first
  // use). One file that every element downloads once, instead of one
  // file per helper and element mix; the provider's download leaves it out.
  {
    name: 'element-kit',
    test: /src[\\/](core[\\/](headings|events|request-controller|announcer|focus|roving-tabindex|data-source|lazy-part|i18n)|data[\\/](failures|source-kit|deferred-data-source|api-data-source|demo-data-source|demo[\\/]fixtures[\\/]generated[\\/]row-loaders))\.ts$/,
    includeDependenciesRecursively: false,
  },
  // The domain's value lists and the Seoul calendar arithmetic: the booking needs both at once,
  // the views and data sources that load later need them too; in the element kit they would add
  // about 500 B to the course's and the progress's downloads. Two files: the demo data's seeded
  // history needs the arithmetic alone, and so a course player shows without the value lists.
  {
    name: 'domain',
    test: /src[\\/]data[\\/]types\.ts$/,
    includeDependenciesRecursively: false,
  },
  {
    name: 'seoul-time',
    test: /src[\\/]data[\\/]time\.ts$/,
    includeDependenciesRecursively: false,
  },
  // idb serves both the demo data and the HTTP data source's outbox: its own chunk, so
  // loading one never drags in the other.
  { name: 'idb', test: /node_modules[\\/]idb[\\/]/ },
];

/**
 * The element modules' extra chunk: Lit's directive base and the id and progress helpers. The
 * course needs them at once; the booking's later steps, the progress views and the demo data
 * only when they load. One file instead of four in the course's download. In the element kit
 * they would add about 500 B to the booking's and the progress's downloads, in the core about
 * 150 B (directives) to 500 B (with the helpers) to the provider's.
 */
const kitExtras = {
  name: 'kit-extras',
  test: /node_modules[\\/]lit-html[\\/]directive(-helpers)?\.js$|src[\\/]data[\\/](ids|progress|errors|limits)\.ts$|src[\\/]core[\\/](clock-format|icons|generated[\\/]icons[\\/](chevronRight|circleCheck|clock|playerPlay))\.ts$|rolldown[\\/]runtime/,
  includeDependenciesRecursively: false,
};

export default defineConfig(({ mode }) => {
  const allInOne = mode === 'cdn';
  const cdn = allInOne || mode === 'cdn-elements';
  return {
    publicDir: false,
    plugins: [
      minifyLitCss(),
      minifyLitHtml(),
      demoMediaUrls({ base: cdn ? '../../media/' : '../media/', cdn }),
      ...(allInOne ? [elementModules()] : []),
    ],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: cdn,
      lib: {
        entry: allInOne ? allInOneEntries : cdn ? elementEntries : npmEntries,
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
            // The all-in-one keeps everything it needs at once in its own file: only what it
            // loads later is split off, and the demo data always into `chunks/demo-data-*.js`.
            groups: allInOne
              ? [...demoParts, demoData, apiWire]
              : cdn
                ? [...sharedGroups, apiReads, kitExtras]
                : [...sharedGroups, apiReads],
          },
        },
      },
    },
  };
});
