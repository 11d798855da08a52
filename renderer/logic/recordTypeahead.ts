/** One row of the link typeahead: an existing record, or the offer to create one. */
export type TypeaheadOption =
  | { kind: 'record'; recordId: string; label: string; matched: string | null }
  | { kind: 'create'; label: string; name: string };

export type Nameable = { id: string; name: string; aliases: readonly string[] };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();

/** How well one name answers the query: lower is better, null is no match. */
function rank(name: string, query: string): number | null {
  const n = fold(name);
  if (n === query) return 0;
  if (n.startsWith(query)) return 1;
  if (n.split(/[\s\-–—'’.]+/).some((word) => word.startsWith(query))) return 2;
  if (n.includes(query)) return 3;
  return null;
}

/**
 * Records whose name or an alias matches, best first (exact, prefix, word prefix,
 * anywhere; a name beats an alias at equal rank), then "Create …" last, unless a record
 * already has exactly that name: a second "Hadi Rostam" is almost always a mistake.
 */
export function rankRecords(records: readonly Nameable[], rawQuery: string, limit = 8): TypeaheadOption[] {
  const query = fold(rawQuery);
  const scored: { option: TypeaheadOption; score: number }[] = [];
  for (const record of records) {
    let best: { score: number; matched: string | null } | null = null;
    for (const [i, candidate] of [record.name, ...record.aliases].entries()) {
      const r = query === '' ? 0 : rank(candidate, query);
      if (r === null) continue;
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (!best || score < best.score) best = { score, matched: i === 0 ? null : candidate };
    }
    if (best) scored.push({ score: best.score, option: { kind: 'record', recordId: record.id, label: record.name, matched: best.matched } });
  }
  scored.sort((a, b) => a.score - b.score || a.option.label.localeCompare(b.option.label));
  const options = scored.slice(0, limit).map((s) => s.option);
  const name = rawQuery.trim();
  const taken = records.some((r) => fold(r.name) === query);
  if (name && !taken) options.push({ kind: 'create', label: `Create “${name}”`, name });
  return options;
}
