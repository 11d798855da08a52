import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../electron/core/notebook';
import { TEMP_SUFFIX } from '../../../electron/core/store/durable-file';
import type { Result } from '../../../shared/contract';
import { giveTo, NOBODY, runningAsRoot, startLimitedEngine, type LimitedEngine } from './support/limited-engine';
import { must, track } from './support/notebook';
import { tempFolder } from './support/temp';

const ARTICLE = 'Mediator Amal Haddad said on Tuesday that the ceasefire would hold for sixty days.';

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A source with one annotation, through the engine under test. */
async function sourceWithAnnotation(engine: LimitedEngine): Promise<{ sourceId: string; annotationId: string }> {
  const imported = value<{ source: { id: string } }>(await engine.call('sources.importText', { text: ARTICLE, title: 'Ceasefire' }));
  const sourceId = imported.source.id;
  const annotation = value<{ id: string }>(await engine.call('annotations.create', { sourceId, start: 9, end: 20 }));
  return { sourceId, annotationId: annotation.id };
}

async function leftoverTempFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((name) => name.endsWith(TEMP_SUFFIX));
}

describe('a disk that fills up', () => {
  it('refuses the write that does not fit, keeps everything before it, and takes the next one that fits', async () => {
    const path = join(await tempFolder(), 'Full.parley');
    // About 1 MB per file: notebook files fit, a 4 MB article does not.
    const engine = await startLimitedEngine(path, { fileBlocks: 2048 });
    const { sourceId, annotationId } = await sourceWithAnnotation(engine);
    const mediator = value<{ id: string }>(await engine.call('entities.create', { name: 'Amal Haddad' }));
    const brief = value<{ id: string }>(await engine.call('briefs.create', { title: 'Weekly brief' }));
    const firstDraft = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Talks resume.' }] }] } };
    value(await engine.call('briefs.update', { id: brief.id, fields: { content: firstDraft } }));

    const huge = await engine.call('sources.importText', { text: `${ARTICLE} `.repeat(50_000), title: 'Too big' });
    expect(huge).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    if (huge.ok) return;
    expect(huge.error.message).toMatch(/could not save .*sources[\\/][0-9a-f-]+\.json/);

    const longDraft = { root: { type: 'root', children: [{ type: 'text', text: 'x'.repeat(3_000_000) }] } };
    const briefEdit = await engine.call('briefs.update', { id: brief.id, fields: { content: longDraft } });
    expect(briefEdit).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    expect(briefEdit.ok ? '' : briefEdit.error.message).toContain(join('briefs', `${brief.id}.json`));

    // The engine goes on: what fits is saved, and memory did not take the failed changes.
    expect(value<unknown[]>(await engine.call('sources.list', {}))).toHaveLength(1);
    const later = value<{ id: string }>(await engine.call('entities.create', { name: 'Northern Alliance' }));
    value(await engine.call('annotations.create', { sourceId, start: 0, end: 8 }));
    await engine.close();

    const reopened = track(await openNotebook(path));
    expect((await must(reopened, 'sources.list', {})).map((s) => s.title)).toEqual(['Ceasefire']);
    expect((await must(reopened, 'entities.list', {})).map((e) => e.id).sort()).toEqual([mediator.id, later.id].sort());
    const annotations = await must(reopened, 'annotations.list', { sourceId });
    expect(annotations.map((a) => a.target.quote.exact)).toEqual(['Mediator', 'Amal Haddad']);
    expect(annotations.some((a) => a.id === annotationId)).toBe(true);
    expect((await must(reopened, 'briefs.get', { id: brief.id })).content).toEqual(firstDraft);
    expect(await leftoverTempFiles(path)).toEqual([]);
    expect((await must(reopened, 'notebook.check', {})).ok).toBe(true);
  }, 60_000);
});

describe('a read-only notebook folder', () => {
  it('says which file could not be saved, keeps the notebook as it was, and saves once the folder is writable again', async () => {
    const parent = await tempFolder();
    const path = join(parent, 'Read-only.parley');
    await mkdir(path);
    // Root writes through any permission; the engine runs as nobody so that 0555 means read-only.
    const user = runningAsRoot ? NOBODY : undefined;
    if (user) await giveTo(path, user);
    const engine = await startLimitedEngine(path, user ? { user } : {});
    const { sourceId } = await sourceWithAnnotation(engine);

    await chmod(join(path, 'sources'), 0o555);
    const refused = await engine.call('annotations.create', { sourceId, start: 0, end: 8, comment: 'who speaks?' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    expect(refused.ok ? '' : refused.error.message).toContain(join('sources', `${sourceId}.json`));
    expect(refused.ok ? '' : refused.error.message).toMatch(/permission denied/i);
    expect(value<unknown[]>(await engine.call('annotations.list', { sourceId }))).toHaveLength(1);

    // Records live in notebook.json, at the top of the folder.
    await chmod(path, 0o555);
    const entity = await engine.call('entities.create', { name: 'Amal Haddad' });
    expect(entity).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    expect(entity.ok ? '' : entity.error.message).toContain(join(path, 'notebook.json'));
    expect(value<unknown[]>(await engine.call('entities.list', {}))).toEqual([]);
    await chmod(path, 0o755);

    await chmod(join(path, 'sources'), 0o755);
    const retried = await engine.call('annotations.create', { sourceId, start: 0, end: 8, comment: 'who speaks?' });
    expect(retried).toMatchObject({ ok: true, value: { comment: 'who speaks?' } });
    await engine.close();

    const reopened = track(await openNotebook(path));
    const annotations = await must(reopened, 'annotations.list', { sourceId });
    expect(annotations.map((a) => a.comment)).toEqual(['who speaks?', '']);
    expect(await must(reopened, 'entities.list', {})).toEqual([]);
    expect(await leftoverTempFiles(path)).toEqual([]);
  }, 60_000);
});
