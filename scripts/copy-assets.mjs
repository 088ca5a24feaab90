// Copies the demo media beside the built modules (dist/media), where the demo data chunk finds
// it, leaving out how the media were made.
import { cpSync, existsSync } from 'node:fs';
import { basename } from 'node:path';

const skip = new Set(['make-media.sh', 'README.md']);
if (existsSync('assets/media')) {
  cpSync('assets/media', 'dist/media', { recursive: true, filter: (source) => !skip.has(basename(source)) });
}
