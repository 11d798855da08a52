import type { Annotation, AnchoringState } from '../../shared/model';
import { AnnotationCitePicker, CiteButton } from '../cite/CiteButton';
import { recordName } from '../logic/recordNames';
import { useAnnotate, useNotebook } from '../state/stores';
import { AnnotationForm } from './AnnotationForm';
import { EmptyState } from './EmptyState';

/** Said plainly, because a drifted or lost span changes how far a quote can be trusted. */
const ANCHORING: Record<AnchoringState, { badge: string; title: string }> = {
  anchored: { badge: 'anchored', title: 'Exactly where it was made' },
  moved: { badge: 'moved', title: 'Moved: the text around it changed' },
  fuzzy: { badge: 'fuzzy', title: 'Approximate: the words changed slightly' },
  orphaned: { badge: 'orphaned', title: 'Lost: this passage is no longer in the text' },
};

/** The open source's annotations, in text order; click one to find it in the reader. */
export function AnnotationList({ annotations, error }: { annotations: Annotation[]; error: string | null }) {
  const [{ activeId, form, reattachId, canUndo, canRedo }, store] = useAnnotate();
  return (
    <section className="context__section" aria-labelledby="annotations-heading" data-testid="annotations-panel">
      <h2 id="annotations-heading" className="context__heading">
        Annotations {annotations.length > 0 && <span className="context__count">{annotations.length}</span>}
      </h2>
      <div className="annotations__history">
        <button type="button" className="link" disabled={!canUndo} onClick={() => void store.undo()} data-testid="annotation-undo">Undo</button>
        <button type="button" className="link" disabled={!canRedo} onClick={() => void store.redo()} data-testid="annotation-redo">Redo</button>
      </div>
      {error ? (
        <p className="context__error" role="alert">{error}</p>
      ) : annotations.length === 0 ? (
        <EmptyState title="No annotations yet" testId="annotations-empty">
          Select a passage in the text to link it to an entity or a proposal, or to comment on it.
        </EmptyState>
      ) : (
        <ul className="annotations" aria-label="Annotations">
          {annotations.map((a) =>
            form?.editing === a.id ? (
              <li key={a.id} className="annotation annotation--editing">
                <AnnotationForm span={a.target.position} editing={a} focus="entity" />
              </li>
            ) : (
              <AnnotationItem key={a.id} annotation={a} active={a.id === activeId} reattaching={a.id === reattachId} />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function AnnotationItem({ annotation: a, active, reattaching }: { annotation: Annotation; active: boolean; reattaching: boolean }) {
  const [{ entities, proposals }] = useNotebook();
  const [, store] = useAnnotate();
  const orphan = a.anchoring === 'orphaned';
  return (
    <li className={`annotation annotation--${a.anchoring}${active ? ' annotation--active' : ''}`} data-testid="annotation-item" data-annotation-id={a.id} aria-current={active || undefined}>
      <button type="button" className="annotation__open" disabled={orphan} onClick={() => store.activate(a.id, true)} aria-label={`Show in text: ${a.target.quote.exact}`}>
        <blockquote className="annotation__quote" dir="auto">{a.target.quote.exact}</blockquote>
      </button>
      <p className={`annotation__badge annotation__badge--${a.anchoring}`} title={ANCHORING[a.anchoring].title}>{ANCHORING[a.anchoring].badge}</p>
      {a.links.length > 0 && (
        <ul className="chips" aria-label="Linked records">
          {a.links.map((link) => (
            <li key={`${link.kind}:${link.recordId}:${link.role}`} className={`chip chip--${link.kind}`}>
              <span dir="auto">{recordName(link, entities, proposals)}</span> <span className="chip__role">{link.kind} · {link.role}</span>
            </li>
          ))}
        </ul>
      )}
      {a.comment && <p className="annotation__comment">{a.comment}</p>}
      {a.tags.length > 0 && <p className="annotation__tags">{a.tags.map((t) => `#${t}`).join(' ')}</p>}
      <div className="annotation__actions">
        <button type="button" className="link" onClick={() => store.editAnnotation(a)}>Edit</button>
        <button type="button" className="link" data-testid="annotation-delete" onClick={() => void store.remove(a)}>Delete</button>
        {!orphan && <CiteButton annotation={a} />}
        {orphan && (
          <button type="button" className="link" data-testid="annotation-reattach" onClick={() => store.beginReattach(reattaching ? null : a.id)}>
            {reattaching ? 'Cancel re-attach' : 'Re-attach'}
          </button>
        )}
      </div>
      <AnnotationCitePicker annotationId={a.id} />
    </li>
  );
}
