// `npm run lighthouse`: Lighthouse on the partner page (lighthouse.mjs), then the long-task check
// while a learner uses it (long-tasks.mjs). Both always run; fails if either does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

let failed = false;
for (const script of ['lighthouse.mjs', 'long-tasks.mjs']) {
  const { status } = spawnSync(
    process.execPath,
    [fileURLToPath(new URL(script, import.meta.url)), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
