import type { ReactNode } from 'react';
import { NewBriefButton } from '../cite/NewBriefButton';
import { useNotebook, useWorkspace } from '../state/stores';
import type { ItemKind, Section } from '../state/WorkspaceStore';
import { EmptyState } from './EmptyState';

type Row = { id: string; title: string; details: string };

const EMPTY: Record<Exclude<Section, 'sources'>, { title: string; hint: ReactNode }> = {
  entities: {
    title: 'No entities yet',
    hint: 'Entities are the people, organisations and places your sources mention. Open a source, select a name in its text and link it to an entity.',
  },
  proposals: {
    title: 'No proposals yet',
    hint: 'A proposal follows one offer through the talks: who made it, its terms and its status. Select a passage in a source that describes one and link it to a proposal.',
  },
  briefs: {
    title: 'No briefs yet',
    hint: 'A brief is where you write up what the sources show, citing the passages you annotated. Start one with New brief, or choose Cite in brief on an annotation.',
  },
};

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const KIND: Record<Exclude<Section, 'sources'>, ItemKind> = { entities: 'entity', proposals: 'proposal', briefs: 'brief' };

/** Entities, proposals and briefs: simple lists until their own pages grow richer. */
export function RecordNavigator({ section }: { section: Exclude<Section, 'sources'> }) {
  const [notebook] = useNotebook();
  const [{ open }, workspace] = useWorkspace();
  const unsorted: Row[] =
    section === 'entities'
      ? notebook.entities.map((e) => ({ id: e.id, title: e.name, details: e.kind }))
      : section === 'proposals'
        ? notebook.proposals.map((p) => ({ id: p.id, title: p.title, details: p.statusEvents.at(-1)?.status ?? '' }))
        : notebook.briefs.map((b) => ({ id: b.id, title: b.title, details: '' }));
  const rows = unsorted.sort((a, b) => byName.compare(a.title, b.title));

  // Briefs are started here; entities and proposals come from their own navigators or from the reader.
  const tools = section === 'briefs' ? <NewBriefButton /> : null;
  if (rows.length === 0) {
    const empty = EMPTY[section];
    return (
      <>
        {tools}
        <EmptyState title={empty.title} testId={`${section}-empty`}>
          {empty.hint}
        </EmptyState>
      </>
    );
  }
  const kind = KIND[section];
  const label = section.charAt(0).toUpperCase() + section.slice(1);
  return (
    <>
      {tools}
      <ul className="item-list" aria-label={label}>
        {rows.map((row) => (
          <li key={row.id} data-testid={`${kind}-item`}>
            <button
              type="button"
              className="item-list__item"
              aria-current={open?.kind === kind && open.id === row.id ? 'page' : undefined}
              onClick={() => workspace.open({ kind, id: row.id })}
            >
              <span className="item-list__title" dir="auto">
                {row.title}
              </span>
              {row.details && <span className="item-list__details">{row.details.replace('-', ' ')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
