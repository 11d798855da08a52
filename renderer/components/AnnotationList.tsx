import type { Annotation, AnchoringState } from '../../shared/model';
import { useNotebook } from '../state/stores';
import { EmptyState } from './EmptyState';

/** Said plainly, because a drifted or lost span changes how far a quote can be trusted. */
const ANCHORING: Record<Exclude<AnchoringState, 'anchored'>, string> = {
  moved: 'Moved: the text around it changed',
  fuzzy: 'Approximate: the words changed slightly',
  orphaned: 'Lost: this passage is no longer in the text',
};

/** The open source's annotations, in text order as the engine returns them. */
export function AnnotationList({ annotations, error }: { annotations: Annotation[]; error: string | null }) {
  const [notebook] = useNotebook();
  const nameOf = (kind: 'entity' | 'proposal', id: string) =>
    kind === 'entity'
      ? (notebook.entities.find((e) => e.id === id)?.name ?? 'Deleted entity')
      : (notebook.proposals.find((p) => p.id === id)?.title ?? 'Deleted proposal');

  return (
    <section className="context__section" aria-labelledby="annotations-heading" data-testid="annotations-panel">
      <h2 id="annotations-heading" className="context__heading">
        Annotations {annotations.length > 0 && <span className="context__count">{annotations.length}</span>}
      </h2>
      {error ? (
        <p className="context__error" role="alert">
          {error}
        </p>
      ) : annotations.length === 0 ? (
        <EmptyState title="No annotations yet" testId="annotations-empty">
          Select a passage in the text to link it to an entity or a proposal, or to comment on it.
        </EmptyState>
      ) : (
        <ul className="annotations" aria-label="Annotations">
          {annotations.map((a) => (
            <li key={a.id} className={`annotation annotation--${a.anchoring}`}>
              <blockquote className="annotation__quote" dir="auto">
                {a.target.quote.exact}
              </blockquote>
              {a.anchoring !== 'anchored' && <p className="annotation__anchoring">{ANCHORING[a.anchoring]}</p>}
              {a.links.length > 0 && (
                <ul className="chips" aria-label="Linked records">
                  {a.links.map((link) => (
                    <li key={`${link.kind}:${link.recordId}:${link.role}`} className={`chip chip--${link.kind}`} dir="auto">
                      {nameOf(link.kind, link.recordId)}
                    </li>
                  ))}
                </ul>
              )}
              {a.comment && <p className="annotation__comment">{a.comment}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
