import type { KeyboardEvent } from 'react';
import type { TimelineReport } from '../../../shared/compare/types';
import { labelsThatFit } from './timelineScale';
import { statusLabel } from '../../logic/timeline';
import { CHART, type PlacedEvent, type TimelineLayout } from './timelineLayout';
import { reportLine, type SourceNames } from './timelineText';

type Props = {
  layout: TimelineLayout;
  summary: string;
  names: SourceNames;
  selected: number;
  onSelect: (index: number) => void;
  onOpenReport: (report: TimelineReport) => void;
  onKeyDown: (event: KeyboardEvent) => void;
};

const LEFT_EDGE = CHART.edge;
// Tick labels are centred on their tick, except where that would cut them at an edge.
const TICK_LABEL_HALF = 36;

/**
 * The chart: dates across the top, each status event a diamond on its date (coloured by
 * status), and the sources that reported it as dots at their publication dates on the same
 * line, so the gap between what happened and who said so first is what the eye sees.
 */
export function TimelineSvg({ layout, summary, names, selected, onSelect, onOpenReport, onKeyDown }: Props) {
  const { scale, width, height, undatedTop } = layout;
  const rightEdge = width - CHART.right;
  const tickAnchor = (x: number) => (x + TICK_LABEL_HALF > width ? 'end' : x - TICK_LABEL_HALF < 0 ? 'start' : 'middle');
  const shown = scale ? labelsThatFit(scale.ticks.map((t) => ({ x: scale.x(t.day), label: t.label, anchor: tickAnchor(scale.x(t.day)) }))) : [];
  return (
    <svg className="timeline-chart__svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary} tabIndex={0} onKeyDown={onKeyDown} data-testid="timeline-svg">
      {scale && (
        <g className="timeline-chart__axis">
          <line x1={scale.x(scale.from)} x2={scale.x(scale.to)} y1={CHART.axis - 6} y2={CHART.axis - 6} />
          {scale.ticks.map((tick, i) => (
            <g key={tick.day}>
              <line className="timeline-chart__grid" x1={scale.x(tick.day)} x2={scale.x(tick.day)} y1={CHART.axis - 10} y2={height - 4} />
              <text x={scale.x(tick.day)} y={CHART.axis - 14} textAnchor={tickAnchor(scale.x(tick.day))} data-testid="timeline-tick">{shown[i] ? tick.label : ''}</text>
            </g>
          ))}
        </g>
      )}
      {undatedTop !== null && (
        <g className="timeline-chart__undated-lane">
          <line x1={LEFT_EDGE} x2={rightEdge} y1={undatedTop} y2={undatedTop} />
          <text x={LEFT_EDGE} y={undatedTop + 16}>Undated</text>
        </g>
      )}
      {layout.events.map((placed) => (
        <EventMarks key={placed.event.eventId} placed={placed} names={names} selected={placed.index === selected} onSelect={onSelect} onOpenReport={onOpenReport} />
      ))}
    </svg>
  );
}

type EventProps = { placed: PlacedEvent; names: SourceNames; selected: boolean; onSelect: (index: number) => void; onOpenReport: (report: TimelineReport) => void };

function EventMarks({ placed, names, selected, onSelect, onOpenReport }: EventProps) {
  const { event, x, y, label, firstLabel, reports } = placed;
  const xs = [x, ...reports.flatMap((r) => (r.x === null ? [] : [r.x]))];
  const classes = ['timeline-chart__event', `timeline-chart__event--${event.status}`, placed.undated ? 'timeline-chart__event--undated' : '', selected ? 'is-selected' : ''];
  return (
    <g className={classes.join(' ')} data-testid="timeline-event" data-status={event.status} onMouseEnter={() => onSelect(placed.index)} onClick={() => onSelect(placed.index)}>
      <rect className="timeline-chart__band" x={placed.extent.start - 8} y={y - 26} width={placed.extent.end - placed.extent.start + 16} height={52} rx={4} />
      <line className="timeline-chart__link" x1={Math.min(...xs)} x2={Math.max(...xs)} y1={y} y2={y} />
      <path className="timeline-chart__marker" data-testid="timeline-marker" d={`M ${x} ${y - 7} L ${x + 7} ${y} L ${x} ${y + 7} L ${x - 7} ${y} Z`}>
        <title>{`${statusLabel(event.status)}${event.note ? `: ${event.note}` : ''}`}</title>
      </path>
      {reports.map((report) =>
        report.x === null ? null : (
          <circle
            key={report.annotationId}
            className={`timeline-chart__report${report.first ? ' timeline-chart__report--first' : ''}${report.approximate ? ' timeline-chart__report--approximate' : ''}`}
            data-testid="timeline-report"
            cx={report.x}
            cy={y + report.dy}
            r={report.first ? 5.5 : 4.5}
            onClick={(e) => {
              e.stopPropagation();
              onOpenReport(report);
            }}
          >
            <title>{`${reportLine(report, report.first, names)}${report.approximate ? ' (month only)' : ''} — click to open the passage`}</title>
          </circle>
        ),
      )}
      <text className="timeline-chart__label" x={label.x} y={y - 11} textAnchor={label.anchor}>{label.text}</text>
      {firstLabel && <text className="timeline-chart__first" x={firstLabel.x} y={y + 23} textAnchor="middle" data-testid="timeline-first">{firstLabel.text}</text>}
    </g>
  );
}

