import type { Proposal, Stance, StatusEvent } from '../model';
import { formatPublished } from '../model/publishedDate';
import { headingNode, listNode, paragraphNode, recordMentionNode, textNode } from './build';
import { TEXT_FORMAT, type BriefNodeJson } from './document';
import { withCitations, type DraftContext } from './draftCitations';
import { EXPORT_LOCALE } from './references';

/**
 * A proposal's draft: its title and summary, who is behind it, then its terms, its status
 * timeline and the parties' positions, each fact followed by the citations of its evidence.
 * Sections with nothing in them are left out rather than drafted empty. The record's name
 * is a second-level heading: every export puts the brief's own title above it.
 */
export function proposalDraft(proposal: Proposal, context: DraftContext): BriefNodeJson[] {
  const blocks: BriefNodeJson[] = [headingNode('h2', [textNode(proposal.title)])];
  if (proposal.summary.trim() !== '') blocks.push(paragraphNode([textNode(proposal.summary)]));
  for (const [role, ids] of [['Proposed by', proposal.proposedBy], ['Mediators', proposal.mediators], ['Parties', proposal.parties]] as const) {
    if (ids.length > 0) blocks.push(paragraphNode([bold(`${role}: `), ...joined(ids.map((id) => entityChip(id, context)))]));
  }
  if (proposal.terms.length > 0) {
    blocks.push(
      section('Terms'),
      listNode(
        'bullet',
        proposal.terms.map((term) => withCitations([bold(term.label), ...(term.value ? [textNode(`: ${term.value}`)] : [])], term.evidence, context)),
      ),
    );
  }
  if (proposal.statusEvents.length > 0) {
    blocks.push(section('Status'), listNode('bullet', timeline(proposal.statusEvents).map((event) => withCitations(statusLine(event, context), event.evidence, context))));
  }
  if (proposal.positions.length > 0) {
    blocks.push(
      section('Positions'),
      listNode(
        'bullet',
        proposal.positions.map((position) =>
          withCitations([entityChip(position.partyId, context), textNode(` ${STANCE_VERB[position.stance]}`), ...note(position.note)], position.evidence, context),
        ),
      ),
    );
  }
  return blocks;
}

const STANCE_VERB: Record<Stance, string> = { supports: 'supports', rejects: 'rejects', conditions: 'sets conditions', undecided: 'is undecided' };

/** "Accepted, 4 March 2031, by Northern Coalition — with monitors". */
function statusLine(event: StatusEvent, context: DraftContext): BriefNodeJson[] {
  const label = event.status.replaceAll('-', ' ');
  const date = event.date ? formatPublished({ precision: 'day', date: event.date }, EXPORT_LOCALE) : 'date unknown';
  const actor = event.actorId ? [textNode(', by '), entityChip(event.actorId, context)] : [];
  return [bold(label.charAt(0).toUpperCase() + label.slice(1)), textNode(`, ${date}`), ...actor, ...note(event.note)];
}

/** Dated events by date, then undated ones; each day's events in the order recorded. */
function timeline(events: readonly StatusEvent[]): StatusEvent[] {
  const byDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => byDate(a.event.date, b.event.date) || a.order - b.order)
    .map(({ event }) => event);
}

/** A chip bound to the entity, labelled with its name now; a party no longer in the notebook stays as words. */
function entityChip(id: string, context: DraftContext): BriefNodeJson {
  const entity = context.entities.get(id);
  return entity ? recordMentionNode('entity', id, entity.name) : textNode('(an entity no longer in the notebook)');
}

function joined(nodes: BriefNodeJson[]): BriefNodeJson[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [textNode(', '), node]));
}

function note(text: string): BriefNodeJson[] {
  return text.trim() === '' ? [] : [textNode(` — ${text.trim()}`)];
}

function bold(text: string): BriefNodeJson {
  return textNode(text, TEXT_FORMAT.bold);
}

function section(title: string): BriefNodeJson {
  return headingNode('h3', [textNode(title)]);
}
