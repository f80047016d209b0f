import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../electron/window/security';

/**
 * Writes the app's production Content-Security-Policy (the one the Electron window also sends
 * as a header, electron/window/security.ts) into the built index.html as a meta tag: a page from
 * file:// or a static server gets no CSP header, so the meta tag is what protects it. Builds only:
 * the dev server's hot reload needs inline scripts.
 */
export function contentSecurityPolicyMeta(): Plugin {
  const policy = contentSecurityPolicy({ kind: 'file', path: '/index.html' })
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors')) // ignored in a meta tag
    .join('; ');
  return {
    name: 'corroborate-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
