import type { PublishedDate } from '../../../shared/model';
import type { SearchKind } from '../../../shared/search';

/** What filters and ordering need of an indexed record, kept beside the index so a search reads no files. */
export type Entry =
  /** `no`: the source's number (see `Registry.sourceNumber`); an annotation carries its source's as `sourceNo`. */
  | { kind: 'source'; rev: number; updatedAt: string; no: number; outlet: string; published: PublishedDate }
  | { kind: 'annotation'; rev: number; updatedAt: string; sourceId: string; sourceNo: number; links: string[]; tags: string[] }
  | { kind: Exclude<SearchKind, 'source' | 'annotation'>; rev: number; updatedAt: string };

/**
 * Every record the index holds, with the ways back to annotations that changes and filters
 * need: a source's annotations (deleted with it, kept by its outlet), the annotations
 * linking a record (their documents carry its name, so they follow a rename) and those
 * with a tag.
 */
export class Registry {
  private readonly entries = new Map<string, Entry>();
  // Groups hold the entries themselves: a filtered listing reads them without a look-up each.
  private readonly sources = new Map<string, Entry>();
  private readonly bySource = new Map<string, Map<string, Entry>>();
  private readonly byRecord = new Map<string, Map<string, Entry>>();
  private readonly byTag = new Map<string, Map<string, Entry>>();
  private readonly sourceNumbers = new Map<string, number>();

  get size(): number {
    return this.entries.size;
  }

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  all(): IterableIterator<[string, Entry]> {
    return this.entries.entries();
  }

  put(id: string, entry: Entry): void {
    this.remove(id);
    this.entries.set(id, entry);
    if (entry.kind === 'source') this.sources.set(id, entry);
    if (entry.kind !== 'annotation') return;
    addTo(this.bySource, entry.sourceId, id, entry);
    for (const recordId of entry.links) addTo(this.byRecord, recordId, id, entry);
    for (const tag of entry.tags) addTo(this.byTag, tag, id, entry);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.sources.delete(id);
    if (entry.kind !== 'annotation') return;
    removeFrom(this.bySource, entry.sourceId, id);
    for (const recordId of entry.links) removeFrom(this.byRecord, recordId, id);
    for (const tag of entry.tags) removeFrom(this.byTag, tag, id);
  }

  /**
   * A small number for a source, the same for the whole session: filters on outlet and
   * dates mark sources in an array by it, so testing a hit is an array read, not a look-up.
   */
  sourceNumber(sourceId: string): number {
    let no = this.sourceNumbers.get(sourceId);
    if (no === undefined) {
      no = this.sourceNumbers.size;
      this.sourceNumbers.set(sourceId, no);
    }
    return no;
  }

  /** How many source numbers were given (the length of an array indexed by them). */
  get sourceNumberCount(): number {
    return this.sourceNumbers.size;
  }

  sourceEntries(): IterableIterator<[string, Entry]> {
    return this.sources.entries();
  }

  /** Annotations with this tag (folded, as entries keep tags). */
  annotationsTagged(tag: string): Array<[string, Entry]> {
    return [...(this.byTag.get(tag) ?? [])];
  }

  annotationsOf(sourceId: string): Array<[string, Entry]> {
    return [...(this.bySource.get(sourceId) ?? [])];
  }

  /** The same without copying, for reading once. */
  eachAnnotationOf(sourceId: string): Iterable<[string, Entry]> {
    return this.bySource.get(sourceId) ?? [];
  }

  annotationsLinking(recordId: string): Array<[string, Entry]> {
    return [...(this.byRecord.get(recordId) ?? [])];
  }

  /** Each record's revision: what a saved index is compared against. */
  revisions(): Record<string, number> {
    const revs: Record<string, number> = {};
    for (const [id, entry] of this.entries) revs[id] = entry.rev;
    return revs;
  }
}

function addTo(map: Map<string, Map<string, Entry>>, key: string, id: string, entry: Entry): void {
  const group = map.get(key) ?? new Map<string, Entry>();
  group.set(id, entry);
  map.set(key, group);
}

function removeFrom(map: Map<string, Map<string, Entry>>, key: string, id: string): void {
  const group = map.get(key);
  group?.delete(id);
  if (group?.size === 0) map.delete(key);
}
