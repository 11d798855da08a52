import { chmod, chown, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, watchProblems } from './support/app';
import { launchChromium } from './support/browser';
import { dragOver } from './support/reader';
import { serveNotebook, type Served } from './support/serve';

const TITLE = 'Ceasefire to hold for sixty days';
const ARTICLE = `Mediator Amal Haddad said on Tuesday that the ceasefire would hold for sixty days.

The Northern Alliance rejected the terms and asked for a prisoner exchange first.`;
const BRIEF = 'Weekly brief';

/** `nobody`: tests run as root in CI, and root writes through any permission. */
const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;

/** The contract over HTTP, for what a script would set up before the person arrives. */
async function call(served: Served, operation: string, request: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${served.port}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-parley-token': served.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${operation} failed: ${result.error?.message}`);
  return result.value;
}

/** Folders for the server, owned by the user it runs as. */
async function folderFor(parent: string, name: string): Promise<string> {
  const folder = path.join(parent, name);
  await mkdir(folder);
  if (asRoot) await chown(folder, NOBODY.uid, NOBODY.gid);
  return folder;
}

const readOnly = (folder: string) => chmod(folder, 0o555);
const writable = (folder: string) => chmod(folder, 0o755);

/** A stack trace looks like "    at fn (file.js:1:2)"; a person should never see one. */
const STACK_LINE = /\n\s+at \S+ \(|\bat .+:\d+:\d+\)?$/m;

describe('a save that fails on disk', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  let notebook: string;
  let briefId: string;
  const problems: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const parent = await mkdtemp(path.join(os.tmpdir(), 'parley-not-saved-'));
    await chmod(parent, 0o755);
    const notebooks = await folderFor(parent, 'notebooks');
    notebook = path.join(notebooks, 'Talks.parley');
    served = await serveNotebook(notebook, {
      configDir: await folderFor(parent, 'config'),
      notebooksDir: notebooks,
      ...(asRoot ? { user: NOBODY } : {}),
    });
    await call(served, 'sources.importText', { text: ARTICLE, title: TITLE });
    briefId = ((await call(served, 'briefs.create', { title: BRIEF })) as { id: string }).id;

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    watchProblems(page, problems);
    await page.goto(served.url);
  });

  afterAll(async () => {
    // Left writable, so the temp folder can be cleaned up like any other.
    if (notebook) for (const folder of ['sources', 'briefs']) await writable(path.join(notebook, folder)).catch(() => {});
    await browser?.close();
    await served?.stop();
  });

  it('says an annotation was not saved while the folder is read-only, and saves it on the next try', async () => {
    await page.getByRole('tab', { name: /Sources/ }).click();
    await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE }).getByRole('button').first().click();
    await page.getByTestId('reader-text').getByText('Amal Haddad').first().waitFor();
    const metadata = page.getByTestId('metadata-form');
    if (await metadata.isVisible()) await metadata.getByRole('button', { name: 'Cancel' }).click();

    await readOnly(path.join(notebook, 'sources'));
    await dragOver(page, 'Amal Haddad');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('c');
    await page.getByTestId('annotation-form').getByLabel('Comment').waitFor();
    await page.keyboard.type('Who appointed her?');
    await page.getByTestId('annotation-save').click();

    // Said where the person is looking: in the form they just tried to save.
    const said = page.getByTestId('annotation-form').getByRole('alert');
    await expect.poll(() => said.innerText().catch(() => '')).toMatch(/^Not saved: /);
    const text = await said.innerText();
    expect(text).toMatch(/could not save .*sources.*permission denied\. The change was not saved\./);
    expect(text).not.toMatch(STACK_LINE);
    expect(text).not.toMatch(/EACCES|parley-tmp/);
    expect(await page.getByTestId('save-state').innerText()).toBe('Not saved');
    expect(await page.getByTestId('annotation-item').count()).toBe(0);
    // What was typed is still there to save again.
    expect(await page.getByTestId('annotation-form').getByLabel('Comment').inputValue()).toBe('Who appointed her?');
    await page.screenshot({ path: path.join(SHOTS, 'not-saved-annotation.png') });

    await writable(path.join(notebook, 'sources'));
    await page.getByTestId('annotation-save').click();
    const item = page.getByTestId('annotation-item').filter({ hasText: 'Who appointed her?' });
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('Saved');
  });

  it('says a brief edit was not saved, offers Retry, and saves it once the folder is writable again', async () => {
    await page.getByRole('tab', { name: /Briefs/ }).click();
    await page.getByTestId('brief-item').filter({ hasText: BRIEF }).getByRole('button').click();
    const editor = page.getByTestId('brief-text');
    await editor.waitFor();

    await readOnly(path.join(notebook, 'briefs'));
    await editor.click();
    await page.keyboard.type('Talks resume on Monday.');
    const state = page.getByTestId('brief-save-state');
    await expect.poll(() => state.innerText()).toMatch(/^Not saved: /);
    const text = await state.innerText();
    expect(text).toMatch(/briefs.*permission denied\. The change was not saved\./);
    expect(text).not.toMatch(STACK_LINE);
    expect(await page.getByTestId('save-state').innerText()).toBe('Not saved');
    await page.screenshot({ path: path.join(SHOTS, 'not-saved-brief.png') });

    await writable(path.join(notebook, 'briefs'));
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => state.innerText()).toBe('Saved');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('Saved');
    const saved = (await call(served, 'briefs.get', { id: briefId })) as { content: unknown };
    expect(JSON.stringify(saved.content)).toContain('Talks resume on Monday.');
    expect(problems.filter((p) => !/status of 5\d\d/.test(p))).toEqual([]);
  });
});
