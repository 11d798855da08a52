import { unlink } from 'node:fs/promises';
import { ParleyError } from '../../../shared/contract';
import { SCHEMA_VERSION, type Annotation, type SourceFile, type SourceMeta, type TextVersion } from '../../../shared/model';
import { damagedFile, isErrno, reason, syncFolder } from './durable-file';
import { commit, fileDb, loadDb, parseSourceFile, type FileDb } from './files';
import { layout } from './layout';
import { forEachInTurns } from './in-turns';
import { findRecord, notFound, replaceById, tombstoneOf, withoutId } from './records';

/**
 * The `sources/<id>.json` files: each source's text versions and its annotations, held in
 * memory after open, plus an annotation id → source id index so an annotation can be found
 * by id alone. It never touches notebook.json; the store orders writes across files.
 */
export class SourceShelf {
  private readonly files = new Map<string, FileDb<SourceFile>>();
  private readonly annotationSource = new Map<string, string>();

  private constructor(private readonly folder: string) {}

  static async load(folder: string, metas: readonly SourceMeta[]): Promise<SourceShelf> {
    const shelf = new SourceShelf(folder);
    await forEachInTurns(metas, async (meta) => {
      const path = layout.sourceFile(folder, meta.id);
      const db = await loadDb(path, parseSourceFile, `the source “${meta.title}”`);
      if (db.data.sourceId !== meta.id) {
        throw damagedFile(path, `${path} belongs to source ${db.data.sourceId}, not ${meta.id}.`);
      }
      if (!db.data.versions.some((v) => v.id === meta.currentVersionId)) {
        throw damagedFile(path, `${path} lacks the current text version ${meta.currentVersionId}.`);
      }
      shelf.adopt(meta.id, db);
    });
    return shelf;
  }

  private adopt(sourceId: string, db: FileDb<SourceFile>): void {
    this.files.set(sourceId, db);
    for (const annotation of db.data.annotations) this.annotationSource.set(annotation.id, sourceId);
  }

  file(sourceId: string): SourceFile {
    return this.db(sourceId).data;
  }

  private db(sourceId: string): FileDb<SourceFile> {
    const db = this.files.get(sourceId);
    if (!db) throw notFound('source', sourceId);
    return db;
  }

  get annotationCount(): number {
    return this.annotationSource.size;
  }

  /** Writes the new source's file; the caller adds its metadata to notebook.json afterwards. */
  async create(sourceId: string, version: TextVersion): Promise<void> {
    const data: SourceFile = { schemaVersion: SCHEMA_VERSION, sourceId, versions: [version], annotations: [], tombstones: [] };
    const db = fileDb(layout.sourceFile(this.folder, sourceId), parseSourceFile, data);
    await commit(db, data);
    this.adopt(sourceId, db);
  }

  /**
   * Adds a text version and the annotations as they stand in it, in one write of the
   * source's file: a version and its re-anchored annotations never exist apart.
   */
  async addVersion(sourceId: string, version: TextVersion, annotations: Annotation[]): Promise<void> {
    const db = this.db(sourceId);
    await commit(db, { ...db.data, versions: [...db.data.versions, version], annotations });
  }

  /** Deletes the file (after notebook.json stopped listing it) and returns its annotations' ids. */
  async remove(sourceId: string): Promise<string[]> {
    const db = this.db(sourceId);
    const annotationIds = db.data.annotations.map((a) => a.id);
    this.files.delete(sourceId);
    for (const id of annotationIds) this.annotationSource.delete(id);
    try {
      await unlink(db.adapter.path);
      await syncFolder(layout.sourcesFolder(this.folder));
    } catch (error) {
      // notebook.json no longer lists it, so a leftover file is harmless clutter.
      if (!isErrno(error, 'ENOENT')) throw new ParleyError('io-failed', `Parley could not delete ${db.adapter.path}: ${reason(error)}`);
    }
    return annotationIds;
  }

  /** In text order: by start, then by end, so the reader and exports walk the text once. */
  annotations(sourceId: string): Annotation[] {
    return [...this.file(sourceId).annotations].sort(
      (a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end,
    );
  }

  hasAnnotation(id: string): boolean {
    return this.annotationSource.has(id);
  }

  annotation(id: string): Annotation {
    const sourceId = this.annotationSource.get(id);
    if (sourceId === undefined) throw notFound('annotation', id);
    return findRecord(this.file(sourceId).annotations, id, 'annotation');
  }

  /**
   * A record that comes back (undo of a delete, or re-imported from an export) loses its
   * tombstone, so no replica deletes it again.
   */
  async addAnnotation(annotation: Annotation): Promise<void> {
    const db = this.db(annotation.sourceId);
    await commit(db, {
      ...db.data,
      annotations: [...db.data.annotations, annotation],
      tombstones: db.data.tombstones.filter((t) => t.id !== annotation.id),
    });
    this.annotationSource.set(annotation.id, annotation.sourceId);
  }

  async replaceAnnotation(annotation: Annotation): Promise<void> {
    const db = this.db(annotation.sourceId);
    await commit(db, { ...db.data, annotations: replaceById(db.data.annotations, annotation) });
  }

  /**
   * Writes several annotations of one source in one write of its file: each replaces the
   * stored one with its id, or comes back (and loses its tombstone) when there is none.
   */
  async putAnnotations(sourceId: string, annotations: readonly Annotation[]): Promise<void> {
    const db = this.db(sourceId);
    const incoming = new Map(annotations.map((a) => [a.id, a]));
    const kept = db.data.annotations.map((a) => incoming.get(a.id) ?? a);
    const stored = new Set(db.data.annotations.map((a) => a.id));
    const added = annotations.filter((a) => !stored.has(a.id));
    await commit(db, {
      ...db.data,
      annotations: [...kept, ...added],
      tombstones: db.data.tombstones.filter((t) => !incoming.has(t.id)),
    });
    for (const annotation of added) this.annotationSource.set(annotation.id, sourceId);
  }

  async removeAnnotation(annotation: Annotation): Promise<void> {
    const db = this.db(annotation.sourceId);
    await commit(db, {
      ...db.data,
      annotations: withoutId(db.data.annotations, annotation.id),
      tombstones: [...db.data.tombstones, tombstoneOf('annotation', annotation.id)],
    });
    this.annotationSource.delete(annotation.id);
  }
}
