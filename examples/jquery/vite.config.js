import { defineConfig } from 'vite';
import { repoSource } from '../repo-source.mjs';

export default defineConfig({
  plugins: [repoSource()],
  // hls.js (about 580 kB) is a separate chunk that loads only when a browser lacks native HLS.
  build: { chunkSizeWarningLimit: 600 },
});
