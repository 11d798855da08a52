import type { SearchKind } from '../../../shared/search';
import type { ChangedCollection } from '../store/change-feed';
import { annotationEntry, documentOf, entryOf, kindOfCollection, type Notebook } from './documents';
import { Registry, type Entry } from './registry';
import { compactIndex } from './compact';
import { WordIndex } from './word-index';

/**
 * The index and its registry, kept equal to the notebook one record at a time. Every update
 * reads the record back from the store, so it does not matter how often or in what order a
 * change is told: the index ends up as the notebook is.
 */
export class LiveIndex {
  /** Each document's registry entry by its number in the word index, to read it without a look-up by id. */
  private entries: Array<Entry | undefined> = [];

  constructor(
    readonly notebook: Notebook,
    private index: WordIndex = new WordIndex(),
    readonly registry: Registry = registryOf(notebook),
  ) {
    this.numberEntries();
  }

  get words(): WordIndex {
    return this.index;
  }

  /** The registry entry of document `doc`, or undefined when it is dead. */
  entryAt(doc: number): Entry | undefined {
    return this.index.docs.idOf(doc) === null ? undefined : this.entries[doc];
  }

  /** Brings the record `id` and the documents that show it up to date; returns how many documents were written. */
  apply(collection: ChangedCollection, id: string): number {
    const kind = kindOfCollection[collection];
    let written = this.refresh(kind, id);
    if (kind === 'source') written += this.refreshAnnotationsOf(id);
    // Annotations carry the names of the records they link.
    if (kind === 'entity' || kind === 'proposal') {
      for (const [annotationId] of this.registry.annotationsLinking(id)) written += this.refresh('annotation', annotationId);
    }
    return written;
  }

  /** Puts the record's current document in the index, or takes it out when the record is gone. */
  refresh(kind: SearchKind, id: string): number {
    const entry = entryOf(this.notebook, this.registry, kind, id);
    this.index.remove(id);
    if (!entry) {
      this.registry.remove(id);
    } else {
      this.registry.put(id, entry);
      this.add(kind, id);
    }
    // Edits leave dead documents behind; past a point their postings cost more than a copy.
    if (this.index.docs.wasteful) {
      this.index = WordIndex.fromCompact(compactIndex(this.index));
      this.numberEntries();
    }
    return 1;
  }

  /** Indexes the record's current document (once it is out of the index). */
  add(kind: SearchKind, id: string): void {
    const document = documentOf(this.notebook, kind, id);
    if (!document) return;
    const doc = this.index.add(id, [document.title, document.names, document.text]);
    this.entries[doc] = this.registry.get(id);
  }

  private numberEntries(): void {
    this.entries = [];
    for (let doc = 0; doc < this.index.docs.capacity; doc++) {
      const id = this.index.docs.idOf(doc);
      if (id !== null) this.entries[doc] = this.registry.get(id);
    }
  }

  /** A source's annotations as they now stand: new text versions carry some over and drop others. */
  private refreshAnnotationsOf(sourceId: string): number {
    const known = new Set(this.registry.annotationsOf(sourceId).map(([id]) => id));
    const stored = this.notebook.records.find('sources', sourceId) ? this.notebook.store.sourceAnnotations(sourceId) : [];
    let written = 0;
    for (const annotation of stored) {
      known.delete(annotation.id);
      if (this.registry.get(annotation.id)?.rev !== annotation.rev) written += this.refresh('annotation', annotation.id);
    }
    for (const gone of known) written += this.refresh('annotation', gone);
    return written;
  }
}

/** Every record of the notebook as the registry keeps it, read from memory without opening a file. */
export function registryOf(notebook: Notebook): Registry {
  const { store } = notebook;
  const registry = new Registry();
  const put = (kind: SearchKind, id: string) => {
    const entry = entryOf(notebook, registry, kind, id);
    if (entry) registry.put(id, entry);
  };
  for (const source of store.list('sources')) {
    put('source', source.id);
    for (const annotation of store.sourceAnnotations(source.id)) registry.put(annotation.id, annotationEntry(annotation, registry));
  }
  for (const entity of store.list('entities')) put('entity', entity.id);
  for (const proposal of store.list('proposals')) put('proposal', proposal.id);
  for (const brief of store.list('briefs')) put('brief', brief.id);
  return registry;
}
