import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints one import as if it stood in `file`; returns the import-direction complaints. */
async function complaints(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: `${root}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import direction (ARCHITECTURE.md)', () => {
  it('keeps shared/ free of our other layers and of Node built-ins', async () => {
    expect(await complaints('shared/model/x.ts', "import { x } from '../../electron/core/dispatch';")).not.toEqual([]);
    expect(await complaints('shared/model/x.ts', "import x from 'node:fs';")).not.toEqual([]);
    expect(await complaints('shared/model/x.ts', "import { x } from '../contract';")).toEqual([]);
  });

  it('lets the renderer import only shared/', async () => {
    expect(await complaints('renderer/app/x.tsx', "import { x } from '../../electron/core/dispatch';")).not.toEqual([]);
    expect(await complaints('renderer/app/x.tsx', "import x from 'electron';")).not.toEqual([]);
    expect(await complaints('renderer/app/x.tsx', "import { x } from '../../shared/contract';")).toEqual([]);
  });

  it('keeps electron/core free of electron and of the shell', async () => {
    expect(await complaints('electron/core/x.ts', "import { x } from 'electron';")).not.toEqual([]);
    expect(await complaints('electron/core/x.ts', "import { x } from '../main/guards';")).not.toEqual([]);
    expect(await complaints('electron/core/x.ts', "import { x } from '../host/server';")).not.toEqual([]);
    expect(await complaints('electron/core/x.ts', "import x from 'node:fs';")).toEqual([]);
  });

  it('keeps the doors from reaching into the renderer', async () => {
    expect(await complaints('electron/host/x.ts', "import { x } from '../../renderer/api/connect';")).not.toEqual([]);
    expect(await complaints('electron/cli/x.ts', "import { x } from '../core/dispatch';")).toEqual([]);
  });
});
