import type { Annotation, Proposal, ProposalTerm, SourceMeta } from '../model';
import { readFigures, sameFigure, type Figure } from './figures';
import { byPublication, placedEvidence } from './timeline';
import type { TermRow, TermsTable, TermWording } from './types';

export interface TermsInput {
  proposal: Proposal;
  /** The notebook's sources (at least every one the evidence is in). */
  sources: readonly SourceMeta[];
  /** The annotations the proposal's evidence names (missing ones are skipped). */
  annotations: readonly Annotation[];
  /** Columns to show; by default every source that has evidence for the proposal. */
  sourceIds?: readonly string[];
}

type Wording = TermWording & { found: Figure[] };

/**
 * A proposal's terms as each source words them, sources by publication date. A wording is
 * flagged when it gives a figure another source gives differently for the same kind of
 * quantity (48 hours against 72 hours; 200 prisoners against 250), and the row says how
 * each source puts it.
 */
export function termsTable(input: TermsInput): TermsTable {
  const annotations = new Map(input.annotations.map((a) => [a.id, a]));
  const wanted = input.sourceIds ? new Set(input.sourceIds) : evidenceSources(input.proposal, annotations);
  const columns = input.sources.filter((s) => wanted.has(s.id)).sort(byPublication);
  const labels = sourceLabels(columns);
  const rows = input.proposal.terms.map((term) => termRow(term, columns, annotations, labels));
  return { proposalId: input.proposal.id, sources: columns, rows };
}

function termRow(
  term: ProposalTerm,
  columns: readonly SourceMeta[],
  annotations: ReadonlyMap<string, Annotation>,
  labels: ReadonlyMap<string, string>,
): TermRow {
  const evidence = placedEvidence(term.evidence, annotations);
  const cells = new Map<string, Wording[]>(
    columns.map((s) => [s.id, evidence.filter((a) => a.sourceId === s.id).map(wording)]),
  );
  const figuresOf = (sourceId: string) => (cells.get(sourceId) ?? []).flatMap((w) => w.found);
  const disagreeing = new Set<string>();
  for (const [sourceId, wordings] of cells) {
    const others = columns.filter((s) => s.id !== sourceId).map((s) => figuresOf(s.id));
    for (const w of wordings) {
      const differing = w.found.filter((f) => others.some((theirs) => contradicts(f, theirs)));
      w.differs = differing.length > 0;
      for (const f of differing) disagreeing.add(f.kind);
    }
  }
  const sayings = columns.flatMap((s) => {
    const figures = distinct(figuresOf(s.id).filter((f) => disagreeing.has(f.kind)).map((f) => f.text));
    return figures.length > 0 ? [`${labels.get(s.id)}: ${figures.join(', ')}`] : [];
  });
  return {
    termId: term.id,
    label: term.label,
    value: term.value,
    cells: Object.fromEntries([...cells].map(([id, ws]) => [id, ws.map(({ found: _found, ...w }) => w)])),
    disagreement: sayings.length > 0 ? sayings.join('; ') : null,
  };
}

/** Another source gives this kind of quantity, and never this value. */
function contradicts(figure: Figure, theirs: readonly Figure[]): boolean {
  const sameKind = theirs.filter((f) => f.kind === figure.kind);
  return sameKind.length > 0 && !sameKind.some((f) => sameFigure(f, figure));
}

function wording(annotation: Annotation): Wording {
  const quote = annotation.target.quote.exact;
  const found = readFigures(quote);
  return { annotationId: annotation.id, quote, figures: distinct(found.map((f) => f.text)), differs: false, found };
}

/** Sources with evidence for any of the proposal's facts: one that reports its status but no term shows as an empty column. */
function evidenceSources(proposal: Proposal, annotations: ReadonlyMap<string, Annotation>): Set<string> {
  const facts = [...proposal.terms, ...proposal.statusEvents, ...proposal.positions];
  return new Set(facts.flatMap((fact) => placedEvidence(fact.evidence, annotations).map((a) => a.sourceId)));
}

/** By outlet, as a person names them; by title when there is no outlet or two columns share one. */
export function sourceLabels(sources: readonly SourceMeta[]): Map<string, string> {
  const outlets = sources.map((s) => s.outlet.trim());
  return new Map(
    sources.map((s, i) => {
      const outlet = outlets[i]!;
      const shared = outlets.filter((o) => o === outlet).length > 1;
      return [s.id, !outlet ? `“${s.title}”` : shared ? `${outlet}, “${s.title}”` : outlet];
    }),
  );
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
