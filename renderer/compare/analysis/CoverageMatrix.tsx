import { useEffect, useState } from 'react';
import { formatPublished, formatPublishedShort } from '../../logic/dates';
import { useAnalysis, useMentionCounts, useNotebook } from '../../state/stores';
import { coverageKey } from './AnalysisStore';
import { CoverageGrid } from './CoverageGrid';
import { CoverageMentions } from './CoverageMentions';
import { arrangeCoverage, columnLabels, SORT_LABELS, type CoverageSort, type KindFilter } from './coverageMatrix';

type Props = {
  /** The sources to compare, in column order; every source in the notebook when left out. */
  sourceIds?: string[];
  /** Called after a mention was opened (a dialog showing the matrix closes then). */
  onOpenMention?: () => void;
};

/** Records × sources: how often each source mentions each record, and which passages. */
export function CoverageMatrix({ sourceIds, onOpenMention }: Props) {
  const [analysis, store] = useAnalysis();
  const [notebook] = useNotebook();
  const [{ counts }] = useMentionCounts();
  const [sort, setSort] = useState<CoverageSort>('shared');
  const [kind, setKind] = useState<KindFilter>('all');
  const [chosen, setChosen] = useState<{ recordId: string; sourceId: string } | null>(null);
  const key = coverageKey(sourceIds);
  // Asked again when records, sources or mention counts change: a new link changes the counts.
  useEffect(() => {
    void store.loadCoverage(key === '*' ? undefined : key.split(','));
  }, [key, store, notebook.sources, notebook.entities, notebook.proposals, counts]);

  const loaded = analysis.coverage[key];
  if (!loaded || loaded.status === 'loading') return <p className="analysis__muted" data-testid="coverage-matrix">Counting mentions…</p>;
  if (loaded.status === 'failed') return <p className="analysis__error" role="alert" data-testid="coverage-matrix">{loaded.message}</p>;

  const { sources: allSources, coverage } = loaded.value;
  const sources = sourceIds?.length ? sourceIds.flatMap((id) => allSources.filter((s) => s.id === id)) : allSources;
  const ids = sources.map((s) => s.id);
  const rows = arrangeCoverage(coverage, ids, sort, kind);
  const labels = columnLabels(sources);
  const columns = sources.map((s) => ({
    id: s.id,
    label: labels[s.id] ?? s.title,
    date: formatPublishedShort(s.publishedAt),
    tooltip: [s.title, s.outlet, formatPublished(s.publishedAt)].filter(Boolean).join(' · '),
  }));
  const chosenRow = chosen && rows.find((r) => r.recordId === chosen.recordId);
  const chosenSource = chosen && sources.find((s) => s.id === chosen.sourceId);

  return (
    <section className="coverage" data-testid="coverage-matrix" aria-label="Coverage: records by source">
      <div className="coverage__controls">
        <label className="coverage__control">
          Sort
          <select className="field" value={sort} onChange={(e) => setSort(e.target.value as CoverageSort)}>
            {Object.entries(SORT_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label className="coverage__control">
          Show
          <select className="field" value={kind} onChange={(e) => setKind(e.target.value as KindFilter)}>
            <option value="all">Entities and proposals</option>
            <option value="entity">Entities</option>
            <option value="proposal">Proposals</option>
          </select>
        </label>
      </div>
      {coverage.length === 0 || sources.length === 0 ? (
        <p className="analysis__muted">No mentions to count yet. Select a passage in a source and link it to an entity or a proposal.</p>
      ) : rows.length === 0 ? (
        <p className="analysis__muted">None of these sources mentions a record of this kind.</p>
      ) : (
        <>
          <p className="coverage__legend">
            A cell counts the passages a source links to a record; darker means more.
            {sources.length > 1 && <> <span className="coverage__only">only 1 source</span> marks a record one source alone mentions.</>}
          </p>
          <CoverageGrid rows={rows} columns={columns} chosen={chosen} onChoose={setChosen} />
        </>
      )}
      {chosenRow && chosenSource && <CoverageMentions row={chosenRow} source={chosenSource} onOpen={onOpenMention} onClose={() => setChosen(null)} />}
    </section>
  );
}
