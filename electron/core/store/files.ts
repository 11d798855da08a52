import type { z } from 'zod';
import { Low } from 'lowdb';
import { describeIssues } from '../../../shared/contract';
import { BriefFile, migrate, NotebookFile, SourceFile, type FileKind } from '../../../shared/model';
import { damagedFile, DurableJsonFile, isWritePending } from './durable-file';

/**
 * Files on disk are input from outside like any other: they may be from an older Parley
 * (migrated), a newer one (refused), or damaged (refused, naming the file, so the person
 * knows which file to restore from a backup).
 */
function parserFor<S extends z.ZodType>(kind: FileKind, schema: S) {
  return (raw: unknown, path: string): z.output<S> => {
    let migrated: Record<string, unknown>;
    try {
      migrated = migrate(kind, raw);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw damagedFile(path, `${path} cannot be read: ${detail}.`);
    }
    const parsed = schema.safeParse(migrated);
    if (!parsed.success) {
      throw damagedFile(path, `${path} is damaged: ${describeIssues(parsed.error)}.`);
    }
    return parsed.data;
  };
}

export const parseNotebookFile = parserFor('notebook', NotebookFile);
export const parseSourceFile = parserFor('source', SourceFile);
export const parseBriefFile = parserFor('brief', BriefFile);

/**
 * A lowdb database on a durable adapter. The store replaces `data` only after the adapter
 * has written it, so memory never holds a change the disk does not.
 */
export type FileDb<T> = Low<T> & { adapter: DurableJsonFile<T> };

export function fileDb<T>(path: string, parse: (raw: unknown, path: string) => T, data: T): FileDb<T> {
  return new Low<T>(new DurableJsonFile<T>(path, parse), data) as FileDb<T>;
}

/** Reads an existing file; a missing one is damage, because notebook.json names it. */
export async function loadDb<T>(path: string, parse: (raw: unknown, path: string) => T, what: string): Promise<FileDb<T>> {
  const adapter = new DurableJsonFile<T>(path, parse);
  // At open nothing is pending and the quick read applies; `read` waits for our own writes.
  const data = isWritePending(path) ? await adapter.read() : adapter.readNow();
  if (data === null) throw damagedFile(path, `${path} is missing, but the notebook lists ${what}.`);
  return new Low<T>(adapter, data) as FileDb<T>;
}

/** Writes `next` durably, then makes it the in-memory state. */
export async function commit<T>(db: FileDb<T>, next: T): Promise<void> {
  await db.adapter.write(next);
  db.data = next;
}
