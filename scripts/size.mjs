// Prints the size of each entry's initial JavaScript: the entry plus every chunk it imports
// statically (dynamic imports such as the demo data are left out), as a browser downloads it:
// each file brotli-compressed on its own, so every extra file pays its own compression overhead.
// The brotli size of the files concatenated, which no browser downloads, is shown for reference.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import * as prettier from 'prettier';
import { measureBeforeContent } from './before-content.mjs';
import { closure } from './module-graph.mjs';

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Which figure the budgets apply to: `perfile` (each file compressed on its own, what a browser
// downloads). `SIZE_ENFORCE=concat` applies them to the older, lower count of the files compressed
// together, only to compare with figures from before.
const ENFORCE = process.env.SIZE_ENFORCE ?? 'perfile';
if (ENFORCE !== 'concat' && ENFORCE !== 'perfile') {
  console.error(`SIZE_ENFORCE must be "perfile" or "concat", not "${ENFORCE}".`);
  process.exit(2);
}

const DIST = 'dist/cdn';
// Minified CDN modules with Lit included: what a learner's phone downloads before anything renders.
// Budgets in KiB. The all-in-one's budget applies to the per-file count only (it had none before).
const entries = [
  { label: 'all elements (seoul-learn.js)', file: 'seoul-learn.js', budgetKib: 45, perFileOnly: true },
  { label: '<seoul-learn-provider> + core', file: 'provider.js', budgetKib: 10 },
  { label: '<seoul-learn-course> + core', file: 'course.js', budgetKib: 25 },
  { label: '<seoul-learn-progress> + core', file: 'progress.js', budgetKib: 15 },
  { label: '<seoul-learn-booking> + core', file: 'booking.js', budgetKib: 20 },
];

const rows = [];
for (const entry of entries) {
  const path = join(DIST, entry.file);
  if (!existsSync(path)) continue;
  const files = [...closure(path)].map((file) => {
    const code = readFileSync(file);
    return { name: relative(DIST, file), raw: code.length, brotli: brotli(code), code };
  });
  rows.push({
    ...entry,
    files,
    perFile: files.reduce((sum, file) => sum + file.brotli, 0),
    concat: brotli(Buffer.concat(files.map((file) => file.code))),
    raw: files.reduce((sum, file) => sum + file.raw, 0),
  });
}
if (rows.length === 0) {
  console.error('Nothing to measure: run `npm run build` first.');
  process.exit(1);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const bytes = (n) => n.toLocaleString('en-US');
const enforced = (row) => (ENFORCE === 'perfile' || !row.perFileOnly) && row.budgetKib !== undefined;
const figure = (row) => (ENFORCE === 'perfile' ? row.perFile : row.concat);
const over = rows.filter((row) => enforced(row) && figure(row) > row.budgetKib * 1024);

console.log(
  `\nInitial JavaScript of the CDN build, Lit included: each file brotli-compressed (quality 11) on its own, ` +
    `following static imports.\nBudgets apply to the ${ENFORCE === 'perfile' ? 'per-file sum' : 'concatenation (reference figure)'} ` +
    `(SIZE_ENFORCE=${ENFORCE}).\n`,
);
for (const row of rows) {
  const budget = row.budgetKib * 1024;
  const verdict = (value) => (value <= budget ? `≤ ${row.budgetKib} KiB` : `> ${row.budgetKib} KiB OVER`);
  const mark = (which) => (!enforced(row) ? ' (not enforced)' : ENFORCE === which ? ' (enforced)' : '');
  console.log(`${row.label}`);
  console.log(
    `  per-file ${bytes(row.perFile).padStart(6)} B ${kib(row.perFile).padStart(9)} in ${row.files.length} file(s) ${verdict(row.perFile)}${mark('perfile')}`,
  );
  console.log(
    `  concat   ${bytes(row.concat).padStart(6)} B ${kib(row.concat).padStart(9)}  ${verdict(row.concat)}${mark('concat')}  raw ${kib(row.raw)}`,
  );
  for (const file of row.files) {
    console.log(`    ${bytes(file.brotli).padStart(6)} B  ${file.name}`);
  }
}

// What a page fetches before the element shows content, on the default (demo) data, measured in
// Chromium (./before-content.mjs). `ceilingKib`, enforced, is the figure it must not grow past: for
// the course, the issue's budget (a whole media-chrome player is 31.4 KB), so whatever the player
// gains from now on loads after it shows; `goalKib`, where an element should get to.
const BEFORE_CONTENT = {
  'seoul-learn-course': { ceilingKib: 32 },
  'seoul-learn-progress': { ceilingKib: 39 },
  'seoul-learn-booking': { ceilingKib: 49 },
};
const beforeContent = await measureBeforeContent(join(process.cwd(), 'dist'));
const overCeiling = [];
if (!beforeContent) {
  console.log('\nBefore content: not measured (no Chromium on this machine).');
} else {
  console.log(
    '\nBefore content, on the demo data, measured in Chromium: every script fetched until the element shows ' +
      'its content (module-preload lines included), each brotli 11 on its own; media listed apart.\n',
  );
  for (const { tag, files, code } of beforeContent) {
    const limits = BEFORE_CONTENT[tag] ?? {};
    const goal = limits.goalKib
      ? `, goal ≤ ${limits.goalKib} KiB${code <= limits.goalKib * 1024 ? ' met' : ' NOT MET'}`
      : '';
    const ceiling = limits.ceilingKib
      ? ` ≤ ${limits.ceilingKib} KiB${code > limits.ceilingKib * 1024 ? ' OVER' : ''}`
      : '';
    if (limits.ceilingKib && code > limits.ceilingKib * 1024) overCeiling.push(tag);
    const scripts = files.filter((file) => file.kind === 'code');
    console.log(
      `<${tag}>  ${bytes(code).padStart(6)} B ${kib(code).padStart(9)} in ${scripts.length} file(s)${ceiling} (enforced)${goal}`,
    );
    for (const file of scripts) console.log(`    ${bytes(file.brotli).padStart(6)} B  ${file.name}`);
    const other = files.filter((file) => file.kind !== 'code');
    if (other.length) console.log(`    and ${other.map((file) => `${file.name} ${bytes(file.brotli)} B`).join(', ')}`);
  }
}

await writeReadmeTable(rows);

if (over.length > 0) {
  console.error(`\n${over.length} entr${over.length === 1 ? 'y' : 'ies'} over budget (SIZE_ENFORCE=${ENFORCE}).`);
  process.exit(1);
}
if (overCeiling.length > 0) {
  console.error(`\nOver the before-content ceiling: ${overCeiling.join(', ')}.`);
  process.exit(1);
}

/**
 * Rewrites the size table in README.md (between its `sizes` markers) from this build's figures,
 * so the README cannot state sizes that are not the build's. CI fails if the committed README
 * differs from what the build writes.
 * @param {typeof rows} measured
 */
async function writeReadmeTable(measured) {
  const file = 'README.md';
  const readme = readFileSync(file, 'utf8');
  const start = '<!-- sizes:start (written by npm run build, scripts/size.mjs; do not edit) -->';
  const end = '<!-- sizes:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return;
  const lines = [
    '| CDN module | initial JS (brotli, each file on its own, Lit included) | budget |',
    '| --- | --- | --- |',
    ...measured.map(
      (row) =>
        `| \`${row.file}\` (${row.label
          .replace(/ \(.*\)$/, '')
          .replace(/^all elements$/, 'all four elements')
          .replace(
            /<[\w-]+>/,
            (tag) => `\`${tag}\``,
          )}) | ${kib(row.perFile)} in ${row.files.length} file${row.files.length === 1 ? '' : 's'} | ${row.budgetKib} KiB |`,
    ),
  ];
  const next = `${readme.slice(0, from + start.length)}\n\n${lines.join('\n')}\n\n${readme.slice(to)}`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  const formatted = await prettier.format(next, { ...options, parser: 'markdown' });
  if (formatted !== readme) {
    writeFileSync(file, formatted);
    console.log('\nREADME.md: size table updated from this build.');
  }
}
