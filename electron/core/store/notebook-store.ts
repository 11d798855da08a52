import { mkdir } from 'node:fs/promises';
import { ParleyError } from '../../../shared/contract';
import {
  Annotation,
  BriefMeta,
  newRecordId,
  SCHEMA_VERSION,
  SourceMeta,
  type Brief,
  type NotebookFile,
  type RecordLink,
  type RichText,
  type Source,
  type TextVersion,
} from '../../../shared/model';
import { BriefShelf } from './brief-shelf';
import { ChangeFeed, type ChangedCollection, type ChangeListener } from './change-feed';
import { commit, fileDb, loadDb, parseNotebookFile, type FileDb } from './files';
import { layout } from './layout';
import { collectionKind, collectionSchema, type CollectionName, type Collections } from './collections';
import { assertRev, findRecord, replaceById, revise, tombstoneOf, withoutId } from './records';
import { bySource, rewriteNotebook, touchesNotebook, type RecordsRewrite } from './records-rewrite';
import { SourceShelf } from './source-shelf';

/** What adding a source did: it is new, or the same text was already there. */
export type AddSourceOutcome = { status: 'imported'; source: SourceMeta } | { status: 'duplicate'; existing: SourceMeta };

/**
 * The notebook in memory, kept equal to the notebook on disk. Reads are served from memory;
 * every change is written durably before memory takes it, so what a caller is told
 * succeeded is on disk. Changes run one at a time: each builds on the state the previous
 * one left, and files spanning two writes (a source file and notebook.json) are written in
 * an order that a crash between them leaves consistent.
 */
export class NotebookStore {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly feed = new ChangeFeed();

  private constructor(
    readonly folder: string,
    private readonly db: FileDb<NotebookFile>,
    private readonly sourceShelf: SourceShelf,
    private readonly briefShelf: BriefShelf,
  ) {}

  /** Writes a new, empty notebook into `folder` (which the caller has locked). */
  static async create(folder: string, title: string): Promise<NotebookStore> {
    for (const dir of [layout.sourcesFolder, layout.briefsFolder, layout.backupsFolder]) {
      await mkdir(dir(folder), { recursive: true });
    }
    const data: NotebookFile = {
      schemaVersion: SCHEMA_VERSION,
      id: newRecordId(),
      title,
      createdAt: new Date().toISOString(),
      sources: [],
      entities: [],
      proposals: [],
      briefs: [],
      tombstones: [],
    };
    // notebook.json last: until it exists, the folder is not a notebook.
    const db = fileDb(layout.notebookFile(folder), parseNotebookFile, data);
    await commit(db, data);
    return new NotebookStore(folder, db, await SourceShelf.load(folder, []), await BriefShelf.load(folder, []));
  }

  /** Reads every file of the notebook in `folder` (which the caller has locked). */
  static async open(folder: string): Promise<NotebookStore> {
    const db = await loadDb(layout.notebookFile(folder), parseNotebookFile, 'itself');
    for (const dir of [layout.sourcesFolder, layout.briefsFolder, layout.backupsFolder]) {
      await mkdir(dir(folder), { recursive: true });
    }
    const [sources, briefs] = await Promise.all([
      SourceShelf.load(folder, db.data.sources),
      BriefShelf.load(folder, db.data.briefs),
    ]);
    return new NotebookStore(folder, db, sources, briefs);
  }

  get notebook(): Readonly<NotebookFile> {
    return this.db.data;
  }

  get annotationCount(): number {
    return this.sourceShelf.annotationCount;
  }

  /** Waits for every change already asked for, then refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue.catch(() => {});
    await this.feed.close();
  }

  /** Tells `listener` of every record written or deleted, once it is on disk; returns an unsubscribe. */
  onChange(listener: ChangeListener): () => void {
    return this.feed.listen(listener);
  }

  /** Runs `task` on close, after the last write and before the caller releases the lock. */
  whenClosing(task: () => Promise<void>): void {
    this.feed.whenClosing(task);
  }

  private changed(collection: ChangedCollection, change: 'put' | 'delete', ids: Iterable<string>): void {
    for (const id of ids) this.feed.emit({ collection, id, change });
  }

