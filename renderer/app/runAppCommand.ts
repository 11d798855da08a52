import type { AppCommand, AppCommandId } from '../../shared/app-commands';
import type { ParleyApi } from '../../shared/contract';
import { describeError } from '../logic/errors';
import { saveExportedFile } from '../logic/download';
import type { NotebookStore } from '../state/NotebookStore';
import type { SearchStore } from '../state/SearchStore';
import type { WorkspaceStore } from '../state/WorkspaceStore';
import type { AppStore } from './AppStore';
import { formatTaken } from './backupWords';
import type { NoticeStore } from './NoticeStore';
import { showCompare, showReader } from './navigate';
import { chooseTheme, stepZoom } from './preferences';

/** The app's own dialogs, opened by commands. */
export type AppDialog =
  | 'new-notebook'
  | 'open-notebook'
  | 'export-brief'
  | 'export-annotations'
  | 'backups'
  | 'check'
  | 'about'
  | 'pick-sources'
  | 'pick-bundle';

export type CommandPlace = {
  api: ParleyApi;
  app: AppStore;
  notices: NoticeStore;
  notebook: NotebookStore;
  workspace: WorkspaceStore;
  search: SearchStore;
  openDialog: (dialog: AppDialog) => void;
  /** The hidden file pickers: sources to import, a bundle to open. */
  pick: (what: 'sources' | 'bundle') => void;
};

/** Commands that act on the open notebook; on the welcome screen they explain instead. */
const NEEDS_NOTEBOOK = new Set<AppCommandId>([
  'import-sources', 'export-brief', 'export-annotations', 'export-bundle', 'back-up-now', 'restore-backup',
  'check-notebook', 'close-notebook', 'show-reader', 'show-compare', 'show-search', 'show-shortcuts',
]);

const DIALOG_OF: Partial<Record<AppCommandId, AppDialog>> = {
  'new-notebook': 'new-notebook',
  'export-brief': 'export-brief',
  'export-annotations': 'export-annotations',
  'restore-backup': 'backups',
  'check-notebook': 'check',
  'show-about': 'about',
};

/** Carries out one menu or palette command, the same way whichever door asked. */
export async function runAppCommand(command: AppCommand, place: CommandPlace): Promise<void> {
  const { app, notices } = place;
  if (command.id === 'open-recent') {
    await app.open(command.path);
    return;
  }
  const id: AppCommandId = command.id;
  const open = app.getSnapshot().app?.notebook ?? null;
  if (NEEDS_NOTEBOOK.has(id) && !open) {
    if (id !== 'close-notebook') notices.say('Open or create a notebook first.');
    return;
  }
  // A menu command can arrive while the palette or Help is open: they make way. What an
  // earlier command could not do belongs to that one, not to this.
  place.search.closeDialog();
  app.say(null);
  const dialog = DIALOG_OF[id];
  if (dialog) return place.openDialog(dialog);
  switch (id) {
    case 'open-notebook':
      return openNotebook(place);
    case 'open-sample':
      await app.openSample();
      return;
    case 'close-notebook':
      await app.close();
      return;
    case 'import-sources':
      return place.pick('sources');
    case 'import-bundle':
      return place.pick('bundle');
    case 'export-bundle':
      return exportBundle(place);
    case 'back-up-now':
      return backUpNow(place);
    case 'show-reader':
      return showReader(place);
    case 'show-compare':
      return showCompare(place);
    case 'show-search':
      return place.search.searchFor();
    case 'show-shortcuts':
      return place.search.openDialog('help');
    case 'zoom-in':
    case 'zoom-out':
    case 'zoom-reset':
      stepZoom(id === 'zoom-in' ? 1 : id === 'zoom-out' ? -1 : 0);
      return;
    case 'theme-light':
    case 'theme-dark':
    case 'theme-system':
      chooseTheme(id === 'theme-light' ? 'light' : id === 'theme-dark' ? 'dark' : 'system');
      return;
  }
}

/** The desktop's folder dialog; the browser has none, so its own dialog asks for the folder. */
async function openNotebook({ app, openDialog }: CommandPlace): Promise<void> {
  if (app.getSnapshot().app?.door !== 'desktop') return openDialog('open-notebook');
  const path = await app.choose('open');
  if (path) await app.open(path);
}

async function exportBundle({ api, notices }: CommandPlace): Promise<void> {
  notices.say('Packing the notebook…');
  const bundle = await api['notebook.exportBundle']({});
  if (!bundle.ok) return notices.say(`Could not export the notebook. ${describeError(bundle.error)}`, 'problem');
  saveExportedFile(bundle.value);
  notices.say(`Exported the notebook as ${bundle.value.fileName}.`);
}

async function backUpNow({ api, notices }: CommandPlace): Promise<void> {
  const backup = await api['backups.create']({});
  if (!backup.ok) return notices.say(`Could not back up the notebook. ${describeError(backup.error)}`, 'problem');
  notices.say(`Backed up (${formatTaken(backup.value.createdAt)}). Restore from a backup… lists every backup.`);
}
