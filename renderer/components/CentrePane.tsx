import { BriefPane } from '../brief/BriefPane';
import { CompareView } from '../compare/CompareView';
import { useNotebook, useWorkspace } from '../state/stores';
import { EmptyState } from './EmptyState';
import { ImportProgress } from './ImportProgress';
import { ImportSummaryBanner } from './ImportSummaryBanner';
import { EntityPage } from './records/EntityPage';
import { ProposalPage } from './records/ProposalPage';
import { SearchPage } from '../search/SearchPage';
import { SourceReader } from './SourceReader';

/** The centre column: whatever the researcher opened, under the last import's summary. */
export function CentrePane() {
  return (
    // Focusable so that after the palette opens something, Tab continues from here.
    <main className="centre" aria-label="Open item" tabIndex={-1}>
      <ImportProgress />
      <ImportSummaryBanner />
      <OpenItem />
    </main>
  );
}

function OpenItem() {
  const [notebook] = useNotebook();
  const [{ open }] = useWorkspace();
  if (!open) {
    return notebook.sources.length === 0 ? (
      <EmptyState title="Import your first source" testId="welcome">
        Parley keeps the articles you follow side by side. Choose <strong>Import sources…</strong> at the top left,
        drop files onto this window, or use <strong>Paste text…</strong>. Parley reads .txt, .md, .html, .pdf and
        .docx files.
      </EmptyState>
    ) : (
      <EmptyState title="Choose a source to read" testId="welcome">
        Pick a source from the list on the left; it opens here.
      </EmptyState>
    );
  }
  const gone = <EmptyState title="This item is no longer in the notebook">It may have been deleted.</EmptyState>;
  switch (open.kind) {
    case 'source':
      return <SourceReader key={open.id} sourceId={open.id} />;
    case 'entity': {
      const entity = notebook.entities.find((e) => e.id === open.id);
      return entity ? <EntityPage key={entity.id} entity={entity} /> : gone;
    }
    case 'proposal': {
      const proposal = notebook.proposals.find((p) => p.id === open.id);
      return proposal ? <ProposalPage key={proposal.id} proposal={proposal} /> : gone;
    }
    case 'brief': {
      const brief = notebook.briefs.find((b) => b.id === open.id);
      return brief ? <BriefPane meta={brief} /> : gone;
    }
    case 'compare':
      return <CompareView sourceIds={open.sourceIds ?? open.id.split(',')} />;
    case 'search':
      return <SearchPage />;
  }
}
