import { memo } from 'react';
import type { Annotation, AnchoringState, Entity, Proposal } from '../../shared/model';
import { AnnotationCitePicker, CiteButton } from '../cite/CiteButton';
import { recordName } from '../logic/recordNames';
import type { AnnotateStore } from '../state/AnnotateStore';

/** Said plainly, because a drifted or lost span changes how far a quote can be trusted. */
const ANCHORING: Record<AnchoringState, { badge: string; title: string }> = {
  anchored: { badge: 'anchored', title: 'Exactly where it was made' },
  moved: { badge: 'moved', title: 'Moved: the text around it changed' },
  fuzzy: { badge: 'fuzzy', title: 'Approximate: the words changed slightly' },
  orphaned: { badge: 'orphaned', title: 'Lost: this passage is no longer in the text' },
};

type Props = {
  annotation: Annotation;
  active: boolean;
  reattaching: boolean;
  entities: readonly Entity[];
  proposals: readonly Proposal[];
  store: AnnotateStore;
};

/**
 * One annotation's card. Everything it shows arrives as props and it is memoised, so when
 * the active annotation changes in a source with hundreds of them only the two cards whose
 * `active` flips render again, not the whole panel.
 */
export const AnnotationItem = memo(function AnnotationItem({ annotation: a, active, reattaching, entities, proposals, store }: Props) {
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
});
