import type { Annotation } from '../../shared/model';
import { putCitationOnDrag } from '../brief/citeBus';
import { formatPublished } from '../logic/dates';
import { recordName } from '../logic/recordNames';
import { useNotebook } from '../state/stores';

/** One annotation to cite: its quote, where it comes from, what it is linked to. Insert it, or drag it into the brief. */
export function EvidenceItem({ annotation: a, onInsert }: { annotation: Annotation; onInsert: (a: Annotation) => void }) {
  const [{ sources, entities, proposals }] = useNotebook();
  const source = sources.find((s) => s.id === a.sourceId);
  const from = source ? [source.title, source.outlet, formatPublished(source.publishedAt)].filter(Boolean).join(' · ') : 'Deleted source';
  return (
    <li className="evidence" draggable data-testid="evidence-item" onDragStart={(event) => putCitationOnDrag(event.dataTransfer, a)}>
      <blockquote className="evidence__quote" dir="auto">{a.target.quote.exact}</blockquote>
      <p className="evidence__source" dir="auto">{from}</p>
      {a.links.length > 0 && (
        <ul className="chips" aria-label="Linked records">
          {a.links.map((link) => (
            <li key={`${link.kind}:${link.recordId}:${link.role}`} className={`chip chip--${link.kind}`} dir="auto">
              {recordName(link, entities, proposals)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link evidence__insert" aria-label={`Insert citation: ${a.target.quote.exact}`} onClick={() => onInsert(a)}>
        Insert
      </button>
    </li>
  );
}
