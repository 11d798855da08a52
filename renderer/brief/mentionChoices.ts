import type { Entity, Proposal } from '../../shared/model';
import { rankRecords } from '../logic/recordTypeahead';

/** One row of the "@" typeahead: a record to mention, and the alias that matched if any. */
export type MentionChoice = { kind: 'entity' | 'proposal'; recordId: string; label: string; matched: string | null; detail: string };

/**
 * Entities (by name or alias) and proposals (by title) matching what follows "@", best
 * first; the same ranking as the link typeahead, so a name is found the same way everywhere.
 * Mentions never create records: a chip must point at something that exists.
 */
export function mentionChoices(entities: readonly Entity[], proposals: readonly Proposal[], query: string, limit = 8): MentionChoice[] {
  const detail = new Map<string, { kind: 'entity' | 'proposal'; detail: string }>();
  for (const e of entities) detail.set(e.id, { kind: 'entity', detail: e.kind });
  for (const p of proposals) detail.set(p.id, { kind: 'proposal', detail: 'proposal' });
  const nameable = [...entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases })), ...proposals.map((p) => ({ id: p.id, name: p.title, aliases: [] }))];
  const choices: MentionChoice[] = [];
  for (const option of rankRecords(nameable, query, limit)) {
    if (option.kind !== 'record') continue;
    const known = detail.get(option.recordId);
    if (known) choices.push({ ...known, recordId: option.recordId, label: option.label, matched: option.matched });
  }
  return choices;
}
