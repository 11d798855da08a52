import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProposalTimeline, TimelineReport } from '../../../shared/compare/types';
import { statusLabel } from '../../logic/timeline';
import { useAnalysis, useNotebook, useWorkspace } from '../../state/stores';
import { TimelineDataTable, TimelineDetails } from './TimelineDetails';
import { layoutTimeline } from './timelineLayout';
import { TimelineSvg } from './TimelineSvg';
import { shortDay, sourceNames, summariseTimeline } from './timelineText';

/** A proposal's status events on a date axis, with who reported each and when. */
export function TimelineChart({ proposalId }: { proposalId: string }) {
  const [{ timelines }, store] = useAnalysis();
  const [notebook] = useNotebook();
  const rev = notebook.proposals.find((p) => p.id === proposalId)?.rev;
  useEffect(() => {
    void store.loadTimeline(proposalId);
  }, [proposalId, rev, notebook.sources, store]);

  const loaded = timelines[proposalId];
  return (
    <section className="facts-section analysis-section" data-testid="timeline-chart" aria-labelledby="timeline-chart-heading">
      <h2 id="timeline-chart-heading" className="record__heading">Timeline</h2>
      <p className="analysis__intro">Each status on its date, and the sources that reported it at their publication dates.</p>
      {!loaded || loaded.status === 'loading' ? (
        <p className="analysis__muted">Placing events on the calendar…</p>
      ) : loaded.status === 'failed' ? (
        <p className="analysis__error" role="alert">{loaded.message}</p>
      ) : loaded.value.events.length === 0 ? (
        <p className="analysis__muted">No status events yet. Add one under “Status timeline”, or link a passage that reports a step with the role “status”.</p>
      ) : (
        <Chart timeline={loaded.value} />
      )}
    </section>
  );
}

function Chart({ timeline }: { timeline: ProposalTimeline }) {
  const [, workspace] = useWorkspace();
  const [selected, setSelected] = useState(0);
  const [frame, width] = useWidth();
  const names = useMemo(() => sourceNames(timeline.sources), [timeline.sources]);
  const layout = useMemo(() => layoutTimeline(timeline, { sourceName: names.short, formatDay: (iso) => shortDay(iso), width }), [timeline, names, width]);
  const current = Math.min(selected, timeline.events.length - 1);
  const event = timeline.events[current];
  const statuses = [...new Set(timeline.events.map((e) => e.status))];
  const openReport = (report: TimelineReport) => workspace.open({ kind: 'source', id: report.sourceId, at: report.annotationId });
  // The chart is one stop for Tab; arrows step through its events (in date order).
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    setSelected((current + step + timeline.events.length) % timeline.events.length);
  };

  return (
    <figure className="timeline-chart">
      <ul className="timeline-chart__legend" aria-label="Statuses">
        {statuses.map((status) => (
          <li key={status} className={`timeline-chart__key timeline-chart__key--${status}`}>{statusLabel(status)}</li>
        ))}
        <li className="timeline-chart__key timeline-chart__key--report">a source reporting it, at its publication date</li>
      </ul>
      <div className="timeline-chart__frame" ref={frame}>
        <TimelineSvg layout={layout} summary={summariseTimeline(timeline, names)} names={names} selected={current} onSelect={setSelected} onOpenReport={openReport} onKeyDown={onKeyDown} />
      </div>
      <figcaption className="visually-hidden">Use the arrow keys on the chart to step through its events; the one chosen is described below it.</figcaption>
      {event && <TimelineDetails event={event} names={names} onOpenReport={openReport} />}
      <TimelineDataTable timeline={timeline} names={names} />
    </figure>
  );
}

/** The figure's width, followed as the window or the panes around it change size. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
