import { describe, expect, it, vi } from 'vitest';
import { externalUrlOf, guardNavigation, handleWindowOpen, isAppUrl, isTrustedSender } from '../../../electron/main/guards';

describe('isAppUrl', () => {
  it.each(['app://parley/', 'app://parley/index.html', 'app://parley/assets/index-3f2a.js?v=1#top', 'APP://parley/'])(
    'accepts the app’s own page %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://evil.example/?next=app://parley',
    'https://evil.example/#app://parley/',
    'app://parley.evil/',
    'app://parley@evil/',
    'app://evil@parley/',
    'app://parley:8080/',
    'app://parleyx/',
    'app:parley',
    'app:///parley/index.html',
    'apps://parley/',
    'http://parley/',
    'file:///app/parley/index.html',
    'javascript:location="app://parley/"',
    'data:text/html,app://parley/',
    'about:blank',
    '',
  ])('refuses the look-alike %s', (url) => expect(isAppUrl(url)).toBe(false));

  it.each([undefined, null, 42, {}, ['app://parley/'], new URL('app://parley/')])('refuses a non-string %s', (value) =>
    expect(isAppUrl(value)).toBe(false),
  );
});

describe('externalUrlOf', () => {
  it('gives back the parser’s serialisation of an http(s) link', () => {
    expect(externalUrlOf('https://example.org/talks?id=4#p2')).toBe('https://example.org/talks?id=4#p2');
    expect(externalUrlOf('HTTP://Example.ORG/a b')).toBe('http://example.org/a%20b');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://parley/index.html',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.org',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'http://user@app/',
    'https://user:secret@example.org/',
    'https://',
    'https://exa mple.org/',
    '//example.org/',
    'example.org',
  ])('keeps %s inside the app', (url) => expect(externalUrlOf(url)).toBeNull());

  it('refuses a non-string and an absurdly long URL', () => {
    expect(externalUrlOf({ href: 'https://example.org/' })).toBeNull();
    expect(externalUrlOf(`https://example.org/${'a'.repeat(10_000)}`)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  const topFrame = (url: unknown) => ({ senderFrame: { url, parent: null } });

  it('trusts the app’s top-level page', () => {
    expect(isTrustedSender(topFrame('app://parley/index.html'))).toBe(true);
  });

  it('refuses other origins, sub-frames, missing and destroyed frames', () => {
    expect(isTrustedSender(topFrame('https://evil.example/?next=app://parley'))).toBe(false);
    expect(isTrustedSender(topFrame('app://parley.evil/'))).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://parley/', parent: { url: 'app://parley/' } } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
    expect(isTrustedSender({})).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const destroyed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(destroyed)).toBe(false);
  });
});

describe('guardNavigation', () => {
  it('lets the page move within the app and stops everything else', () => {
    const stop = vi.fn();
    guardNavigation('app://parley/index.html#brief', stop);
    expect(stop).not.toHaveBeenCalled();
    for (const url of ['https://example.org/', 'app://parley.evil/', 'file:///etc/passwd', undefined]) guardNavigation(url, stop);
    expect(stop).toHaveBeenCalledTimes(4);
  });
});

describe('handleWindowOpen', () => {
  it('never opens a window, and sends only safe http(s) links to the browser', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen('https://example.org/article', openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('app://parley/index.html', openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('javascript:alert(1)', openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('http://user@app/', openExternal)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/article']]);
  });
});
