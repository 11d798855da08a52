/**
 * The Content-Security-Policy sent with every page of the renderer, by the desktop
 * protocol handler and the browser host alike. It starts from
 * nothing and allows only what a Vite-built React app loads from its own origin: no inline
 * or eval'd script, no remote content, no plugins, no framing, no forms posting anywhere.
 */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Vite inlines small assets as data: URLs, images and fonts alike.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

export const contentSecurityPolicy: string = Object.entries(cspDirectives)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
