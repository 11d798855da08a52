import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useRef } from 'react';
import type { Annotation } from '../../shared/model';
import { markClasses } from '../logic/highlightKinds';
import type { AnnotateStore } from '../state/AnnotateStore';
import { MarkIndex } from './markIndex';

const PAINTED = /^highlight--/;

export type HoveredMark = { ids: string[]; top: number; left: number } | null;

/**
 * Paints each mark from the records its ids point at (classes only: the page's policy
 * forbids inline style attributes), and turns pointer events on marks into store actions.
 */
export function MarkPaintPlugin(props: {
  annotations: readonly Annotation[];
  activeId: string | null;
  reveal: { id: string; count: number } | null;
  store: AnnotateStore;
  onHover: (hovered: HoveredMark) => void;
}) {
  const { annotations, activeId, reveal, store, onHover } = props;
  const [editor] = useLexicalComposerContext();
  const index = useMemo(() => new MarkIndex(), []);
  const byId = useRef(new Map<string, Annotation>());
  byId.current = new Map(annotations.map((a) => [a.id, a]));
  const active = useRef(activeId);
  active.current = activeId;

  const paint = useMemo(
    () => (keys: string[]) => {
      for (const key of keys) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        const ids = index.idsOf(key);
        const records = ids.map((id) => byId.current.get(id)).filter((a): a is Annotation => a !== undefined);
        for (const c of [...element.classList]) if (PAINTED.test(c)) element.classList.remove(c);
        element.classList.add(...markClasses(records));
        if (active.current && ids.includes(active.current)) element.classList.add('highlight--active');
        element.dataset.annotationIds = ids.join(' ');
      }
    },
    [editor, index],
  );

  useEffect(() => index.register(editor, paint), [editor, index, paint]);
  // Only marks whose records changed, or which gain or lose "active", are painted again:
  // linking one span in a source with hundreds of highlights should not touch them all.
  const painted = useRef<{ byId: Map<string, Annotation>; activeId: string | null } | null>(null);
  useEffect(() => {
    const before = painted.current;
    painted.current = { byId: byId.current, activeId };
    if (!before) return paint(index.keys());
    const ids = new Set<string>();
    for (const [id, annotation] of byId.current) if (before.byId.get(id) !== annotation) ids.add(id);
    for (const id of before.byId.keys()) if (!byId.current.has(id)) ids.add(id);
    if (before.activeId !== activeId) for (const id of [before.activeId, activeId]) if (id) ids.add(id);
    const keys = new Set<string>();
    for (const id of ids) for (const key of index.keysOf(id)) keys.add(key);
    paint([...keys]);
  }, [annotations, activeId, paint, index]);

  useEffect(() => {
    if (!reveal) return;
    const elements = index.keysOf(reveal.id).map((k) => editor.getElementByKey(k)).filter((e): e is HTMLElement => e !== null);
    elements[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const element of elements) {
      element.classList.remove('highlight--flash');
      // Reading the layout restarts the animation when the same span is revealed twice.
      void element.offsetWidth;
      element.classList.add('highlight--flash');
    }
  }, [reveal, editor, index]);

  useEffect(() => {
    const markOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>('mark[data-annotation-ids]') : null);
    const over = (event: Event) => {
      const mark = markOf(event);
      if (!mark) return onHover(null);
      const rect = mark.getBoundingClientRect();
      onHover({ ids: (mark.dataset.annotationIds ?? '').split(' ').filter(Boolean), top: rect.bottom, left: rect.left });
    };
    const click = (event: Event) => {
      const ids = (markOf(event)?.dataset.annotationIds ?? '').split(' ').filter(Boolean);
      // The innermost (shortest) annotation is the one a click on an overlap most likely means.
      const length = (id: string) => {
        const p = byId.current.get(id)?.target.position;
        return p ? p.end - p.start : Infinity;
      };
      const chosen = [...ids].sort((a, b) => length(a) - length(b))[0];
      if (chosen && window.getSelection()?.isCollapsed !== false) store.activate(chosen);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mouseover', over);
      previous?.removeEventListener('click', click);
      root?.addEventListener('mouseover', over);
      root?.addEventListener('click', click);
    });
  }, [editor, store, onHover]);

  return null;
}
