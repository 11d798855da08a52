import { ParleyError } from '../../../shared/contract';
import type { Entity, Proposal, RecordLink } from '../../../shared/model';

interface Named {
  id: string;
  /** Every name the record answers to: an entity's name and aliases, a proposal's title. */
  names: string[];
}

/**
 * Finds the one record a person means by an id or a name, creating nothing. Names match
 * case-insensitively; an unknown name lists the close ones, since the usual cause is a
 * misspelling or a short form not yet recorded as an alias.
 */
export function lookUpRecord(kind: RecordLink['kind'], records: readonly Named[], wanted: string): string {
  const byId = records.find((r) => r.id === wanted.trim().toLowerCase());
  if (byId) return byId.id;
  const key = fold(wanted);
  const matches = records.filter((r) => r.names.some((n) => fold(n) === key));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) {
    throw new ParleyError('bad-request', `More than one ${kind} is called “${wanted}”: ${matches.map(describe).join(', ')}. Give the id instead.`);
  }
  const close = records.filter((r) => r.names.some((n) => isClose(fold(n), key))).slice(0, 5);
  const hint = close.length > 0 ? ` Did you mean ${close.map(describe).join(', ')}?` : ` Add it first with \`parley ${kind} add\`.`;
  throw new ParleyError('not-found', `There is no ${kind} with the id or name “${wanted}” in this notebook.${hint}`);
}

export function entityNames(entity: Entity): Named {
  return { id: entity.id, names: [entity.name, ...entity.aliases] };
}

export function proposalNames(proposal: Proposal): Named {
  return { id: proposal.id, names: [proposal.title] };
}

function describe(record: Named): string {
  return `“${record.names[0]}” (${record.id})`;
}

function fold(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** One name inside the other ("Ferreira" in "Daniel Ferreira"), or a few typing slips apart. */
function isClose(name: string, wanted: string): boolean {
  if (wanted.length >= 3 && (name.includes(wanted) || wanted.includes(name))) return true;
  return editDistance(name, wanted) <= Math.max(1, Math.floor(wanted.length / 4));
}

/** Levenshtein distance over UTF-16 units, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length]!;
}