  /**
   * Runs `task` with no change under way or starting until it is done: for work that reads
   * the files on disk as a whole (a backup, the check, a bundle), which must see one state.
   */
  whileQuiet<T>(task: () => Promise<T>): Promise<T> {
    return this.exclusive(task);
  }

  /** Runs changes one at a time, in the order they were asked for. */
  private exclusive<T>(change: () => Promise<T>): Promise<T> {
    if (this.closed) {
      return Promise.reject(new ParleyError('notebook-locked', 'This notebook has been closed; open it again to make changes.'));
    }
    const run = this.queue.then(change, change);
    this.queue = run.catch(() => {});
    return run;
  }

  private async writeNotebook(change: (file: NotebookFile) => NotebookFile): Promise<void> {
    await commit(this.db, change(this.db.data));
  }

  // Records in notebook.json --------------------------------------------------------------

  list<C extends CollectionName>(name: C): readonly Collections[C][] {
    const lists: { [K in CollectionName]: readonly Collections[K][] } = this.db.data;
    return lists[name];
  }

  get<C extends CollectionName>(name: C, id: string): Collections[C] {
    return findRecord(this.list(name), id, collectionKind[name]);
  }

  insert<C extends 'entities' | 'proposals'>(name: C, record: Collections[C]): Promise<Collections[C]> {
    return this.exclusive(async () => {
      const checked = collectionSchema[name].parse(record);
      await this.writeNotebook((file) => ({ ...file, [name]: [...file[name], checked] }));
      this.changed(name, 'put', [checked.id]);
      return checked;
    });
  }

  update<C extends CollectionName>(name: C, id: string, patch: Partial<Collections[C]>, rev?: number): Promise<Collections[C]> {
    return this.exclusive(async () => {
      const current = this.get(name, id);
      assertRev(current, rev, collectionKind[name]);
      const next = collectionSchema[name].parse(revise(current, patch));
      await this.writeNotebook((file) => ({ ...file, [name]: replaceById(file[name] as Collections[C][], next) }));
      this.changed(name, 'put', [id]);
      return next;
    });
  }

  remove(name: 'entities' | 'proposals', id: string): Promise<void> {
    return this.exclusive(async () => {
      const kind = collectionKind[name];
      this.get(name, id);
      await this.writeNotebook((file) => ({
        ...file,
        [name]: withoutId(file[name] as Collections[typeof name][], id),
        tombstones: [...file.tombstones, tombstoneOf(kind, id)],
      }));
      this.changed(name, 'delete', [id]);
    });
  }

  /**
   * A change across source files and notebook.json, planned inside the queue from the state
   * it applies to (so no other change slips in between reading and writing). Each source
   * file is written once; the side named by `first` goes to disk first.
   */
  rewriteRecords<T>(plan: () => RecordsRewrite<T>): Promise<T> {
    return this.exclusive(async () => {
      const rewrite = plan();
      const nextFile = rewriteNotebook(this.db.data, rewrite);
      const annotations = rewrite.annotations.map((a) => Annotation.parse(a));
      for (const annotation of annotations) {
        this.get('sources', annotation.sourceId);
        // Against the notebook as it will be: the write order keeps the moment between safe.
        assertLinksIn(nextFile, annotation.links);
      }
      const writeSources = async () => {
        for (const [sourceId, group] of bySource(annotations)) await this.sourceShelf.putAnnotations(sourceId, group);
      };
      const writeNotebook = async () => {
        if (touchesNotebook(rewrite)) await commit(this.db, nextFile);
      };
      try {
        if (rewrite.first === 'sources') {
          await writeSources();
          await writeNotebook();
        } else {
          await writeNotebook();
          await writeSources();
        }
      } finally {
        // Told even when the second write failed: the first one did happen.
        this.changed('annotations', 'put', annotations.map((a) => a.id));
        this.changed('entities', 'put', rewrite.putEntities.map((e) => e.id));
        this.changed('entities', 'delete', rewrite.removeEntities);
        this.changed('proposals', 'put', rewrite.putProposals.map((p) => p.id));
      }
      return rewrite.value;
    });
  }

  // Sources -------------------------------------------------------------------------------

