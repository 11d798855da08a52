import type { Annotation } from '../../shared/model';
import { recordName } from '../logic/recordNames';
import { useNotebook } from '../state/stores';

/** What a highlight links to, shown while the pointer rests on it. */
export function MarkPopover({ hovered, annotations }: { hovered: { ids: string[]; top: number; left: number }; annotations: readonly Annotation[] }) {
  const [{ entities, proposals }] = useNotebook();
  // An orphan has no highlight left; a hover recorded before its mark went away must not linger.
  const shown = hovered.ids
    .map((id) => annotations.find((a) => a.id === id))
    .filter((a): a is Annotation => a !== undefined && a.anchoring !== 'orphaned');
  if (shown.length === 0) return null;
  return (
    <div className="mark-popover" role="tooltip" data-testid="mark-popover" style={{ top: hovered.top + 6, left: hovered.left }}>
      <ul>
        {shown.flatMap((a) =>
          a.links.length === 0
            ? [<li key={a.id} className="mark-popover__comment">{a.comment || 'Comment'}</li>]
            : a.links.map((link) => (
                <li key={`${a.id}:${link.kind}:${link.recordId}:${link.role}`} className={`mark-popover__${link.kind}`}>
                  <span dir="auto">{recordName(link, entities, proposals)}</span> <span className="mark-popover__role">{link.role}</span>
                </li>
              )),
        )}
      </ul>
    </div>
  );
}
