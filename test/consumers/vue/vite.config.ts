import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Only what docs/embedding.md asks of a Vue app: the `seoul-learn-*` tags are custom elements.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('seoul-learn-') } } })],
  // hls.js (about 580 kB) is a separate chunk that loads only when a browser lacks native HLS.
  build: { chunkSizeWarningLimit: 600 },
});
