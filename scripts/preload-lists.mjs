// Writes, for each module of the CDN build, the list of chunks it imports statically (and, for an
// element module, what its element always loads at connect: see ALWAYS_LOADED), so that a
// page can ask for all of them at once (`<link rel="modulepreload">`) instead of finding them one
// level at a time while each file arrives:
//   dist/cdn/preload.json          { "course.js": ["chunks/base-element-….js", …], … }
//   dist/cdn/<module>.preload.html the same as link lines to paste after the module's script tag
// The chunk names carry content hashes, so the lines belong to one build: copy them from the
// version you host.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { closure } from './module-graph.mjs';

const DIST = 'dist/cdn';
if (!existsSync(DIST)) {
  console.error('preload-lists: no dist/cdn; run the CDN build first.');
  process.exit(1);
}
// What an element module loads as soon as its element connects, listed too so that it comes with
// the module instead of after it: its view, whole (`view`), and what the data chunks import
// (`dataImports`: the error classes, limits and calendar arithmetic, which the HTTP data source
// imports as well), without the built-in demo data itself, which a page with an API never loads.
// The progress element has two views and loads one: what either view's chunk imports is listed
// (`viewImports`, a few small shared chunks), the views themselves are not.
const ALWAYS_LOADED = {
  'course.js': { view: /^course-view-[\w-]+\.js$/, dataImports: /^demo-data-[\w-]+\.js$/ },
  'progress.js': { viewImports: /^(progress\.learner|cohort-view)-[\w-]+\.js$/, dataImports: /^demo-data-[\w-]+\.js$/ },
};
// What a page's setup adds, as lists of their own beside the module's (each without what the
// module's list has already), written as `cdn/<module>.<setup>.preload.html`:
// - `<module>:api`, what an element loads first for an `api-base`: the API's data source, which
//   sends the first reads (`api-reads` in the element modules' build, `early-reads` in the
//   all-in-one's). Not the HTTP client's larger code, which loads beside it: preloaded as well, it
//   took bandwidth from the first reads on a slow connection and made the first view 7–8 % slower.
// - `progress.js:learner` and `progress.js:cohort` (and the same for `seoul-learn.js`): the code
//   of the dashboard view the page shows.
// - `<module>:demo`, what an element loads first on the built-in demo data (no `api-base`): the
//   demo data's chunk and the part of it that element reads first (the summaries for the
//   dashboard, the consultations for the booking; a course's own rows depend on its id).
const SETUPS = {
  api: /^(api-reads|early-reads)-[\w-]+\.js$/,
  demo: /^demo-data-[\w-]+\.js$/,
};
/** For `:demo`: what of the demo data's own lazy parts each module's element reads first. */
const DEMO_FIRST_READS = {
  'progress.js': /^demo-summaries-[\w-]+\.js$/,
  'booking.js': /^demo-consultations-[\w-]+\.js$/,
  'seoul-learn.js': /^demo-(summaries|consultations)-[\w-]+\.js$/,
};
const PROGRESS_VIEWS = { learner: /^progress\.learner-[\w-]+\.js$/, cohort: /^cohort-view-[\w-]+\.js$/ };
const VIEWS = { 'progress.js': PROGRESS_VIEWS, 'seoul-learn.js': PROGRESS_VIEWS };
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** The files `file` imports dynamically (`import("./x.js")`). */
const dynamicImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)].map(([, path]) => join(dirname(file), path));

const modules = readdirSync(DIST).filter((name) => name.endsWith('.js'));
const lists = {};
for (const name of modules) {
  const files = closure(join(DIST, name));
  const always = ALWAYS_LOADED[name];
  if (always) {
    for (const chunk of [...files].flatMap(dynamicImports)) {
      if (always.view?.test(basename(chunk))) closure(chunk, files);
      if (always.dataImports.test(basename(chunk)) || always.viewImports?.test(basename(chunk))) {
        for (const file of [...closure(chunk)].slice(1)) closure(file, files);
      }
    }
  }
  lists[name] = [...files].slice(1).map((file) => relative(DIST, file).replaceAll('\\', '/'));
  const loadsLater = [...files].flatMap(dynamicImports);
  const setups = { ...SETUPS, ...VIEWS[name] };
  for (const [setup, pattern] of Object.entries(setups)) {
    const extra = new Set();
    for (const chunk of loadsLater.filter((file) => pattern.test(basename(file)))) {
      closure(chunk, extra);
      if (setup !== 'demo' || !DEMO_FIRST_READS[name]) continue;
      const first = dynamicImports(chunk).filter((file) => DEMO_FIRST_READS[name].test(basename(file)));
      for (const file of first) closure(file, extra);
    }
    const own = [...extra].filter((file) => !files.has(file));
    if (own.length) lists[`${name}:${setup}`] = own.map((file) => relative(DIST, file).replaceAll('\\', '/'));
  }
}
for (const [name, list] of Object.entries(lists)) {
  const lines = list.map((file) => `<link rel="modulepreload" href="${file}">`);
  const stem = name.replace(/\.js(:|$)/, '$1').replace(':', '.');
  writeFileSync(join(DIST, `${stem}.preload.html`), lines.length ? `${lines.join('\n')}\n` : '');
}
// A module that imports another entry module would run it too: `http.js` pulling in `seoul-learn.js`
// would define every element and download the whole package.
const entryImports = Object.entries(lists).flatMap(([name, list]) =>
  name.includes(':') ? [] : list.filter((file) => modules.includes(file)).map((file) => `${name} → ${file}`),
);
if (entryImports.length) {
  console.error(`preload-lists: a module imports another entry module statically: ${entryImports.join(', ')}`);
  process.exit(1);
}
writeFileSync(join(DIST, 'preload.json'), `${JSON.stringify(lists, null, 2)}\n`);
console.log(
  `preload lists: ${Object.entries(lists)
    .map(([name, list]) => `${name} ${list.length}`)
    .join(', ')} chunk(s) → ${DIST}/preload.json, ${DIST}/<module>.preload.html`,
);
