import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronArgCount, isEmptyRequest, launchRequestFrom, launchRequestOfPath } from '../../../electron/main/launch-request';

const cwd = join('/home', 'ada', 'Desktop');

describe('launchRequestFrom', () => {
  it('skips Electron’s own entries and Chromium’s flags, and asks for nothing on a bare launch', () => {
    const packaged = launchRequestFrom(['/opt/Parley/parley', '--no-sandbox', '--allow-file-access-from-files'], { skip: electronArgCount(false), cwd });
    expect(isEmptyRequest(packaged)).toBe(true);
    const unpackaged = launchRequestFrom(['/usr/lib/electron/electron', 'dist/electron/main.mjs'], { skip: electronArgCount(true), cwd });
    expect(isEmptyRequest(unpackaged)).toBe(true);
  });

  it('reads a notebook folder given as --notebook or as a plain path, resolved where that launch ran', () => {
    const request = launchRequestFrom(['parley', '--notebook', 'Talks.parley', '--notebook=/data/Rivers.parley', '../Harbour'], { skip: 1, cwd });
    expect(request).toEqual({
      notebooks: [join(cwd, 'Talks.parley'), '/data/Rivers.parley', join('/home', 'ada', 'Harbour')],
      imports: [],
    });
  });

  it('takes article files for sources to import, whatever the case of their extension', () => {
    const request = launchRequestFrom(['parley', 'minutes.PDF', '/tmp/wire.html', 'notes.md', 'Report.docx', 'feed.txt'], { skip: 1, cwd });
    expect(request).toEqual({
      notebooks: [],
      imports: [join(cwd, 'minutes.PDF'), '/tmp/wire.html', join(cwd, 'notes.md'), join(cwd, 'Report.docx'), join(cwd, 'feed.txt')],
    });
  });

  it('ignores a --notebook flag that names nothing', () => {
    expect(launchRequestFrom(['parley', '--notebook', '--inspect'], { skip: 1, cwd })).toEqual({ notebooks: [], imports: [] });
    expect(launchRequestFrom(['parley', '--notebook='], { skip: 1, cwd })).toEqual({ notebooks: [], imports: [] });
  });
});

describe('launchRequestOfPath (macOS open-file)', () => {
  it('opens a folder as a notebook and imports an article', () => {
    expect(launchRequestOfPath('/Users/ada/Talks.parley')).toEqual({ notebooks: ['/Users/ada/Talks.parley'], imports: [] });
    expect(launchRequestOfPath('/Users/ada/Downloads/story.htm')).toEqual({ notebooks: [], imports: ['/Users/ada/Downloads/story.htm'] });
  });
});
