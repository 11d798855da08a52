import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { briefDocument, citationNode, paragraphNode, recordMentionNode, textNode } from '../../../shared/brief';
import type { Annotation, Entity, NotebookFile, Proposal, SourceFile, SourceMeta } from '../../../shared/model';
import { newRecordId } from '../../../shared/model';
import { openNotebook } from '../../../electron/core/notebook';
import { must } from '../core/support/notebook';
import { tempFolder } from '../core/support/temp';

export const ARTICLE = [
  'PORT SELEN — Mediators floated a 48-hour pause in the harbour talks on Tuesday.',
  'Amal Haddad, speaking for the delegation, said the pause could begin on Friday.',
].join('\n\n');

/** A notebook made through the app as a researcher would, then closed, ready to be damaged. */
export interface Seeded {
  path: string;
  entity: Entity;
  proposal: Proposal;
  source: SourceMeta;
  /** Linked to the entity; evidence of the proposal's term; cited in the brief. */
  annotation: Annotation;
  /** Linked to the proposal. */
  linked: Annotation;
  briefId: string;
  sourceFile: string;
  briefFile: string;
}

export async function seededNotebook(): Promise<Seeded> {
  const path = join(await tempFolder(), 'Harbour talks.parley');
  const notebook = await openNotebook(path, { create: true });
  try {
    const entity = await must(notebook, 'entities.create', { name: 'Amal Haddad', kind: 'person' });
    const imported = await must(notebook, 'sources.importText', { text: ARTICLE, title: 'Harbour talks resume' });
    if (imported.status !== 'imported') throw new Error('the article was not imported');
    const source = imported.source;
    const at = (quote: string) => ({ start: ARTICLE.indexOf(quote), end: ARTICLE.indexOf(quote) + quote.length });
    const annotation = await must(notebook, 'annotations.create', {
      sourceId: source.id,
      ...at('Amal Haddad'),
      links: [{ kind: 'entity', recordId: entity.id, role: 'mention' }],
    });
    const created = await must(notebook, 'proposals.create', { title: '48-hour pause', parties: [entity.id] });
    const linked = await must(notebook, 'annotations.create', {
      sourceId: source.id,
      ...at('a 48-hour pause'),
      links: [{ kind: 'proposal', recordId: created.id, role: 'term' }],
    });
    const proposal = await must(notebook, 'proposals.update', {
      id: created.id,
      fields: { terms: [{ id: newRecordId(), label: 'duration', value: '48 hours', evidence: [annotation.id] }] },
    });
    const brief = await must(notebook, 'briefs.create', { title: 'Where the pause stands' });
    const content = briefDocument([
      paragraphNode([textNode('Haddad said: '), citationNode(annotation), recordMentionNode('proposal', proposal.id, proposal.title)]),
    ]);
    // Lexical's state is open-ended JSON to the contract.
    await must(notebook, 'briefs.update', { id: brief.id, fields: { content: content as unknown as Record<string, unknown> } });
    return {
      path,
      entity,
      proposal,
      source,
      annotation,
      linked,
      briefId: brief.id,
      sourceFile: `sources/${source.id}.json`,
      briefFile: `briefs/${brief.id}.json`,
    };
  } finally {
    await notebook.close();
  }
}

/** Damage made the way a person, a sync tool or a bad disk would: by changing the file. */
export async function editJson<T>(folder: string, file: string, change: (data: T) => void): Promise<void> {
  const data = JSON.parse(await readFile(join(folder, file), 'utf8')) as T;
  change(data);
  await writeFile(join(folder, file), JSON.stringify(data));
}

export const editNotebook = (n: Seeded, change: (data: NotebookFile) => void) => editJson(n.path, 'notebook.json', change);
export const editSource = (n: Seeded, change: (data: SourceFile) => void) => editJson(n.path, n.sourceFile, change);
