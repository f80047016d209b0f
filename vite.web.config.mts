import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The same Content Security Policy the Electron window sends as a header, as a meta tag in the
 * built page. Only in builds: the dev server's hot reload needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'corroborate-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The web build: the renderer as a static site in dist/web that any static server can serve. */
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { outDir: 'dist/web', emptyOutDir: true, sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
