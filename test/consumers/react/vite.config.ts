import { defineConfig } from 'vite';

// Nothing here is about @seoul-learn/elements: the package works in Vite as installed.
// Vite 8 compiles TSX itself (Oxc); add @vitejs/plugin-react for Fast Refresh if you want it.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // hls.js (about 580 kB) is a separate chunk that loads only when a browser lacks native HLS.
  build: { chunkSizeWarningLimit: 600 },
});
