import { useMemo } from 'react';
import { currentVersion, type Annotation } from '../../shared/model';
import { formatPublished, formatPublishedShort } from '../logic/dates';
import { segmentColumn, withoutHeadline } from './columnSegments';
import type { ComparedSource } from './CompareStore';
import { ColumnMenu } from './ColumnMenu';
import { ColumnText } from './ColumnText';
import type { ColumnPassage } from './passages';

export type ColumnPlace = { index: number; count: number };

type Props = {
  compared: ComparedSource;
  place: ColumnPlace;
  passages: readonly ColumnPassage[];
  unique: readonly { start: number; end: number }[];
  titles: ReadonlyMap<string, string>;
  activeRecordId: string | null;
  hovered: readonly number[];
  overlays: boolean;
  scrollRef: (element: HTMLElement | null) => void;
  onScroll: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onOpen: () => void;
  onPickHighlight: (annotations: Annotation[]) => void;
  onHover: (passageIds: number[]) => void;
  onRevealPartner: (passageId: number) => void;
};

/** One compared source: its header with the column's controls, and its text scrolling on its own. */
export function CompareColumn({ compared, place, passages, unique, scrollRef, onScroll, onMove, onRemove, onOpen, ...text }: Props) {
  const { source, annotations } = compared;
  const body = currentVersion(source).text;
  const paragraphs = useMemo(
    () => withoutHeadline(segmentColumn(body, annotations, passages, unique), source.title),
    [body, annotations, passages, unique, source.title],
  );
  // The short date keeps the byline on one line beside the column's controls; its tooltip has the full one.
  const byline = [source.outlet, formatPublishedShort(source.publishedAt)].filter(Boolean).join(' · ');
  const fullByline = [source.outlet, formatPublished(source.publishedAt)].filter(Boolean).join(' · ');
  const number = place.index + 1;
  const headingId = `compare-column-${source.id}`;
  return (
    <section className="compare-column" aria-labelledby={headingId} data-testid="compare-column" data-source-id={source.id}>
      <header className="compare-column__header">
        <div className="compare-column__top">
          <span className="compare-column__number" aria-hidden="true">{number}</span>
          <h2 id={headingId} className="compare-column__title" dir="auto" data-testid="compare-column-title">
            <button type="button" className="link compare-column__open" title={`${source.title} — open in the reader`} onClick={onOpen}>
              {source.title}
            </button>
          </h2>
        </div>
        <div className="compare-column__meta">
          <p className="compare-column__byline" title={fullByline}>{byline}</p>
          <ColumnMenu place={place} onMove={onMove} onRemove={onRemove} onOpen={onOpen} />
        </div>
      </header>
      <div
        ref={scrollRef}
        className="compare-column__scroller"
        data-testid="compare-column-text"
        // The column scrolls with the keyboard too once focused.
        tabIndex={0}
        aria-label={`Text of ${source.title}`}
        dir={source.direction === 'auto' ? undefined : source.direction}
        lang={source.language ?? undefined}
        onScroll={onScroll}
      >
        {paragraphs.length === 0 ? <p className="compare-column__blank">This source has no text.</p> : <ColumnText paragraphs={paragraphs} annotations={annotations} passages={passages} {...text} />}
      </div>
    </section>
  );
}
