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

export function parseAck(line: string): Ack | null {
  return line.startsWith(ACK_PREFIX) ? (JSON.parse(line.slice(ACK_PREFIX.length)) as Ack) : null;
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
