import type { BriefMeta, Entity, Proposal, SourceMeta } from '../../shared/model';
import { formatPublishedShort } from '../logic/dates';
import type { PaletteEntry } from './paletteRanking';

type Lists = { entities: readonly Entity[]; proposals: readonly Proposal[]; sources: readonly SourceMeta[]; briefs: readonly BriefMeta[] };

/** Everything the palette can go to by name, from the lists the navigator already holds. */
export function paletteEntries({ entities, proposals, sources, briefs }: Lists): PaletteEntry[] {
  return [
    ...entities.map((e): PaletteEntry => ({ kind: 'entity', id: e.id, title: e.name, aliases: e.aliases, also: [], details: e.kind })),
    ...proposals.map((p): PaletteEntry => ({ kind: 'proposal', id: p.id, title: p.title, aliases: [], also: [], details: p.statusEvents.at(-1)?.status ?? 'proposal' })),
    ...sources.map(sourceEntry),
    ...briefs.map((b): PaletteEntry => ({ kind: 'brief', id: b.id, title: b.title, aliases: [], also: [], details: 'brief' })),
  ];
}

export function sourceEntry(s: SourceMeta): PaletteEntry {
  const details = [s.outlet, formatPublishedShort(s.publishedAt)].filter(Boolean).join(' · ');
  return { kind: 'source', id: s.id, title: s.title, aliases: [], also: [s.outlet, ...s.authors].filter(Boolean), details };
}
