import { describeSpan } from '../../../../shared/anchoring';
import type { SourceTexts } from '../../../../shared/interchange';
import {
  Annotation,
  Entity,
  Proposal,
  SourceMeta,
  type AnchoringState,
  type RecordLink,
  type TextVersion,
} from '../../../../shared/model';

/**
 * Plain records for the pure interchange functions, made without a notebook: the
 * functions only read them, so they need the right shape, not a store.
 */
let counter = 0;
export function uuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

const AT = '2025-03-04T10:20:30.000Z';
const HASH = '0'.repeat(64);

export interface FakeSource {
  meta: SourceMeta;
  versions: TextVersion[];
}

/** A source whose last text is current; earlier texts are its older versions. */
export function source(title: string, ...texts: string[]): FakeSource {
  const versions = texts.map((text): TextVersion => ({ id: uuid(), text, hash: HASH, createdAt: AT, reason: 'imported' }));
  const meta = SourceMeta.parse({
    id: uuid(),
    createdAt: AT,
    updatedAt: AT,
    rev: 1,
    title,
    outlet: 'Harbour Gazette',
    publishedAt: { precision: 'day', date: '2025-03-03' },
    importedAt: AT,
    fileName: null,
    format: 'txt',
    currentVersionId: versions[versions.length - 1]!.id,
    contentHash: HASH,
  });
  return { meta, versions };
}

export function textsOf(sources: readonly FakeSource[]): SourceTexts & { sources: SourceMeta[] } {
  const currentTexts = new Map<string, string>();
  const versionTexts = new Map<string, string>();
  for (const { meta, versions } of sources) {
    for (const v of versions) versionTexts.set(v.id, v.text);
    currentTexts.set(meta.id, versions.find((v) => v.id === meta.currentVersionId)!.text);
  }
  return { sources: sources.map((s) => s.meta), currentTexts, versionTexts };
}

export function entity(name: string): Entity {
  return Entity.parse({ id: uuid(), createdAt: AT, updatedAt: AT, rev: 1, name });
}

export function proposal(title: string): Proposal {
  return Proposal.parse({ id: uuid(), createdAt: AT, updatedAt: AT, rev: 1, title });
}

/** An annotation on the `occurrence`-th (1-based) appearance of `quote` in the source's current text. */
export function annotationOn(
  of: FakeSource,
  quote: string,
  fields: { links?: RecordLink[]; comment?: string; tags?: string[]; anchoring?: AnchoringState; occurrence?: number } = {},
): Annotation {
  const version = of.versions.find((v) => v.id === of.meta.currentVersionId)!;
  let start = -1;
  for (let n = 0; n < (fields.occurrence ?? 1); n += 1) start = version.text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`“${quote}” is not in ${of.meta.title}`);
  return Annotation.parse({
    id: uuid(),
    createdAt: '2025-03-05T08:00:00.000Z',
    updatedAt: '2025-03-06T09:30:00.000+02:00',
    rev: 3,
    sourceId: of.meta.id,
    versionId: version.id,
    target: describeSpan(version.text, start, start + quote.length),
    anchoring: fields.anchoring ?? 'anchored',
    links: fields.links ?? [],
    comment: fields.comment ?? '',
    tags: fields.tags ?? [],
  });
}
