import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyMeta } from './scripts/vite-csp-meta';

// Renderer of the desktop app (Forge renderer `main_window`). Entry: index.html at the repo root
// -> renderer/main.tsx, the same page as the web build (vite.web.config.mts), with the same CSP
// meta tag. Forge merges this over its defaults and sets `base: './'` (the page loads from
// file://) and `outDir: .vite/renderer/main_window`; main.ts loads that index.html in production.
export default defineConfig({
  root: '.',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { chunkSizeWarningLimit: 2000 },
});
