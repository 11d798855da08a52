import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { SharedPassage } from '../../shared/compare';
import { alignedScrollTop, revealScrollTop, type AlignedPair, type Extent } from './alignment';

/** Where the elements matching `selector` sit in a column's scrolled content. */
function extentOf(column: HTMLElement, selector: string): Extent | null {
  const found = column.querySelectorAll(selector);
  const first = found[0];
  const last = found[found.length - 1];
  if (!first || !last) return null;
  const origin = column.getBoundingClientRect().top - column.scrollTop;
  return { top: first.getBoundingClientRect().top - origin, bottom: last.getBoundingClientRect().bottom - origin };
}

const passageSelector = (id: number) => `[data-passages~="${id}"]`;

/**
 * The columns' scrolling: revealing a record's first mention in each, bringing a shared
 * passage's partner level with it, and "keep aligned". A column scrolled by this code
 * fires a scroll event like one scrolled by the researcher; the position set is remembered
 * so that echo is not taken for the researcher's own scrolling and aligned back again.
 */
export function useColumnScroll(shared: readonly SharedPassage[], keepAligned: boolean) {
  const columns = useRef(new Map<string, HTMLElement>());
  const echoes = useRef(new Map<string, number>());
  const frame = useRef(0);
  const aligned = useRef(keepAligned);
  aligned.current = keepAligned;

  const scrollColumn = useCallback((sourceId: string, top: number) => {
    const column = columns.current.get(sourceId);
    if (!column || Math.abs(column.scrollTop - top) < 1) return;
    column.scrollTop = top;
    echoes.current.set(sourceId, column.scrollTop);
  }, []);

  const alignTo = useCallback(
    (driverId: string) => {
      const driver = columns.current.get(driverId);
      if (!driver) return;
      for (const [followerId, follower] of columns.current) {
        if (followerId === driverId) continue;
        const pairs: AlignedPair[] = [];
        shared.forEach((pair, id) => {
          const between = (pair.a.sourceId === driverId && pair.b.sourceId === followerId) || (pair.b.sourceId === driverId && pair.a.sourceId === followerId);
          const d = between ? extentOf(driver, passageSelector(id)) : null;
          const f = d ? extentOf(follower, passageSelector(id)) : null;
          if (d && f) pairs.push({ driver: d, follower: f });
        });
        scrollColumn(followerId, alignedScrollTop(driver, follower, pairs));
      }
    },
    [shared, scrollColumn],
  );

  const onScroll = useCallback(
    (sourceId: string) => {
      const column = columns.current.get(sourceId);
      const echo = echoes.current.get(sourceId);
      echoes.current.delete(sourceId);
      if (!column || (echo !== undefined && Math.abs(column.scrollTop - echo) <= 1)) return;
      if (!aligned.current) return;
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => alignTo(sourceId));
    },
    [alignTo],
  );
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  /** Each column to its first mention of the record; a column without one stays where it is. */
  const revealRecord = useCallback(
    (recordId: string) => {
      for (const [sourceId, column] of columns.current) {
        const mention = extentOf(column, `mark[data-record-ids~="${CSS.escape(recordId)}"]`);
        if (mention) scrollColumn(sourceId, revealScrollTop(mention, column));
      }
    },
    [scrollColumn],
  );

  /** The other columns' side of a shared passage brought level with this column's side. */
  const revealPartner = useCallback(
    (passageId: number, fromId: string) => {
      const from = columns.current.get(fromId);
      const mine = from && extentOf(from, passageSelector(passageId));
      if (!from || !mine) return;
      const offset = mine.top - from.scrollTop;
      for (const [sourceId, column] of columns.current) {
        const partner = sourceId === fromId ? null : extentOf(column, passageSelector(passageId));
        if (partner) scrollColumn(sourceId, Math.max(0, Math.min(partner.top - offset, column.scrollHeight - column.clientHeight)));
      }
    },
    [scrollColumn],
  );

  /** Ref callbacks per column, kept stable so React does not detach and reattach them on every render. */
  const refs = useMemo(() => {
    const made = new Map<string, (element: HTMLElement | null) => void>();
    return (sourceId: string) => {
      let ref = made.get(sourceId);
      if (!ref) {
        ref = (element) => {
          if (element) columns.current.set(sourceId, element);
          else columns.current.delete(sourceId);
        };
        made.set(sourceId, ref);
      }
      return ref;
    };
  }, []);

  return { refs, onScroll, alignTo, revealRecord, revealPartner };
}
