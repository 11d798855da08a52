import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';

/**
 * Every record carries a globally unique id, timestamps and a revision number so that a
 * notebook can later be replicated record by record (ARCHITECTURE.md, "Ready for teams").
 */
export const RecordId = z.string().regex(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  'must be a record id (a UUID)',
);
export type RecordId = z.infer<typeof RecordId>;

export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;

export const RecordStamp = z.object({
  id: RecordId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  rev: z.number().int().min(1),
});
export type RecordStamp = z.infer<typeof RecordStamp>;

export const RecordKind = z.enum(['source', 'entity', 'proposal', 'annotation', 'brief']);
export type RecordKind = z.infer<typeof RecordKind>;

/** What is left of a deleted record, so a replica can learn of the deletion. */
export const Tombstone = z.object({
  id: RecordId,
  kind: RecordKind,
  deletedAt: Timestamp,
});
export type Tombstone = z.infer<typeof Tombstone>;

/** UUID v7: time-ordered, so records created later sort later. */
export function newRecordId(): RecordId {
  return uuidv7();
}

export function newStamp(now: Date = new Date()): RecordStamp {
  const at = now.toISOString();
  return { id: newRecordId(), createdAt: at, updatedAt: at, rev: 1 };
}

/** The stamp a record gets when it is written again. */
export function nextStamp<T extends RecordStamp>(record: T, now: Date = new Date()): RecordStamp {
  return { id: record.id, createdAt: record.createdAt, updatedAt: now.toISOString(), rev: record.rev + 1 };
}

/** A non-empty, trimmed line of text (names, titles). */
export const Name = z.string().trim().min(1, 'must not be empty').max(500, 'is too long');
