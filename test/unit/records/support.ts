import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenNotebook } from '../../../electron/core/notebook';
import type { RequestOf } from '../../../shared/contract';
import { currentVersion, type Annotation, type RecordLink } from '../../../shared/model';
import { must } from '../core/support/notebook';

const FIXTURES = join(import.meta.dirname, '../../fixtures/records');

export const DAYS = ['selva-pause-day-one.txt', 'selva-pause-day-two.txt', 'selva-pause-day-three.txt'] as const;

/** Imports the three fictional reports of the Port Selva pause; returns their source ids in day order. */
export async function importSelvaReports(notebook: OpenNotebook): Promise<string[]> {
  const ids: string[] = [];
  for (const file of DAYS) {
    const text = await readFile(join(FIXTURES, file), 'utf8');
    const outcome = await must(notebook, 'sources.importText', { text });
    if (outcome.status !== 'imported') throw new Error(`${file} was not imported`);
    ids.push(outcome.source.id);
  }
  return ids;
}

export async function textOf(notebook: OpenNotebook, sourceId: string): Promise<string> {
  return currentVersion(await must(notebook, 'sources.get', { id: sourceId })).text;
}

/** Where the Nth (from 1) appearance of `words` starts in a source's current text. */
export async function offsetOf(notebook: OpenNotebook, sourceId: string, words: string, occurrence = 1): Promise<number> {
  const text = await textOf(notebook, sourceId);
  let at = -1;
  for (let n = 0; n < occurrence; n += 1) {
    at = text.indexOf(words, at + 1);
    if (at === -1) throw new Error(`“${words}” appears fewer than ${occurrence} times in source ${sourceId}`);
  }
  return at;
}

/** Annotates the Nth appearance of `words` with these links. */
export async function annotateWords(
  notebook: OpenNotebook,
  sourceId: string,
  words: string,
  links: RecordLink[],
  occurrence = 1,
): Promise<Annotation> {
  const start = await offsetOf(notebook, sourceId, words, occurrence);
  return must(notebook, 'annotations.create', { sourceId, start, end: start + words.length, links });
}

export function entityLink(recordId: string, role: RecordLink['role'] = 'mention'): RecordLink {
  return { kind: 'entity', recordId, role };
}

export async function addPerson(notebook: OpenNotebook, name: string, fields: Partial<RequestOf<'entities.create'>> = {}) {
  return must(notebook, 'entities.create', { kind: 'person', name, ...fields });
}

/** Every annotation in the notebook, source by source. */
export async function allAnnotations(notebook: OpenNotebook): Promise<Annotation[]> {
  const sources = await must(notebook, 'sources.list', {});
  const all: Annotation[] = [];
  for (const s of sources) all.push(...(await must(notebook, 'annotations.list', { sourceId: s.id })));
  return all;
}
