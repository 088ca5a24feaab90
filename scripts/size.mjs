// Prints the size of each entry's initial JavaScript: the entry plus every chunk it imports
// statically (dynamic imports such as the demo data are left out), raw and brotli-compressed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

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

// Minified CDN modules with Lit included: what a learner's phone downloads before anything renders.
const entries = [
  ['all elements (seoul-learn.js)', 'dist/cdn/seoul-learn.js'],
  ['<seoul-learn-provider> + core', 'dist/cdn/provider.js', 10],
  ['<seoul-learn-course> + core', 'dist/cdn/course.js', 25],
  ['<seoul-learn-progress> + core', 'dist/cdn/progress.js', 15],
  ['<seoul-learn-booking> + core', 'dist/cdn/booking.js', 20],
];

const rows = [];
for (const [label, file, budgetKb] of entries) {
  if (!existsSync(file)) continue;
  const files = [...closure(file)];
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  rows.push({
    label,
    files: files.map((f) => relative('dist', f)).join(' + '),
    raw: code.length,
    brotli: brotli(code),
    // What a browser downloads: each file compressed on its own.
    perFile: files.reduce((sum, f) => sum + brotli(readFileSync(f)), 0),
    count: files.length,
    budgetKb,
  });
}
if (rows.length === 0) {
  console.error('Nothing to measure: run `npm run build` first.');
  process.exit(1);
}
console.log('\nInitial JavaScript of the CDN build, Lit included (brotli, quality 11):');
let over = 0;
for (const row of rows) {
  const kb = row.brotli / 1024;
  const verdict =
    row.budgetKb === undefined
      ? ''
      : kb <= row.budgetKb
        ? ` ≤ ${row.budgetKb} KB ok`
        : ` > ${row.budgetKb} KB OVER BUDGET`;
  if (row.budgetKb !== undefined && kb > row.budgetKb) over += 1;
  console.log(
    `  ${row.label.padEnd(30)} ${kb.toFixed(1).padStart(6)} KB brotli${verdict}  ${(row.perFile / 1024).toFixed(1).padStart(5)} KB in ${row.count} files  ${(row.raw / 1024).toFixed(1).padStart(7)} KB raw  (${row.files})`,
  );
}
if (over > 0) {
  console.error(`${over} element(s) over their size budget.`);
  process.exit(1);
}
