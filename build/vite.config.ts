import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { cspDirectives } from '../shared/csp';

const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The renderer bundle, shared by the Electron window (app://parley/) and the browser host
 * (http://127.0.0.1:PORT/). Relative `base` keeps asset URLs valid under both origins.
 */
/**
 * The page also carries the policy both doors send as a header, so a copy opened any other
 * way stays locked down. Written from shared/csp.ts so there is one policy; a <meta> policy
 * cannot hold frame-ancestors (Chromium warns), the header does.
 */
function cspMeta(): Plugin {
  const policy = Object.entries(cspDirectives)
    .filter(([directive]) => directive !== 'frame-ancestors')
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
  return {
    name: 'parley-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/** The version About shows is package.json's, read when the interface is built. */
process.env['VITE_PARLEY_VERSION'] ??= (JSON.parse(readFileSync(repo('package.json'), 'utf8')) as { version: string }).version;

export default defineConfig({
  plugins: [cspMeta()],
  root: repo('renderer'),
  base: './',
  publicDir: false,
  // Vite 8 transforms with Oxc; React 19's automatic runtime means no React import per file
  // and no @vitejs/plugin-react (we need no fast refresh: there is no dev server in the loop).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: repo('dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The CSP forbids inline scripts and styles: keep every asset a file, never a data: URL.
    assetsInlineLimit: 0,
    // Chromium supports modulepreload natively; the polyfill would be dead code.
    modulePreload: { polyfill: false },
  },
});
