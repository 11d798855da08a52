import { useMemo, useState } from 'react';
import { recordMentionNode } from '../../shared/brief/build';
import { useNotebook } from '../state/stores';

type Row = { kind: 'entity' | 'proposal'; id: string; label: string; aliases: string[] };

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** "Records": the notebook's entities and proposals, each insertable as a chip in the brief. */
export function RecordInsertList({ onInsert }: { onInsert: (node: ReturnType<typeof recordMentionNode>) => void }) {
  const [{ entities, proposals }] = useNotebook();
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => {
    const all: Row[] = [
      ...entities.map((e) => ({ kind: 'entity' as const, id: e.id, label: e.name, aliases: e.aliases })),
      ...proposals.map((p) => ({ kind: 'proposal' as const, id: p.id, label: p.title, aliases: [] })),
    ];
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const matches = (row: Row) => words.every((w) => [row.label, ...row.aliases].some((name) => name.toLocaleLowerCase().includes(w)));
    return all.filter(matches).sort((a, b) => byName.compare(a.label, b.label));
  }, [entities, proposals, filter]);

  return (
    <section className="context__section" aria-labelledby="records-insert-heading" data-testid="record-insert-list">
      <h2 id="records-insert-heading" className="context__heading">Records</h2>
      {entities.length + proposals.length === 0 ? (
        <p className="evidence-empty">No entities or proposals yet. Link passages in a source to create them.</p>
      ) : (
        <>
          <input type="search" className="field evidence-search" placeholder="Filter by name" aria-label="Filter records to mention" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <ul className="record-inserts" aria-label="Records to mention">
            {rows.map((row) => (
              <li key={row.id} className="record-insert" data-testid="record-insert">
                <span className={`chip chip--${row.kind}`} dir="auto">{row.label}</span>
                <span className="record-insert__kind">{row.kind}</span>
                <button type="button" className="link" aria-label={`Insert chip: ${row.label}`} onClick={() => onInsert(recordMentionNode(row.kind, row.id, row.label))}>
                  Insert chip
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
