import type { ProposalTimeline, TimelineEvent, TimelineReport } from '../../../shared/compare/types';
import { useNotebook } from '../../state/stores';
import { firstReports } from './timelineReports';
import { eventTitle, longDay, reportLine, type SourceNames } from './timelineText';

type DetailsProps = { event: TimelineEvent; names: SourceNames; onOpenReport: (report: TimelineReport) => void };

/** The event under the pointer or chosen with the arrow keys: what, when, who, and who said so. */
export function TimelineDetails({ event, names, onOpenReport }: DetailsProps) {
  const [{ entities }] = useNotebook();
  const actor = event.actorId ? entities.find((e) => e.id === event.actorId)?.name : null;
  const first = new Set(firstReports(event.reports).map((r) => r.annotationId));
  return (
    <div className={`timeline-details timeline-details--${event.status}`} data-testid="timeline-details" aria-live="polite">
      <p className="timeline-details__title">
        <span className="timeline-details__swatch" aria-hidden="true" />
        {eventTitle(event)}
        {actor && <span className="timeline-details__actor"> · by {actor}</span>}
      </p>
      {event.note && <p className="timeline-details__note" dir="auto">{event.note}</p>}
      {event.reports.length === 0 ? (
        <p className="analysis__muted">No source reports this event yet: link a passage to it as evidence.</p>
      ) : (
        <ul className="timeline-details__reports" aria-label="Reported by">
          {event.reports.map((report) => (
            <li key={report.annotationId}>
              <button type="button" className="link" onClick={() => onOpenReport(report)} data-testid="timeline-report-link">
                {reportLine(report, first.has(report.annotationId), names)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The chart's data as a table for screen readers (the drawing itself is one image to them). */
export function TimelineDataTable({ timeline, names }: { timeline: ProposalTimeline; names: SourceNames }) {
  return (
    <table className="visually-hidden" data-testid="timeline-data">
      <caption>Status events of {timeline.title}, with the sources that reported each</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Date</th>
          <th scope="col">Note</th>
          <th scope="col">Reported by</th>
        </tr>
      </thead>
      <tbody>
        {timeline.events.map((event) => {
          const first = new Set(firstReports(event.reports).map((r) => r.annotationId));
          return (
            <tr key={event.eventId}>
              <th scope="row">{event.status.replaceAll('-', ' ')}</th>
              <td>{longDay(event.date)}</td>
              <td>{event.note}</td>
              <td>{event.reports.length ? event.reports.map((r) => reportLine(r, first.has(r.annotationId), names)).join('; ') : 'no source yet'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
