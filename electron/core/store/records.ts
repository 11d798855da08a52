import { ParleyError } from '../../../shared/contract';
import { nextStamp, type RecordKind, type RecordStamp, type Tombstone } from '../../../shared/model';

/** How a record kind is named in messages a person reads. */
const spoken: Record<RecordKind, string> = {
  source: 'source',
  entity: 'entity',
  proposal: 'proposal',
  annotation: 'annotation',
  brief: 'brief',
};

export function notFound(kind: RecordKind, id: string): ParleyError {
  return new ParleyError('not-found', `There is no ${spoken[kind]} with id ${id} in this notebook.`);
}

export function findRecord<T extends RecordStamp>(records: readonly T[], id: string, kind: RecordKind): T {
  const record = records.find((r) => r.id === id);
  if (!record) throw notFound(kind, id);
  return record;
}

/**
 * Optimistic concurrency: a caller that read revision N and writes with `rev: N` fails if
 * someone else wrote in between, instead of silently overwriting their change.
 */
export function assertRev(record: RecordStamp, expected: number | undefined, kind: RecordKind): void {
  if (expected !== undefined && expected !== record.rev) {
    throw new ParleyError(
      'conflict',
      `This ${spoken[kind]} was changed since you opened it (it is at revision ${record.rev}, you had ${expected}). Reload it and try again.`,
    );
  }
}

/** The record with the patch's named fields changed and its stamp moved on. */
export function revise<T extends RecordStamp>(record: T, patch: Partial<T>, now: Date = new Date()): T {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { ...record, ...changes, ...nextStamp(record, now) };
}

export function tombstoneOf(kind: RecordKind, id: string, now: Date = new Date()): Tombstone {
  return { id, kind, deletedAt: now.toISOString() };
}

export function replaceById<T extends RecordStamp>(records: readonly T[], next: T): T[] {
  return records.map((r) => (r.id === next.id ? next : r));
}

export function withoutId<T extends RecordStamp>(records: readonly T[], id: string): T[] {
  return records.filter((r) => r.id !== id);
}
