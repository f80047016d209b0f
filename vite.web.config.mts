import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyMeta } from './scripts/vite-csp-meta';

/** The web build: the renderer as a static site in dist/web that any static server can serve. */
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { outDir: 'dist/web', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { port: 5173 },
  preview: { port: 4173 },
});
