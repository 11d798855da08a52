import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentVersion } from '../../../shared/model';
import { base64, call, must, newNotebook, reopen } from '../core/support/notebook';

const TEXT = [
  'Mediators float a pause in Port Selen',
  'Negotiators for the Northern Coalition met on Tuesday. The proposal would pause fighting for 48 hours.',
  'A government official said the pause could be accepted if the corridor is monitored.',
  'Talks are expected to continue on Thursday.',
].join('\n\n');

async function annotated() {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text: TEXT });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  const sourceId = outcome.source.id;
  const coalition = await must(notebook, 'entities.create', { name: 'Northern Coalition', kind: 'organisation' });
  const annotate = (quote: string) => {
    const start = TEXT.indexOf(quote);
    return must(notebook, 'annotations.create', { sourceId, start, end: start + quote.length, links: [{ kind: 'entity', recordId: coalition.id }] });
  };
  return { notebook, sourceId, annotate };
}

const wordsAt = (text: string, a: { target: { position: { start: number; end: number } } }) =>
  text.slice(a.target.position.start, a.target.position.end);

describe('editing a source’s text', () => {
  it('saves a new version and keeps each annotation on the same words', async () => {
    const { notebook, sourceId, annotate } = await annotated();
    const early = await annotate('Mediators');
    const later = await annotate('pause fighting for 48 hours');
    const edited = TEXT.replace('Negotiators for', 'On a windy morning, negotiators for');

    const { source, report } = await must(notebook, 'sources.editText', { id: sourceId, text: edited });
    expect(source.versions.map((v) => v.reason)).toEqual(['imported', 'edited']);
    expect(report).toMatchObject({ anchored: 1, moved: 1, fuzzy: 0, orphaned: 0, orphans: [] });

    const text = currentVersion(source).text;
    const again = await reopen(notebook);
    const [first, second] = await must(again, 'annotations.list', { sourceId });
    expect(first!.id).toBe(early.id);
    expect(wordsAt(text, first!)).toBe('Mediators');
    expect(second!.id).toBe(later.id);
    expect(second!.anchoring).toBe('moved');
    expect(wordsAt(text, second!)).toBe('pause fighting for 48 hours');
    expect(second!.versionId).toBe(source.currentVersionId);
  });

  it('follows a corrected typo inside the span as a fuzzy match, and says so', async () => {
    const { notebook, sourceId, annotate } = await annotated();
    await annotate('A government official said the pause could be accepted');
    const edited = TEXT.replace('A government official said', 'A government offical said');
    const { source, report } = await must(notebook, 'sources.editText', { id: sourceId, text: edited });
    expect(report.fuzzy).toBe(1);
    const [annotation] = await must(notebook, 'annotations.list', { sourceId });
    expect(annotation!.anchoring).toBe('fuzzy');
    expect(wordsAt(currentVersion(source).text, annotation!)).toBe('A government offical said the pause could be accepted');
  });

  it('orphans an annotation whose words were deleted, keeping its old quote', async () => {
    const { notebook, sourceId, annotate } = await annotated();
    const gone = await annotate('if the corridor is monitored');
    const edited = TEXT.replace(' if the corridor is monitored', '');
    const { report } = await must(notebook, 'sources.editText', { id: sourceId, text: edited });
    expect(report).toMatchObject({ orphaned: 1, orphans: [{ id: gone.id, quote: 'if the corridor is monitored' }] });
    const orphan = await must(notebook, 'annotations.get', { id: gone.id });
    expect(orphan.anchoring).toBe('orphaned');
    expect(orphan.target.quote.exact).toBe('if the corridor is monitored');
  });

  it('makes no version when the text did not change', async () => {
    const { notebook, sourceId } = await annotated();
    const { source } = await must(notebook, 'sources.editText', { id: sourceId, text: `${TEXT}\n\n` });
    expect(source.versions).toHaveLength(1);
  });

  it('refuses an empty text and a stale revision, and keeps the current version', async () => {
    const { notebook, sourceId } = await annotated();
    const empty = await call(notebook, 'sources.editText', { id: sourceId, text: '  \n\n ' });
    expect(empty.ok || empty.error.code).toBe('bad-request');
    const stale = await call(notebook, 'sources.editText', { id: sourceId, text: `${TEXT} More.`, rev: 99 });
    expect(stale.ok || stale.error.code).toBe('conflict');
    expect((await must(notebook, 'sources.get', { id: sourceId })).versions).toHaveLength(1);
  });
});

describe('re-importing an updated article as a new version', () => {
  it('re-anchors from the file and reports what happened', async () => {
    const { notebook, sourceId, annotate } = await annotated();
    await annotate('Talks are expected to continue on Thursday.');
    const update = `${TEXT.replace('Tuesday', 'Tuesday evening')}\n\nUpdate: a fourth round was announced.`;
    const { source, report } = await must(notebook, 'sources.importVersion', {
      id: sourceId,
      fileName: 'update.txt',
      dataBase64: base64(update),
    });
    expect(source.versions.map((v) => v.reason)).toEqual(['imported', 'reimported']);
    expect(report.orphaned).toBe(0);
    expect(report.moved + report.anchored).toBe(1);
  });

  it('refuses a file it cannot read without touching the source', async () => {
    const { notebook, sourceId } = await annotated();
    const result = await call(notebook, 'sources.importVersion', { id: sourceId, fileName: 'scan.pdf', dataBase64: base64(await readFile(new URL(import.meta.url))) });
    expect(result.ok || result.error.code).toBe('unsupported-file');
    expect((await must(notebook, 'sources.get', { id: sourceId })).versions).toHaveLength(1);
  });
});

describe('re-attaching and restoring annotations', () => {
  it('re-attaches an orphan to words the researcher selects', async () => {
    const { notebook, sourceId, annotate } = await annotated();
    const gone = await annotate('if the corridor is monitored');
    const edited = TEXT.replace('if the corridor is monitored', 'provided neutral observers watch the corridor');
    const { source } = await must(notebook, 'sources.editText', { id: sourceId, text: edited });
    expect((await must(notebook, 'annotations.get', { id: gone.id })).anchoring).toBe('orphaned');
    const text = currentVersion(source).text;
    const start = text.indexOf('provided neutral observers');
    const back = await must(notebook, 'annotations.reattach', { id: gone.id, start, end: start + 'provided neutral observers'.length });
    expect(back.anchoring).toBe('anchored');
    expect(back.target.quote.exact).toBe('provided neutral observers');
    expect(back.links).toEqual(gone.links);
  });

  it('puts a deleted annotation back with its id (undo), once', async () => {
    const { notebook, sourceId, annotate } = await annotated();
    const deleted = await annotate('Northern Coalition');
    await must(notebook, 'annotations.delete', { id: deleted.id });
    const restored = await must(notebook, 'annotations.restore', { annotation: deleted });
    expect(restored.id).toBe(deleted.id);
    const twice = await call(notebook, 'annotations.restore', { annotation: deleted });
    expect(twice.ok || twice.error.code).toBe('conflict');
    const again = await reopen(notebook);
    expect((await must(again, 'annotations.list', { sourceId })).map((a) => a.id)).toEqual([deleted.id]);
    // Its tombstone went with the undo, so a replica would not delete it again.
    const onDisk = JSON.parse(await readFile(join(again.path, 'sources', `${sourceId}.json`), 'utf8'));
    expect(onDisk.tombstones.map((t: { id: string }) => t.id)).not.toContain(deleted.id);
  });
});
