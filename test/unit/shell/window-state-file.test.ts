import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WindowStateFile } from '../../../electron/main/window-state-file';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parley-window-state-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const talks = '/home/ada/Documents/Parley/Talks.parley';
const rivers = '/home/ada/Documents/Parley/Rivers.parley';

describe('WindowStateFile', () => {
  it('remembers each notebook’s window separately, across restarts', async () => {
    const states = new WindowStateFile(join(folder, 'config'));
    await Promise.all([
      states.save(talks, { x: 10, y: 20, width: 1000, height: 700, maximized: false }),
      states.save(rivers, { x: 1600, y: 0, width: 1400, height: 900, maximized: true }),
      states.save(null, { x: 50, y: 50, width: 900, height: 600, maximized: false }),
    ]);
    const reopened = new WindowStateFile(join(folder, 'config'));
    expect(await reopened.read(talks)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(await reopened.read(rivers)).toEqual({ x: 1600, y: 0, width: 1400, height: 900, maximized: true });
    expect(await reopened.read(null)).toEqual({ x: 50, y: 50, width: 900, height: 600, maximized: false });
    expect(await reopened.read('/elsewhere/Unknown.parley')).toBeUndefined();
  });

  it('overwrites a notebook’s old entry when it is saved again', async () => {
    const states = new WindowStateFile(folder);
    await states.save(talks, { x: 10, y: 20, width: 1000, height: 700, maximized: false });
    await states.save(talks, { x: 30, y: 40, width: 1100, height: 750, maximized: false });
    expect(await states.read(talks)).toMatchObject({ x: 30, width: 1100 });
    const file = JSON.parse(await readFile(join(folder, 'window-state.json'), 'utf8')) as { windows: object };
    expect(Object.keys(file.windows)).toEqual([talks]);
  });

  it('reads a damaged file or entry as nothing saved, and can save over it', async () => {
    await writeFile(join(folder, 'window-state.json'), '{"windows": {"/a": {"x": "left"}}');
    const states = new WindowStateFile(folder);
    expect(await states.read('/a')).toBeUndefined();
    await writeFile(join(folder, 'window-state.json'), JSON.stringify({ windows: { '/a': { x: 'left' }, [talks]: { x: 1, y: 2, width: 800, height: 600, maximized: false } } }));
    expect(await states.read('/a')).toBeUndefined();
    expect(await states.read(talks)).toMatchObject({ width: 800 });
    await states.save('/a', { x: 0, y: 0, width: 800, height: 600, maximized: false });
    expect(await states.read('/a')).toMatchObject({ x: 0 });
  });
});
