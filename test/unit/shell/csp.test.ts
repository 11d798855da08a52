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

describe('what the policy leaves to default-src', () => {
  const named = new Set(contentSecurityPolicy.split('; ').map((d) => d.split(' ')[0]));

  it('names no frame, worker, media or manifest sources, so those stay at none', () => {
    for (const name of ['frame-src', 'child-src', 'worker-src', 'media-src', 'manifest-src', 'prefetch-src']) {
      expect(named.has(name)).toBe(false);
    }
  });

  it('is one header line without characters that could split or extend it', () => {
    expect(contentSecurityPolicy).not.toMatch(/[\r\n,]/);
    expect(contentSecurityPolicy.split('; ').every((d) => /^[a-z-]+( ('[a-z-]+'|data:))+$/.test(d))).toBe(true);
  });
});
