// The static import graph of the built CDN modules, as a browser walks it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; never `import(…)`.
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/**
 * The file and every file it imports statically, in the order a browser finds them.
 * @param {string} file
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) {
    if (match[1].startsWith('.')) closure(join(dirname(file), match[1]), seen);
  }
  return seen;
}
