import { describe, expect, it } from 'vitest';
import type { ParleyApi } from '../../../shared/contract';
import type { Source, SourceMeta } from '../../../shared/model';
import { draftOf } from '../../../renderer/logic/metadataDraft';
import { BoilerplateStore } from '../../../renderer/state/BoilerplateStore';
import { MetadataStore } from '../../../renderer/state/MetadataStore';
import { NotebookStore } from '../../../renderer/state/NotebookStore';
import { ReaderStore } from '../../../renderer/state/ReaderStore';

const ID = '00000000-0000-7000-8000-000000000001';
const version = (id: string, reason: string) => ({ id, text: 'x', hash: 'h', createdAt: '2025-01-01T00:00:00Z', reason });
const source = {
  id: ID,
  rev: 3,
  title: 'Talks resume',
  outlet: '',
  authors: [],
  publishedAt: null,
  url: null,
  language: null,
  direction: 'auto',
  metadataConfirmed: false,
  guesses: { outlet: { confidence: 0.4, from: 'copyright' } },
  currentVersionId: 'v1',
  versions: [version('v1', 'imported')],
} as unknown as Source;

/** An engine that records every call and answers from `answers`. */
function fakeApi(calls: Array<[string, unknown]>, answers: Record<string, (req: never) => unknown>) {
  const api = new Proxy({}, {
    get: (_, name: string) => async (request: unknown) => {
      calls.push([name, request]);
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return answer(request as never);
    },
  });
  return api as ParleyApi;
}

async function openReader(api: ParleyApi) {
  const reader = new ReaderStore(api);
  await reader.open(ID);
  return reader;
}

describe('MetadataStore', () => {
  const answers = {
    'sources.get': () => ({ ok: true, value: source }),
    'annotations.list': () => ({ ok: true, value: [] }),
  };

  it('saves only the changed fields with the rev, confirms, and shows the result everywhere', async () => {
    const calls: Array<[string, unknown]> = [];
    const saved = { ...source, outlet: 'Harbour Gazette', metadataConfirmed: true, guesses: {}, rev: 4 } as SourceMeta;
    const api = fakeApi(calls, { ...answers, 'sources.update': () => ({ ok: true, value: saved }) });
    const reader = await openReader(api);
    const notebook = new NotebookStore(api);
    const metadata = new MetadataStore(api, notebook, reader);
    metadata.edit(ID);

    expect(await metadata.confirm(source, { ...draftOf(source), outlet: 'Harbour Gazette' })).toBe(true);

    expect(calls.at(-1)).toEqual(['sources.update', { id: ID, fields: { outlet: 'Harbour Gazette', metadataConfirmed: true }, rev: 3 }]);
    expect(metadata.getSnapshot().editingId).toBeNull();
    expect(reader.getSnapshot().source).toMatchObject({ outlet: 'Harbour Gazette', metadataConfirmed: true, versions: source.versions });
    expect(notebook.getSnapshot().sources).toEqual([saved]);
  });

  it('sends nothing while a field is wrong, and shows the engine’s complaints beside their fields', async () => {
    const calls: Array<[string, unknown]> = [];
    const refusal = { ok: false, error: { code: 'bad-request', message: 'fields.url: Invalid URL' } };
    const api = fakeApi(calls, { ...answers, 'sources.update': () => refusal });
    const metadata = new MetadataStore(api, new NotebookStore(api), await openReader(api));
    metadata.edit(ID);

    expect(await metadata.confirm(source, { ...draftOf(source), title: ' ' })).toBe(false);
    expect(calls.map(([name]) => name)).not.toContain('sources.update');
    expect(metadata.getSnapshot().fieldErrors).toEqual({ title: 'A source needs a title.' });

    expect(await metadata.confirm(source, { ...draftOf(source), url: 'https://x.example' })).toBe(false);
    expect(metadata.getSnapshot()).toMatchObject({ editingId: ID, saving: false, fieldErrors: { url: 'Invalid URL.' } });
    expect(metadata.getSnapshot().error).toMatch(/another look/);
  });
});

describe('BoilerplateStore', () => {
  it('proposes spans for the current version, trims the ticked ones and asks again for the new version', async () => {
    const calls: Array<[string, unknown]> = [];
    const trimmed = { ...source, rev: 4, currentVersionId: 'v2', versions: [version('v1', 'imported'), version('v2', 'trimmed')] };
    const spans = [
      { start: 0, end: 18, text: 'Share this article', reason: 'share-prompt' },
      { start: 30, end: 41, text: 'Back to top', reason: 'navigation' },
    ];
    const api = fakeApi(calls, {
      'sources.get': () => ({ ok: true, value: source }),
      'annotations.list': () => ({ ok: true, value: [] }),
      'sources.boilerplate': () => ({ ok: true, value: calls.some(([n]) => n === 'sources.trim') ? [] : spans }),
      'sources.trim': () => ({ ok: true, value: trimmed }),
    });
    const reader = await openReader(api);
    const notebook = new NotebookStore(api);
    const store = new BoilerplateStore(api, notebook, reader);

    await store.load(source);
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', versionId: 'v1', spans });
    expect(await store.trim(source, new Set([1]))).toBe(true);

    expect(calls.find(([n]) => n === 'sources.trim')?.[1]).toEqual({ id: ID, spans: [{ start: 30, end: 41 }], rev: 3 });
    expect(reader.getSnapshot().source?.currentVersionId).toBe('v2');
    expect(notebook.getSnapshot().sources[0]).not.toHaveProperty('versions');
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', versionId: 'v2', spans: [], trimming: false });
  });
});
