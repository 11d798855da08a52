import { unlink } from 'node:fs/promises';
import { ParleyError } from '../../../shared/contract';
import { SCHEMA_VERSION, type BriefFile, type BriefMeta, type RichText } from '../../../shared/model';
import { damagedFile, isErrno, reason, syncFolder } from './durable-file';
import { commit, fileDb, loadDb, parseBriefFile, type FileDb } from './files';
import { layout } from './layout';
import { forEachInTurns } from './in-turns';
import { notFound } from './records';

/**
 * The `briefs/<id>.json` files: each brief's Lexical document, kept apart from notebook.json
 * because a brief is saved on every pause in typing and can grow large.
 */
export class BriefShelf {
  private readonly files = new Map<string, FileDb<BriefFile>>();

  private constructor(private readonly folder: string) {}

  static async load(folder: string, metas: readonly BriefMeta[]): Promise<BriefShelf> {
    const shelf = new BriefShelf(folder);
    await forEachInTurns(metas, async (meta) => {
      const path = layout.briefFile(folder, meta.id);
      const db = await loadDb(path, parseBriefFile, `the brief “${meta.title}”`);
      if (db.data.briefId !== meta.id) {
        throw damagedFile(path, `${path} belongs to brief ${db.data.briefId}, not ${meta.id}.`);
      }
      shelf.files.set(meta.id, db);
    });
    return shelf;
  }

  content(briefId: string): RichText {
    const db = this.files.get(briefId);
    if (!db) throw notFound('brief', briefId);
    return db.data.content;
  }

  /** Creates or rewrites the brief's document. */
  async save(briefId: string, content: RichText): Promise<void> {
    const data: BriefFile = { schemaVersion: SCHEMA_VERSION, briefId, content };
    const db = this.files.get(briefId) ?? fileDb(layout.briefFile(this.folder, briefId), parseBriefFile, data);
    await commit(db, data);
    this.files.set(briefId, db);
  }

  async remove(briefId: string): Promise<void> {
    const db = this.files.get(briefId);
    if (!db) return;
    this.files.delete(briefId);
    try {
      await unlink(db.adapter.path);
      await syncFolder(layout.briefsFolder(this.folder));
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw new ParleyError('io-failed', `Parley could not delete ${db.adapter.path}: ${reason(error)}`);
    }
  }
}
