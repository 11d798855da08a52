import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives } from '../../../shared/csp';

describe('contentSecurityPolicy', () => {
  const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('starts from nothing allowed', () => {
    expect(contentSecurityPolicy.startsWith("default-src 'none'")).toBe(true);
  });

  it('lets the built app load its own scripts, styles, images, fonts and calls', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('closes the doors a page does not need', () => {
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });

  it('allows no inline or eval’d code and nothing remote', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|https?:|\*|blob:/);
  });

  it('is built from the directive table, one entry per directive', () => {
    expect(directives.size).toBe(Object.keys(cspDirectives).length);
  });
});
