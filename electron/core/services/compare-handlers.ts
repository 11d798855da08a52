import { compareTexts, coverage, proposalTimeline, termsTable } from '../../../shared/compare';
import type { Annotation, Proposal, SourceMeta } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

type CompareHandlers = Pick<Handlers, Extract<keyof Handlers, `compare.${string}`>>;

/** Comparison across sources: the store gathers, the pure functions in shared/compare judge. */
export function compareHandlers(store: NotebookStore): CompareHandlers {
  /** The sources asked for, in the order asked; an unknown id fails naming it. */
  const sourcesNamed = (ids: readonly string[]): SourceMeta[] => ids.map((id) => store.get('sources', id));
  const annotationsOf = (sources: readonly SourceMeta[]): Annotation[] => sources.flatMap((s) => store.annotations(s.id));
  const coverageOf = (sources: readonly SourceMeta[]) =>
    coverage({
      sourceIds: sources.map((s) => s.id),
      annotations: annotationsOf(sources),
      entities: store.list('entities'),
      proposals: store.list('proposals'),
    });

  return {
    'compare.sources': async ({ sourceIds }) => {
      const sources = sourcesNamed(sourceIds);
      const texts = sources.map((s) => ({ sourceId: s.id, text: store.currentVersion(s.id).text }));
      const { shared, unique } = compareTexts(texts);
      return { sources, shared, unique, coverage: coverageOf(sources) };
    },
    'compare.coverage': async ({ sourceIds }) => {
      const sources = sourceIds ? sourcesNamed(sourceIds) : [...store.list('sources')];
      return { sources, coverage: coverageOf(sources) };
    },
    'compare.terms': async ({ proposalId, sourceIds }) => {
      const proposal = store.get('proposals', proposalId);
      if (sourceIds) sourcesNamed(sourceIds);
      return termsTable({ proposal, sources: store.list('sources'), annotations: evidenceOf(store, proposal), sourceIds });
    },
    'compare.timeline': async ({ proposalId }) => {
      const proposal = store.get('proposals', proposalId);
      return proposalTimeline(proposal, store.list('sources'), evidenceOf(store, proposal));
    },
  };
}

/** The annotations a proposal's facts cite; evidence whose annotation was deleted is skipped. */
function evidenceOf(store: NotebookStore, proposal: Proposal): Annotation[] {
  const facts = [...proposal.terms, ...proposal.statusEvents, ...proposal.positions];
  const ids = new Set(facts.flatMap((fact) => fact.evidence));
  return [...ids].filter((id) => store.hasAnnotation(id)).map((id) => store.annotation(id));
}
