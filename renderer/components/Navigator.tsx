import { useRef, type KeyboardEvent } from 'react';
import { CoverageButton } from '../compare/analysis/CoverageButton';
import { NavigatorSearch } from '../search/NavigatorSearch';
import { useNotebook, useWorkspace } from '../state/stores';
import type { Section } from '../state/WorkspaceStore';
import { ImportButton } from './ImportButton';
import { EntityNavigator } from './records/EntityNavigator';
import { ProposalNavigator } from './records/ProposalNavigator';
import { RecordNavigator } from './RecordNavigator';
import { SourceNavigator } from './SourceNavigator';

const SECTIONS: ReadonlyArray<{ id: Section; label: string }> = [
  { id: 'sources', label: 'Sources' },
  { id: 'entities', label: 'Entities' },
  { id: 'proposals', label: 'Proposals' },
  { id: 'briefs', label: 'Briefs' },
];

/** The left column: import, then one section of the notebook at a time, chosen by tabs. */
export function Navigator() {
  const [notebook] = useNotebook();
  const [{ section }, workspace] = useWorkspace();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  // Arrow keys move between tabs, as in every native tab strip (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + SECTIONS.length) % SECTIONS.length;
    const target = SECTIONS[next];
    if (target) workspace.showSection(target.id);
    tabs.current[next]?.focus();
  };

  const counts: Record<Section, number> = {
    sources: notebook.sources.length,
    entities: notebook.entities.length,
    proposals: notebook.proposals.length,
    briefs: notebook.briefs.length,
  };

  return (
    <nav className="navigator" aria-label="Notebook">
      <NavigatorSearch />
      <ImportButton />
      <div className="tabs" role="tablist" aria-label="Notebook sections">
        {SECTIONS.map((s, index) => (
          <button
            key={s.id}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${s.id}`}
            aria-selected={section === s.id}
            aria-controls={`panel-${s.id}`}
            tabIndex={section === s.id ? 0 : -1}
            className="tabs__tab"
            onClick={() => workspace.showSection(s.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {s.label} <span className="tabs__count">{counts[s.id]}</span>
          </button>
        ))}
      </div>
      <div className="navigator__panel" role="tabpanel" id={`panel-${section}`} aria-labelledby={`tab-${section}`}>
        {section === 'sources' && <CoverageButton />}
        {section === 'sources' ? <SourceNavigator /> : section === 'entities' ? <EntityNavigator /> : section === 'proposals' ? <ProposalNavigator /> : <RecordNavigator section={section} />}
      </div>
    </nav>
  );
}
