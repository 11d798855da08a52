import { useCallback, useEffect, useMemo } from 'react';
import type { Comparison } from '../../shared/compare';
import type { Annotation } from '../../shared/model';
import { useCompare, useWorkspace } from '../state/stores';
import { CompareColumn } from './CompareColumn';
import type { ComparedSource } from './CompareStore';
import { recordForClick } from './legend';
import { passagesOf, uniqueOf } from './passages';
import { useColumnScroll } from './useColumnScroll';

/** The compared sources in columns, their highlights and passages lit together. */
export function SideBySide({ sourceIds, comparison, columns }: { sourceIds: string[]; comparison: Comparison; columns: ReadonlyMap<string, ComparedSource> }) {
  const [{ active, hovered, overlays, keepAligned }, store] = useCompare();
  const [, workspace] = useWorkspace();
  const scroll = useColumnScroll(comparison.shared, keepAligned);
  const { alignTo, revealRecord } = scroll;

  const titles = useMemo(() => new Map([...columns.values()].map(({ source }) => [source.id, source.outlet ?? source.title])), [columns]);
  const overlaysBySource = useMemo(
    () => new Map(sourceIds.map((id) => [id, { passages: passagesOf(comparison, id), unique: uniqueOf(comparison, id) }])),
    [comparison, sourceIds],
  );

  // A record chosen in the legend or in a column: each column scrolls to its first mention.
  useEffect(() => {
    if (active) revealRecord(active.recordId);
  }, [active, revealRecord]);
  // Turning "keep aligned" on lines the others up with the first column.
  const first = sourceIds[0];
  useEffect(() => {
    if (keepAligned && first) alignTo(first);
  }, [keepAligned, alignTo, first]);

  const onPickHighlight = useCallback((annotations: Annotation[]) => {
    const recordId = recordForClick(annotations, store.getSnapshot().active?.recordId ?? null);
    if (recordId) store.select(recordId);
  }, [store]);
  const onHover = useCallback((ids: number[]) => store.hover(ids), [store]);

  const move = (index: number, by: -1 | 1) => {
    const order = [...sourceIds];
    const [moved] = order.splice(index, 1);
    order.splice(index + by, 0, moved!);
    workspace.compare(order);
  };

  return (
    <div className="compare-columns" style={{ gridTemplateColumns: `repeat(${sourceIds.length}, minmax(0, 1fr))` }} data-lit={active ? '' : undefined}>
      {sourceIds.map((id, index) => {
        const compared = columns.get(id);
        const overlay = overlaysBySource.get(id);
        if (!compared || !overlay) return null;
        return (
          <CompareColumn
            key={id}
            compared={compared}
            place={{ index, count: sourceIds.length }}
            passages={overlay.passages}
            unique={overlay.unique}
            titles={titles}
            activeRecordId={active?.recordId ?? null}
            hovered={hovered}
            overlays={overlays}
            scrollRef={scroll.refs(id)}
            onScroll={() => scroll.onScroll(id)}
            onMove={(by) => move(index, by)}
            onRemove={() => workspace.compare(sourceIds.filter((s) => s !== id))}
            onOpen={() => workspace.open({ kind: 'source', id })}
            onPickHighlight={onPickHighlight}
            onHover={onHover}
            onRevealPartner={(passageId) => scroll.revealPartner(passageId, id)}
          />
        );
      })}
    </div>
  );
}
