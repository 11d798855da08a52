import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The renderer bundle, shared by the Electron window (app://parley/) and the browser host
 * (http://127.0.0.1:PORT/). Relative `base` keeps asset URLs valid under both origins.
 */
export default defineConfig({
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