  source(id: string): Source {
    const meta = this.get('sources', id);
    return { ...meta, versions: this.sourceShelf.file(id).versions };
  }

  /** `meta`, when the caller already holds it, saves looking the source up among all sources. */
  currentVersion(sourceId: string, meta: SourceMeta = this.get('sources', sourceId)): TextVersion {
    const version = this.sourceShelf.file(sourceId).versions.find((v) => v.id === meta.currentVersionId);
    if (!version) throw new ParleyError('notebook-damaged', `Source ${sourceId} has lost its current text version.`);
    return version;
  }

  /**
   * Adds a source unless a source's current text is the same (same hash). The check runs
   * inside the change, so two imports of one file at once still make one source.
   */
  addSource(meta: SourceMeta, version: TextVersion): Promise<AddSourceOutcome> {
    return this.exclusive(async () => {
      const existing = this.db.data.sources.find((s) => s.contentHash === meta.contentHash);
      if (existing) return { status: 'duplicate', existing };
      const checked = SourceMeta.parse(meta);
      // The source file first: a crash before notebook.json is written leaves an unlisted
      // file, never a listed source without its text.
      await this.sourceShelf.create(checked.id, version);
      await this.writeNotebook((file) => ({ ...file, sources: [...file.sources, checked] }));
      this.changed('sources', 'put', [checked.id]);
      return { status: 'imported', source: checked };
    });
  }

  /**
   * Makes `version` the source's current text, with its annotations carried over by the
   * caller. The source file is written first; notebook.json then points at the new version.
   */
  addTextVersion(sourceId: string, version: TextVersion, annotations: Annotation[], rev?: number): Promise<Source> {
    return this.exclusive(async () => {
      const current = this.get('sources', sourceId);
      assertRev(current, rev, 'source');
      const checked = annotations.map((a) => Annotation.parse(a));
      const kept = new Set(checked.map((a) => a.id));
      const dropped = this.sourceShelf.file(sourceId).annotations.filter((a) => !kept.has(a.id)).map((a) => a.id);
      await this.sourceShelf.addVersion(sourceId, version, checked);
      const next = SourceMeta.parse(revise(current, { currentVersionId: version.id, contentHash: version.hash }));
      try {
        await this.writeNotebook((file) => ({ ...file, sources: replaceById(file.sources, next) }));
      } finally {
        this.changed('sources', 'put', [sourceId]);
        this.changed('annotations', 'put', kept);
        this.changed('annotations', 'delete', dropped);
      }
      return this.source(sourceId);
    });
  }

  /** Every source's current text, for work across the notebook (similarity, search). */
  currentTexts(): Array<{ source: SourceMeta; version: TextVersion }> {
    return this.db.data.sources.map((source) => ({ source, version: this.currentVersion(source.id, source) }));
  }

  deleteSource(id: string): Promise<void> {
    return this.exclusive(async () => {
      this.get('sources', id);
      const annotationIds = this.sourceShelf.file(id).annotations.map((a) => a.id);
      const now = new Date();
      // notebook.json first, so it never lists a source whose file is gone.
      await this.writeNotebook((file) => ({
        ...file,
        sources: withoutId(file.sources, id),
        tombstones: [
          ...file.tombstones,
          tombstoneOf('source', id, now),
          ...annotationIds.map((a) => tombstoneOf('annotation', a, now)),
        ],
      }));
      try {
        await this.sourceShelf.remove(id);
      } finally {
        this.changed('sources', 'delete', [id]);
        this.changed('annotations', 'delete', annotationIds);
      }
    });
  }

  // Annotations (in their source's file) --------------------------------------------------

  annotations(sourceId: string): Annotation[] {
    this.get('sources', sourceId);
    return this.sourceShelf.annotations(sourceId);
  }

  /** As stored (not sorted): for rewriting a source's annotations together. */
  sourceAnnotations(sourceId: string): Annotation[] {
    return [...this.sourceShelf.file(sourceId).annotations];
  }

  annotation(id: string): Annotation {
    return this.sourceShelf.annotation(id);
  }

  hasAnnotation(id: string): boolean {
    return this.sourceShelf.hasAnnotation(id);
  }

