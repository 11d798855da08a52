import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ParleyApi } from '../../shared/contract';
import { AnalysisStore, type AnalysisState } from '../compare/analysis/AnalysisStore';
import { CompareStore, type CompareState } from '../compare/CompareStore';
import { AnnotateStore, type AnnotateState } from './AnnotateStore';
import { BoilerplateStore, type BoilerplateState } from './BoilerplateStore';
import { BriefStore, type BriefState } from './BriefStore';
import { CiteStore, type CiteState } from './CiteStore';
import { EntityStore, type EntityState } from './EntityStore';
import { MentionCountStore, type MentionCountState } from './MentionCountStore';
import { MentionStore, type MentionState } from './MentionStore';
import { ImportStore, type ImportState } from './ImportStore';
import { MetadataStore, type MetadataState } from './MetadataStore';
import { NotebookStore, type NotebookState } from './NotebookStore';
import { ProposalStore, type ProposalState } from './ProposalStore';
import { ReaderStore, type ReaderState } from './ReaderStore';
import { SearchStore, type SearchState } from './SearchStore';
import type { Store } from './Store';
import { SuggestionStore, type SuggestionState } from './SuggestionStore';
import { TextVersionStore, type TextVersionState } from './TextVersionStore';
import { WorkspaceStore, type WorkspaceState } from './WorkspaceStore';

export type Stores = {
  notebook: NotebookStore;
  workspace: WorkspaceStore;
  reader: ReaderStore;
  imports: ImportStore;
  metadata: MetadataStore;
  boilerplate: BoilerplateStore;
  annotate: AnnotateStore;
  textVersions: TextVersionStore;
  mentions: MentionStore;
  entities: EntityStore;
  proposals: ProposalStore;
  mentionCounts: MentionCountStore;
  suggestions: SuggestionStore;
  cite: CiteStore;
  brief: BriefStore;
  compare: CompareStore;
  analysis: AnalysisStore;
  search: SearchStore;
};

export function createStores(api: ParleyApi): Stores {
  const notebook = new NotebookStore(api);
  const workspace = new WorkspaceStore();
  const reader = new ReaderStore(api);
  const metadata = new MetadataStore(api, notebook, reader);
  const boilerplate = new BoilerplateStore(api, notebook, reader);
  const imports = new ImportStore(api, notebook, workspace, metadata);
  const annotate = new AnnotateStore(api, notebook, reader);
  const textVersions = new TextVersionStore(api, notebook, reader);
  const mentionCounts = new MentionCountStore(api, notebook);
  const mentions = new MentionStore(api, notebook, mentionCounts);
  const entities = new EntityStore(api, notebook, workspace, mentions);
  const proposals = new ProposalStore(api, notebook);
  const cite = new CiteStore(api, notebook, workspace, annotate);
  return { notebook, workspace, reader, imports, metadata, boilerplate, annotate, textVersions, mentions, entities, proposals, mentionCounts, suggestions: new SuggestionStore(api), cite, brief: new BriefStore(api, notebook, workspace), compare: new CompareStore(api), analysis: new AnalysisStore(api), search: new SearchStore(api, workspace) };
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('Parley components must be rendered inside <StoresProvider>');
  return stores;
}

/** Reads a store's state; React re-renders the caller whenever the store publishes a change. */
function useStoreState<State extends object>(store: Store<State>): State {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Each hook returns the store's current state and the store itself for actions. */
export function useNotebook(): [NotebookState, NotebookStore] {
  const { notebook } = useStores();
  return [useStoreState(notebook), notebook];
}

export function useWorkspace(): [WorkspaceState, WorkspaceStore] {
  const { workspace } = useStores();
  return [useStoreState(workspace), workspace];
}

export function useReader(): [ReaderState, ReaderStore] {
  const { reader } = useStores();
  return [useStoreState(reader), reader];
}

export function useImports(): [ImportState, ImportStore] {
  const { imports } = useStores();
  return [useStoreState(imports), imports];
}

export function useMetadata(): [MetadataState, MetadataStore] {
  const { metadata } = useStores();
  return [useStoreState(metadata), metadata];
}

export function useBoilerplate(): [BoilerplateState, BoilerplateStore] {
  const { boilerplate } = useStores();
  return [useStoreState(boilerplate), boilerplate];
}

export function useAnnotate(): [AnnotateState, AnnotateStore] {
  const { annotate } = useStores();
  return [useStoreState(annotate), annotate];
}

export function useTextVersions(): [TextVersionState, TextVersionStore] {
  const { textVersions } = useStores();
  return [useStoreState(textVersions), textVersions];
}

export function useMentions(): [MentionState, MentionStore] {
  const { mentions } = useStores();
  return [useStoreState(mentions), mentions];
}

export function useEntities(): [EntityState, EntityStore] {
  const { entities } = useStores();
  return [useStoreState(entities), entities];
}

export function useProposals(): [ProposalState, ProposalStore] {
  const { proposals } = useStores();
  return [useStoreState(proposals), proposals];
}

export function useMentionCounts(): [MentionCountState, MentionCountStore] {
  const { mentionCounts } = useStores();
  return [useStoreState(mentionCounts), mentionCounts];
}

export function useSuggestions(): [SuggestionState, SuggestionStore] {
  const { suggestions } = useStores();
  return [useStoreState(suggestions), suggestions];
}

export function useCite(): [CiteState, CiteStore] {
  const { cite } = useStores();
  return [useStoreState(cite), cite];
}

export function useBrief(): [BriefState, BriefStore] {
  const { brief } = useStores();
  return [useStoreState(brief), brief];
}

export function useCompare(): [CompareState, CompareStore] {
  const { compare } = useStores();
  return [useStoreState(compare), compare];
}

export function useAnalysis(): [AnalysisState, AnalysisStore] {
  const { analysis } = useStores();
  return [useStoreState(analysis), analysis];
}

export function useSearch(): [SearchState, SearchStore] {
  const { search } = useStores();
  return [useStoreState(search), search];
}
