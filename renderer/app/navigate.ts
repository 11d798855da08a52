import type { NotebookStore } from '../state/NotebookStore';
import type { WorkspaceStore } from '../state/WorkspaceStore';
import type { NoticeStore } from './NoticeStore';

type Place = { notebook: NotebookStore; workspace: WorkspaceStore; notices: NoticeStore };

/** Newest first by publication date, then by import: the source a person most likely means. */
function newestSources(notebook: NotebookStore): string[] {
  return [...notebook.getSnapshot().sources]
    .sort((a, b) => (b.publishedAt?.date ?? b.importedAt).localeCompare(a.publishedAt?.date ?? a.importedAt))
    .map((s) => s.id);
}

/** View › Reader: stays on the open source, else opens the newest one. */
export function showReader({ notebook, workspace, notices }: Place): void {
  const open = workspace.getSnapshot().open;
  if (open?.kind === 'source') return;
  const [newest] = newestSources(notebook);
  workspace.showSection('sources');
  if (newest) workspace.open({ kind: 'source', id: newest });
  else notices.say('There are no sources to read yet. Import some first.');
}

/**
 * View › Compare: the open source beside the newest other one (the columns can be changed
 * from there); a comparison already open stays.
 */
export function showCompare({ notebook, workspace, notices }: Place): void {
  const open = workspace.getSnapshot().open;
  if (open?.kind === 'compare') return;
  const newest = newestSources(notebook);
  const first = open?.kind === 'source' ? open.id : newest[0];
  const second = newest.find((id) => id !== first);
  if (!first || !second) return notices.say('Comparing needs at least two sources. Import another first.');
  workspace.compare([first, second]);
}
