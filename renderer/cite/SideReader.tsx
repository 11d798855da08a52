import { useEffect, useMemo, useState } from 'react';
import { currentVersion, type Annotation, type Source } from '../../shared/model';
import { putCitationOnDrag } from '../brief/citeBus';
import { describeError } from '../logic/errors';
import { markClasses } from '../logic/highlightKinds';
import { useCite, useNotebook } from '../state/stores';
import { segmentHighlights, type Segment, type SegmentedParagraph } from './highlightSegments';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * "Read a source here": a source's text beside the brief, read-only, its highlights ready
 * to drag into the brief or to insert with a click (or Enter). Where highlights overlap,
 * the innermost one is the one cited.
 */
export function SideReader({ onInsert }: { onInsert: (a: Annotation) => void }) {
  const [{ sources }] = useNotebook();
  const [, cite] = useCite();
  const [sourceId, setSourceId] = useState('');
  const [shown, setShown] = useState<{ source: Source; annotations: Annotation[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ordered = useMemo(() => [...sources].sort((a, b) => byTitle.compare(a.title, b.title)), [sources]);

  useEffect(() => {
    let current = true;
    setShown(null);
    setError(null);
    if (sourceId) {
      void cite.readSource(sourceId).then((result) => {
        if (!current) return;
        if (result.ok) setShown(result.value);
        else setError(describeError(result.error));
      });
    }
    return () => {
      current = false;
    };
  }, [sourceId, cite]);

  return (
    <section className="context__section" aria-labelledby="side-reader-heading" data-testid="side-reader">
      <h2 id="side-reader-heading" className="context__heading">Read a source here</h2>
      <select className="field side-reader__pick" aria-label="Source to read beside the brief" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
        <option value="">Choose a source…</option>
        {ordered.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
      </select>
      {error && <p className="context__error" role="alert">{error}</p>}
      {shown && <SideText source={shown.source} annotations={shown.annotations} onInsert={onInsert} />}
    </section>
  );
}

function SideText({ source, annotations, onInsert }: { source: Source; annotations: Annotation[]; onInsert: (a: Annotation) => void }) {
  const paragraphs = useMemo(() => withoutHeadline(segmentHighlights(currentVersion(source).text, annotations), source.title), [source, annotations]);
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const innermost = (segment: Segment) =>
    segment.ids
      .map((id) => byId.get(id))
      .filter((a): a is Annotation => a !== undefined)
      .sort((a, b) => a.target.position.end - a.target.position.start - (b.target.position.end - b.target.position.start))[0];
  return (
    <div className="side-reader__text" dir={source.direction === 'auto' ? undefined : source.direction} lang={source.language ?? undefined} data-testid="side-reader-text">
      {paragraphs.map((p) => (
        <p key={p.start} dir="auto">
          {p.segments.map((segment) => {
            const annotation = innermost(segment);
            if (!annotation) return <span key={segment.start}>{segment.text}</span>;
            const covering = segment.ids.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined);
            return (
              <mark
                key={segment.start}
                className={['highlight', 'side-reader__mark', ...markClasses(covering)].join(' ')}
                draggable
                tabIndex={0}
                role="button"
                title="Drag into the brief, or click to insert this citation"
                data-annotation-ids={segment.ids.join(' ')}
                onDragStart={(event) => putCitationOnDrag(event.dataTransfer, annotation)}
                onClick={() => onInsert(annotation)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' && event.key !== ' ') return;
                  event.preventDefault();
                  onInsert(annotation);
                }}
              >
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/** The text usually starts with the headline ("# " in Markdown); the heading above already says it. */
function withoutHeadline(paragraphs: SegmentedParagraph[], title: string): SegmentedParagraph[] {
  const [first, ...rest] = paragraphs;
  const headline = first?.segments.map((s) => s.text).join('').replace(/^#{1,6}[^\S\n]+/, '');
  return headline === title && first?.segments.every((s) => s.ids.length === 0) ? rest : paragraphs;
}
