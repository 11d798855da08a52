import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { dispatch } from '../../../electron/core/dispatch';
import type { OpenNotebook } from '../../../electron/core/notebook';

/** Words with accents, non-Latin scripts and characters beyond the BMP (surrogate pairs in JS). */
const WORDS = ['Doha', 'ceasefire', 'Ḥaddād', 'Zürich', 'وقف', 'إطلاق', '停火', '協議', '𝔄𝔪𝔞𝔩', '🕊️', 'naïve', 'Ωmega', 'pause', 'envoy'];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }));
const text = fc.array(word, { minLength: 3, maxLength: 30 }).map((words) => words.join(' '));
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

/** What a random notebook holds, drawn before any of it is made through the real services. */
export const notebookPlan = fc.record({
  entities: fc.array(fc.record({ name, aliases: fc.uniqueArray(name, { maxLength: 3 }) }), { maxLength: 4 }),
  proposals: fc.array(fc.record({ title: name, summary: text }), { maxLength: 3 }),
  sources: fc.array(fc.record({ text, title: name }), { minLength: 1, maxLength: 4 }),
  /** Each: which source, which word in it, which record to link (by position), a comment. */
  annotations: fc.array(fc.record({ source: fc.nat(), word: fc.nat(), link: fc.nat(), comment: text }), { maxLength: 6 }),
  briefs: fc.array(fc.record({ title: name, paragraphs: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }),
});
export type NotebookPlan = typeof notebookPlan extends fc.Arbitrary<infer T> ? T : never;

type Call = (operation: string, request: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls an operation as a door would; a step of the plan that fails stops the test. */
export function caller(notebook: OpenNotebook): Call {
  return async (operation, request) => {
    const result = await dispatch(notebook.handlers, operation, request);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
}

/** Fills `notebook` with what `plan` says, through the contract like any door. */
export async function buildNotebook(notebook: OpenNotebook, plan: NotebookPlan): Promise<void> {
  const call = caller(notebook);
  const records: Array<{ kind: 'entity' | 'proposal'; recordId: string }> = [];
  for (const entity of plan.entities) {
    records.push({ kind: 'entity', recordId: (await call('entities.create', entity)).id });
  }
  for (const proposal of plan.proposals) {
    records.push({ kind: 'proposal', recordId: (await call('proposals.create', proposal)).id });
  }
  const sources: Array<{ id: string; text: string }> = [];
  for (const source of plan.sources) {
    const outcome = await call('sources.importText', source);
    if (outcome.status !== 'imported') continue;
    const full = await call('sources.get', { id: outcome.source.id });
    const current = full.versions.find((v: { id: string }) => v.id === full.currentVersionId);
    sources.push({ id: outcome.source.id, text: current.text });
  }
  for (const annotation of plan.annotations) {
    const source = sources[annotation.source % sources.length];
    if (!source) continue;
    const words = [...source.text.matchAll(/[\p{L}\p{N}]+/gu)];
    const chosen = words[annotation.word % Math.max(words.length, 1)];
    if (!chosen) continue;
    const link = records[annotation.link % Math.max(records.length, 1)];
    await call('annotations.create', {
      sourceId: source.id,
      start: chosen.index,
      end: chosen.index + chosen[0].length,
      comment: annotation.comment,
      links: link ? [link] : [],
    });
  }
  for (const brief of plan.briefs) {
    const created = await call('briefs.create', { title: brief.title });
    if (brief.paragraphs.length === 0) continue;
    await call('briefs.update', { id: created.id, fields: { content: lexicalDocument(brief.paragraphs) }, rev: created.rev });
  }
}

function lexicalDocument(paragraphs: string[]): Record<string, unknown> {
  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
  });
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs.map(paragraph) } };
}

/** Every record a person would see, to compare two notebooks. */
export async function recordsOf(notebook: OpenNotebook): Promise<unknown> {
  const call = caller(notebook);
  const sources = await call('sources.list', {});
  const briefs = await call('briefs.list', {});
  return {
    info: await call('notebook.info', {}).then(({ title, counts }) => ({ title, counts })),
    entities: await call('entities.list', {}),
    proposals: await call('proposals.list', {}),
    sources: await Promise.all(sources.map((s: { id: string }) => call('sources.get', { id: s.id }))),
    annotations: await Promise.all(sources.map((s: { id: string }) => call('annotations.list', { sourceId: s.id }))),
    briefs: await Promise.all(briefs.map((b: { id: string }) => call('briefs.get', { id: b.id }))),
  };
}

/** Every file under `folder` with its bytes, by relative path: to see that nothing changed or was left. */
export async function filesUnder(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        files.set(`${relative(folder, path)}/`, '');
        await walk(path);
      } else {
        files.set(relative(folder, path), (await readFile(path)).toString('base64'));
      }
    }
  }
  await walk(folder);
  return files;
}

export async function exportedBytes(notebook: OpenNotebook): Promise<Buffer> {
  const exported = await caller(notebook)('notebook.exportBundle', {});
  return Buffer.from(exported.dataBase64, 'base64');
}
