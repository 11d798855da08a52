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

describe('hostile and look-alike URLs', () => {
  it.each([
    'app://evil/#app://parley',
    'app://parley%2Fevil/',
    'app://parley\\@evil/',
    'app://parley./',
    'app://pаrley/', // Cyrillic "а"
    'app://PARLEY.evil/',
    'javascript:void(0)//app://parley/',
    'file://parley/index.html',
    'data:,app://parley/',
  ])('does not take %j for the app', (url) => expect(isAppUrl(url)).toBe(false));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    ' javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share',
    'data:text/html;base64,PHNjcmlwdD4=',
    'blob:https://example.org/uuid',
    'http://user:pass@example.org/',
    'http://user:@example.org/',
    'https://example.org%2F@evil/',
    'https://example.org\u202e/gpj.exe',
    'https://example.org:99999/',
    'app://parley.evil/',
    'app://parley@evil/',
  ])('never sends %j to the system browser', (url) =>
    expect(externalUrlOf(url)).toBeNull(),
  );

  it('lets a link that merely mentions the app through as the plain web page it is', () => {
    expect(externalUrlOf('https://evil.example/?next=app://parley')).toBe('https://evil.example/?next=app://parley');
    expect(isAppUrl('https://evil.example/?next=app://parley')).toBe(false);
  });

  it('opens exactly what it checked: spaces and control characters are gone from the address handed over', () => {
    const handed = [' https://example.org/ ', '\u0000https://example.org/', 'https://exa\nmple.org/', '\thttps://example.org/\r\n'].map(
      externalUrlOf,
    );
    expect(handed).toEqual(Array(4).fill('https://example.org/'));
  });

  it('hands over a look-alike international name in its real (punycode) form, so the browser shows it for what it is', () => {
    expect(externalUrlOf('https://аpple.com/')).toBe('https://xn--pple-43d.com/'); // Cyrillic "а"
    expect(externalUrlOf('https://ｅxample.org/')).toBe('https://example.org/'); // full-width "ｅ" is the same name
    expect(externalUrlOf('https://evil.example\\@example.org/')).toBe('https://evil.example/@example.org/');
  });

  it('denies every window, whatever the URL', () => {
    const opened: string[] = [];
    for (const url of ['app://parley/', 'app://evil/#app://parley', 'javascript:alert(1)', 'file:///etc/passwd', ' https://example.org/', 42]) {
      expect(handleWindowOpen(url, (u) => opened.push(u))).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.org/']);
  });

  it('stops navigation to look-alikes of the app', () => {
    let stopped = 0;
    for (const url of ['app://parley.evil/', 'app://parley@evil/', 'app://evil/#app://parley', 'https://evil.example/?next=app://parley']) {
      guardNavigation(url, () => stopped++);
    }
    expect(stopped).toBe(4);
  });
});
