// `npm start`: builds the theme tokens, then serves the demo partner site and prints its URL.
import { execFileSync } from 'node:child_process';
import { createServer } from 'vite';

execFileSync(process.execPath, ['themes/build.mjs'], { stdio: 'inherit' });

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  appType: 'mpa',
  server: { host: process.env.HOST ?? '127.0.0.1', port, open: false },
  logLevel: 'warn',
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nSeoul Learn demo partner site: ${url}demo/\nStop with Ctrl+C.\n`);
