// Builds the viewer page (viewer/) into viewer/dist with relative paths, so any static host can serve it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Sigma and its programs are one chunk of about 250 kB; splitting it would not load any faster.
    chunkSizeWarningLimit: 1000,
    // No inline scripts or styles: the server's Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