  addAnnotation(annotation: Annotation): Promise<Annotation> {
    return this.exclusive(async () => {
      this.get('sources', annotation.sourceId);
      this.assertLinksExist(annotation.links);
      const checked = Annotation.parse(annotation);
      await this.sourceShelf.addAnnotation(checked);
      this.changed('annotations', 'put', [checked.id]);
      return checked;
    });
  }

  /**
   * Puts back a deleted annotation with its own id (undo). It must belong to the current
   * text: after a text change its offsets would point at other words.
   */
  restoreAnnotation(annotation: Annotation): Promise<Annotation> {
    return this.exclusive(async () => {
      if (this.sourceShelf.hasAnnotation(annotation.id)) {
        throw new ParleyError('conflict', 'That annotation is already in the notebook.');
      }
      const current = this.get('sources', annotation.sourceId).currentVersionId;
      if (annotation.versionId !== current) {
        throw new ParleyError('conflict', 'The source’s text has changed since that annotation was deleted; it cannot be put back as it was.');
      }
      this.assertLinksExist(annotation.links);
      const restored = Annotation.parse(revise(annotation, {}));
      await this.sourceShelf.addAnnotation(restored);
      this.changed('annotations', 'put', [restored.id]);
      return restored;
    });
  }

  updateAnnotation(id: string, patch: Partial<Annotation>, rev?: number): Promise<Annotation> {
    return this.exclusive(async () => {
      const current = this.sourceShelf.annotation(id);
      assertRev(current, rev, 'annotation');
      if (patch.links) this.assertLinksExist(patch.links);
      const next = Annotation.parse(revise(current, patch));
      await this.sourceShelf.replaceAnnotation(next);
      this.changed('annotations', 'put', [id]);
      return next;
    });
  }

  deleteAnnotation(id: string): Promise<void> {
    return this.exclusive(async () => {
      await this.sourceShelf.removeAnnotation(this.sourceShelf.annotation(id));
      this.changed('annotations', 'delete', [id]);
    });
  }

  private assertLinksExist(links: readonly RecordLink[]): void {
    assertLinksIn(this.db.data, links);
  }

  // Briefs (metadata in notebook.json, document in briefs/<id>.json) ----------------------

  brief(id: string): Brief {
    return { ...this.get('briefs', id), content: this.briefShelf.content(id) };
  }

  createBrief(meta: BriefMeta): Promise<Brief> {
    return this.exclusive(async () => {
      const checked = BriefMeta.parse(meta);
      // The document first, for the same reason as a source's file.
      await this.briefShelf.save(checked.id, null);
      await this.writeNotebook((file) => ({ ...file, briefs: [...file.briefs, checked] }));
      this.changed('briefs', 'put', [checked.id]);
      return { ...checked, content: null };
    });
  }

  updateBrief(id: string, patch: { title?: string; content?: RichText }, rev?: number): Promise<Brief> {
    return this.exclusive(async () => {
      const current = this.get('briefs', id);
      assertRev(current, rev, 'brief');
      const next = BriefMeta.parse(revise(current, { title: patch.title }));
      if (patch.content !== undefined) await this.briefShelf.save(id, patch.content);
      await this.writeNotebook((file) => ({ ...file, briefs: replaceById(file.briefs, next) }));
      this.changed('briefs', 'put', [id]);
      return { ...next, content: this.briefShelf.content(id) };
    });
  }

  deleteBrief(id: string): Promise<void> {
    return this.exclusive(async () => {
      this.get('briefs', id);
      await this.writeNotebook((file) => ({
        ...file,
        briefs: withoutId(file.briefs, id),
        tombstones: [...file.tombstones, tombstoneOf('brief', id)],
      }));
      await this.briefShelf.remove(id);
      this.changed('briefs', 'delete', [id]);
    });
  }
}

/** A link to a record that does not exist would show up as a broken chip forever. */
function assertLinksIn(file: NotebookFile, links: readonly RecordLink[]): void {
  for (const link of links) {
    const list = link.kind === 'entity' ? file.entities : file.proposals;
    if (!list.some((r) => r.id === link.recordId)) {
      throw new ParleyError('bad-request', `The annotation links to ${link.kind} ${link.recordId}, which is not in this notebook.`);
    }
  }
}
