// Vite build: a static site with a relative base, so it can be served from any sub-path.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  server: { port: 5173 },
  preview: { port: 4173 },
});
