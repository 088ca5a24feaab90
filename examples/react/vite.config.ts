import { defineConfig } from 'vite';
import { repoSource } from '../repo-source.mjs';

// Vite 8 compiles TSX itself (Oxc): the automatic runtime needs no React plugin. Add
// @vitejs/plugin-react for Fast Refresh if you want it.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [repoSource()],
  // hls.js (about 580 kB) is a separate chunk that loads only when a browser lacks native HLS.
  build: { chunkSizeWarningLimit: 600 },
});
