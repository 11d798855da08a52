import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../shared/model';
import { useAnnotate, useNotebook } from '../state/stores';
import { AnnotationForm } from './AnnotationForm';
import { AnnotationItem } from './AnnotationItem';
import { EmptyState } from './EmptyState';

/**
 * How many cards are built at first, and added each time the list's end comes near. A long
 * source has hundreds of annotations; building every card when it opens delays the text.
 */
const PAGE = 40;

/** The open source's annotations, in text order; click one to find it in the reader. */
export function AnnotationList({ annotations, error }: { annotations: Annotation[]; error: string | null }) {
  const [{ activeId, form, reattachId, canUndo, canRedo }, store] = useAnnotate();
  const [{ entities, proposals }] = useNotebook();
  // The card being edited, the active one and the orphan being re-attached are always built.
  const wanted = [form?.editing, activeId, reattachId].map((id) => (id ? annotations.findIndex((a) => a.id === id) : -1));
  const [count, more] = useShownCount(annotations[0]?.sourceId ?? null);
  const ranges = shownRanges(annotations.length, count, wanted);
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
          {ranges.flatMap(([from, to], r) => [
            ...annotations.slice(from, to).map((a) =>
            form?.editing === a.id ? (
              <li key={a.id} className="annotation annotation--editing">
                <AnnotationForm span={a.target.position} editing={a} focus="entity" />
              </li>
            ) : (
              <AnnotationItem
                key={a.id}
                annotation={a}
                active={a.id === activeId}
                reattaching={a.id === reattachId}
                entities={entities}
                proposals={proposals}
                store={store}
              />
            ),
            ),
            // The cards not built between this stretch and the next (or the end).
            to < (ranges[r + 1]?.[0] ?? annotations.length) ? (
              <MoreCards key={`more-${to}`} hidden={(ranges[r + 1]?.[0] ?? annotations.length) - to} onMore={() => more(to)} />
            ) : null,
          ])}
        </ul>
      )}
    </section>
  );
}

/** Cards either side of one that must be shown, so it is not alone in the panel. */
const AROUND = 3;

/**
 * The stretches [from, to) of cards built: the first `count`, and a few around each card that
 * must be shown (the edited, the active, the re-attaching one), in order, overlaps merged.
 */
function shownRanges(total: number, count: number, wanted: number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[0, Math.min(count, total)]];
  for (const at of wanted) if (at >= 0) ranges.push([Math.max(0, at - AROUND), Math.min(total, at + AROUND + 1)]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * How many cards from the top are built for this source: a page at first, and on `more(at)`
 * every card up to a page past `at`. Another source starts again from one page.
 */
function useShownCount(sourceId: string | null): [number, (at: number) => void] {
  const [state, setState] = useState({ sourceId, count: PAGE });
  const count = state.sourceId === sourceId ? state.count : PAGE;
  const more = (at: number) => setState({ sourceId, count: Math.max(count, at + PAGE) });
  return [count, more];
}

/**
 * The end of the built cards: scrolling it near builds the next page, and its button does
 * the same for the keyboard (and wherever the observer is unavailable).
 */
function MoreCards({ hidden, onMore }: { hidden: number; onMore: () => void }) {
  const ref = useRef<HTMLLIElement>(null);
  const latest = useRef(onMore);
  latest.current = onMore;
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    // The panel scrolls, not the page: its margin is what lets the next page arrive early.
    const root = scrollingAncestor(element);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) latest.current();
    }, { root, rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hidden]);
  return (
    <li ref={ref} className="annotations__more">
      <button type="button" className="link" onClick={onMore} data-testid="annotations-more">
        Show {Math.min(hidden, PAGE)} more of {hidden}
      </button>
    </li>
  );
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(at).overflowY)) return at;
  }
  return null;
}
