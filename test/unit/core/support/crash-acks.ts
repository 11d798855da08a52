import { createHash } from 'node:crypto';

/**
 * What the crash writer prints after each acknowledged write and the test reads back: the
 * record, its rev, and a fingerprint of the content the write was about. Shared by both
 * sides so they cannot disagree on what a fingerprint covers.
 */
export type AckKind = 'entity' | 'proposal' | 'source' | 'annotation' | 'brief';

export interface Ack {
  kind: AckKind;
  id: string;
  rev: number;
  fingerprint: string;
}

export const ACK_PREFIX = 'ack ';
/**
 * Printed just before an update is asked for. A write that spans two files (a brief's
 * document, then its rev in notebook.json) can be cut between them: the new content is then
 * on disk under the old rev. That is the unacknowledged write landing early, not a loss, so
 * the test accepts the content announced here as well as the acknowledged one.
 */
export const PENDING_PREFIX = 'pending ';

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** The content each kind of write changes, as read back from the record. */
export const contentOf = {
  entity: (e: { name: string }) => fingerprint(e.name),
  proposal: (p: { title: string; parties: string[] }) => fingerprint([p.title, p.parties]),
  source: (s: { contentHash: string }) => fingerprint(s.contentHash),
  annotation: (a: { comment: string; links: unknown[] }) => fingerprint([a.comment, a.links]),
  brief: (b: { content: unknown }) => fingerprint(b.content),
};

export function ackLine(ack: Ack): string {
  return `${ACK_PREFIX}${JSON.stringify(ack)}\n`;
}

export function pendingLine(pending: Omit<Ack, 'rev'>): string {
  return `${PENDING_PREFIX}${JSON.stringify(pending)}\n`;
}

export type CrashLine = { ack: Ack } | { pending: Omit<Ack, 'rev'> } | null;

export function parseLine(line: string): CrashLine {
  if (line.startsWith(ACK_PREFIX)) return { ack: JSON.parse(line.slice(ACK_PREFIX.length)) as Ack };
  if (line.startsWith(PENDING_PREFIX)) return { pending: JSON.parse(line.slice(PENDING_PREFIX.length)) as Omit<Ack, 'rev'> };
  return null;
}

/** A small seeded generator, so a failing round can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}
