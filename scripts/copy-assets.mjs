// Copies the demo media beside the built modules (dist/media), where the demo data chunk finds it.
import { cpSync, existsSync } from 'node:fs';

if (existsSync('assets/media')) cpSync('assets/media', 'dist/media', { recursive: true });
