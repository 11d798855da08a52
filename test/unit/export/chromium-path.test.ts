import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../../electron/core/export/chromium-path';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('finding a Chromium to print PDF with', () => {
  it('prefers PARLEY_CHROMIUM, then CHROME_PATH, over the usual places', () => {
    const env = { PARLEY_CHROMIUM: '/opt/parley/chrome', CHROME_PATH: '/opt/chrome' };
    expect(findChromium('linux', env, only('/opt/parley/chrome', '/opt/chrome', '/usr/bin/chromium'))).toEqual({ found: '/opt/parley/chrome' });
    expect(findChromium('linux', { CHROME_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toEqual({ found: '/opt/chrome' });
  });

  it('says which variable names a missing file instead of quietly printing with another browser', () => {
    expect(findChromium('linux', { PARLEY_CHROMIUM: '/nowhere/chrome' }, only('/usr/bin/chromium'))).toEqual({
      missing: { variable: 'PARLEY_CHROMIUM', path: '/nowhere/chrome' },
    });
  });

  it('ignores an empty variable', () => {
    expect(findChromium('linux', { PARLEY_CHROMIUM: '  ', CHROME_PATH: '' }, only('/usr/bin/chromium'))).toEqual({ found: '/usr/bin/chromium' });
  });

  it('looks in the Debian, Ubuntu and Chrome places on Linux, in that order', () => {
    expect(chromiumCandidates('linux', {}).slice(0, 3)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
    expect(findChromium('linux', {}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toEqual({ found: '/usr/bin/chromium-browser' });
  });

  it('looks in /Applications and the person’s own Applications on macOS', () => {
    const candidates = chromiumCandidates('darwin', { HOME: '/Users/ana' });
    expect(candidates[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(candidates).toContain('/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('looks under Program Files and the local app data on Windows, whatever the variables’ case', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local\\' };
    const candidates = chromiumCandidates('win32', env);
    expect(candidates[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(candidates).toContain('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(candidates).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('lists where it looked when nothing is there', () => {
    const lookup = findChromium('linux', {}, only());
    expect(lookup).toEqual({ none: chromiumCandidates('linux', {}) });
  });
});
