import { memo, useMemo, type MouseEvent } from 'react';
import type { Annotation } from '../../shared/model';
import { markClasses } from '../logic/highlightKinds';
import type { ColumnParagraph, ColumnSegment } from './columnSegments';
import { describePassage, type ColumnPassage } from './passages';

export type ColumnTextProps = {
  paragraphs: ColumnParagraph[];
  annotations: readonly Annotation[];
  passages: readonly ColumnPassage[];
  /** Source id → title, to say where a passage's partner is. */
  titles: ReadonlyMap<string, string>;
  activeRecordId: string | null;
  hovered: readonly number[];
  overlays: boolean;
  onPickHighlight: (annotations: Annotation[]) => void;
  onHover: (passageIds: number[]) => void;
  onRevealPartner: (passageId: number) => void;
};

/**
 * One column's text: highlights as marks coloured by record kind, shared passages as bars
 * in the margin (hover or focus one to light its partner, click to bring the partner
 * level), and a tint in the margin beside what only this source has.
 */
export const ColumnText = memo(function ColumnText(props: ColumnTextProps) {
  const { paragraphs, passages, titles, hovered, overlays, onHover } = props;
  const byPassage = useMemo(() => new Map(passages.map((p) => [p.id, p])), [passages]);
  const byId = useMemo(() => new Map(props.annotations.map((a) => [a.id, a])), [props.annotations]);
  const lit = new Set(hovered);
  // One listener for the whole column: the margin marker or run under the pointer says which passages it is in.
  const onMouseOver = (event: MouseEvent) => {
    if (!overlays) return;
    const target = event.target instanceof Element ? event.target : null;
    const marker = target?.closest<HTMLElement>('[data-passage]');
    const run = target?.closest<HTMLElement>('[data-passages]');
    const ids = marker?.dataset.passage ?? run?.dataset.passages;
    onHover(ids ? ids.split(' ').map(Number) : []);
  };
  return (
    <div className="compare-text" onMouseOver={onMouseOver} onMouseLeave={() => overlays && onHover([])}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} dir="auto" className="compare-text__paragraph">
          {overlays && (paragraph.passageIds.length > 0 || paragraph.unique) && (
            <span className="compare-text__margin">
              {paragraph.unique && <span className="compare-text__unique" title="Only in this source" data-testid="unique-passage" />}
              {paragraph.passageIds.map((id) => {
                const passage = byPassage.get(id);
                const label = passage ? describePassage(passage, titles.get(passage.partner.sourceId) ?? 'another source') : '';
                return (
                  <button
                    key={id}
                    type="button"
                    className={lit.has(id) ? 'compare-text__shared compare-text__shared--lit' : 'compare-text__shared'}
                    data-testid="shared-passage"
                    data-passage={id}
                    aria-label={`${label}: show it there`}
                    title={label}
                    onFocus={() => onHover([id])}
                    onBlur={() => onHover([])}
                    onClick={() => props.onRevealPartner(id)}
                  />
                );
              })}
            </span>
          )}
          {paragraph.segments.map((segment) => (
            <Run
              key={segment.start}
              segment={segment}
              byId={byId}
              activeRecordId={props.activeRecordId}
              overlays={overlays}
              lit={overlays && segment.passageIds.some((id) => lit.has(id))}
              onPick={props.onPickHighlight}
            />
          ))}
        </p>
      ))}
    </div>
  );
});

type RunProps = {
  segment: ColumnSegment;
  byId: ReadonlyMap<string, Annotation>;
  activeRecordId: string | null;
  overlays: boolean;
  /** In a shared passage the pointer or focus is on, here or in another column. */
  lit: boolean;
  onPick: (annotations: Annotation[]) => void;
};

function Run({ segment, byId, activeRecordId, overlays, lit, onPick }: RunProps) {
  const passages = segment.passageIds.length ? segment.passageIds.join(' ') : undefined;
  const passageClass = overlays && passages ? (lit ? 'compare-text__run--shared compare-text__run--lit' : 'compare-text__run--shared') : '';
  const covering = segment.annotationIds.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined);
  if (covering.length === 0) {
    return passages ? <span className={passageClass} data-passages={passages}>{segment.text}</span> : <>{segment.text}</>;
  }
  const records = [...new Set(covering.flatMap((a) => a.links.map((l) => l.recordId)))];
  const active = activeRecordId !== null && records.includes(activeRecordId);
  return (
    <mark
      className={['highlight', ...markClasses(covering), active ? 'compare-mark--active' : '', passageClass].filter(Boolean).join(' ')}
      data-annotation-ids={segment.annotationIds.join(' ')}
      data-record-ids={records.join(' ')}
      data-passages={passages}
      onClick={() => onPick(covering)}
    >
      {segment.text}
    </mark>
  );
}
