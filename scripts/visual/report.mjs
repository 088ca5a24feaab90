// Writes the HTML report of a failing visual run: for every failing shot, why it failed and the
// baseline, this run's shot and their difference side by side.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'prettier';

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function figure(src, caption) {
  return src
    ? `<figure><figcaption>${caption}</figcaption><a href="${src}"><img src="${src}" alt="${caption}" loading="lazy"></a></figure>`
    : `<figure><figcaption>${caption}</figcaption><p class="none">none</p></figure>`;
}

/**
 * Replaces `dir` with a report of `failures`: `{ name, reason, baseline?, actual?, diff? }`, the
 * images as PNG buffers. Returns the path of its index.html.
 */
export async function writeReport(dir, failures, summary) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const sections = [];
  for (const failure of failures) {
    const files = {};
    for (const kind of ['baseline', 'actual', 'diff']) {
      if (!failure[kind]) continue;
      files[kind] = `${failure.name}.${kind}.png`;
      await writeFile(join(dir, files[kind]), failure[kind]);
    }
    sections.push(`<section id="${escape(failure.name)}">
<h2>${escape(failure.name)}</h2>
<p class="reason">${escape(failure.reason)}</p>
<div class="row">
${figure(files.baseline, 'Before: the baseline')}
${figure(files.actual, 'After: this run')}
${figure(files.diff, 'Difference: changed pixels in red')}
</div>
</section>`);
  }
  const index = join(dir, 'index.html');
  // Formatted as the repository's own files are, so that `prettier --check .` passes beside it.
  const html = await format(
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visual regression report: ${failures.length} failed</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 24px; color: #1d1d1d; background: #fff; }
h1 { font-size: 22px; }
h2 { font-size: 17px; margin: 0 0 4px; font-family: ui-monospace, monospace; }
nav ul { columns: 2; padding-left: 20px; }
section { border-top: 1px solid #ccc; padding: 16px 0 24px; }
.reason { margin: 0 0 12px; color: #a30000; }
.row { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; align-items: start; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
img { display: block; max-width: 100%; height: auto; border: 1px solid #999; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
.none { border: 1px dashed #999; padding: 24px; text-align: center; color: #555; }
</style>
</head>
<body>
<h1>Visual regression report</h1>
<p>${escape(summary)}. Each failing shot shows the committed baseline, what this run rendered and the pixels that differ. If the change is intended, run <code>npm run test:visual -- --update</code> and commit the new baselines.</p>
<nav><ul>
${failures.map((f) => `<li><a href="#${escape(f.name)}">${escape(f.name)}</a>: ${escape(f.reason)}</li>`).join('\n')}
</ul></nav>
${sections.join('\n')}
</body>
</html>
`,
    { parser: 'html', printWidth: 120 },
  );
  await writeFile(index, html);
  return index;
}
