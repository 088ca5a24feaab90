import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { repoSource } from '../repo-source.mjs';

export default defineConfig({
  plugins: [
    // The `seoul-learn-*` tags are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('seoul-learn-') } } }),
    repoSource(),
  ],
  // hls.js (about 580 kB) is a separate chunk that loads only when a browser lacks native HLS.
  build: { chunkSizeWarningLimit: 600 },
});
