// Prints the size of each entry's initial JavaScript: the entry plus every chunk it imports
// statically (dynamic imports such as the demo data are left out), as a browser downloads it:
// each file brotli-compressed on its own, so every extra file pays its own compression overhead.
// The brotli size of the files concatenated, which no browser downloads, is shown for reference.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

// `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; never `import(…)`.
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** The file and every file it imports statically, in the order a browser finds them. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) {
    if (match[1].startsWith('.')) closure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

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
if (over.length > 0) {
  console.error(`\n${over.length} entr${over.length === 1 ? 'y' : 'ies'} over budget (SIZE_ENFORCE=${ENFORCE}).`);
  process.exit(1);
}
