import type { LinkRole, RecordLink } from '../model';

/** The Web Annotation context every annotation must name (model §3.1). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Parley's own terms, for what the W3C model has no word for: a link's role and record
 * kind, the revision, the anchoring state and the text version. The model's §6 asks
 * extensions to bring their own context next to anno.jsonld, so that other tools read
 * the standard part and ignore ours. `.invalid` is reserved never to resolve: the IRI
 * names the vocabulary without pretending there is a document at it.
 */
export const PARLEY_NAMESPACE = 'https://parley.invalid/ns#';
export const PARLEY_CONTEXT = { parley: PARLEY_NAMESPACE } as const;
export const CONTEXT = [ANNO_CONTEXT, PARLEY_CONTEXT] as const;

export const TERM = {
  rev: 'parley:rev',
  anchoring: 'parley:anchoring',
  version: 'parley:version',
  recordKind: 'parley:recordKind',
  role: 'parley:role',
  /**
   * An orphan's last known offsets (UTF-16, in the earlier text it was lost from). They
   * are no TextPositionSelector: in the current text they would point at other words.
   */
  lastPosition: 'parley:lastPosition',
} as const;

export type RecordKind = RecordLink['kind'];

/**
 * A mention names the record, so it identifies it (model §3.3.5); every other role ties
 * the words to the record without naming it. The role itself travels in `parley:role`.
 */
export function purposeOf(role: LinkRole): 'identifying' | 'linking' {
  return role === 'mention' ? 'identifying' : 'linking';
}

const UUID_IRI = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Record ids are UUIDs, so every record has an IRI without Parley owning a web address. */
export function iriOf(id: string): string {
  return `urn:uuid:${id}`;
}

/** The record id inside a `urn:uuid:` IRI, or undefined for any other IRI. */
export function idOf(iri: string): string | undefined {
  return UUID_IRI.exec(iri)?.[1]?.toLowerCase();
}
