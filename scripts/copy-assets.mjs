// Copies the demo media beside the built modules (dist/media), where the demo data chunk finds
// it, leaving out how the media were made, and the host stylesheet beside the CDN module.
import { copyFileSync, cpSync, existsSync } from 'node:fs';
import { basename } from 'node:path';

const skip = new Set(['make-media.sh', 'README.md']);
if (existsSync('assets/media')) {
  cpSync('assets/media', 'dist/media', { recursive: true, filter: (source) => !skip.has(basename(source)) });
}

// The host stylesheet (space for each element before its script runs): `cdn/seoul-learn.css`.
copyFileSync('src/seoul-learn.css', 'dist/cdn/seoul-learn.css');
