import { Menu, dialog, shell } from 'electron';
import { mkdir } from 'node:fs/promises';
import type { AppCommand } from '../../shared/app-commands';
import { RecentList } from '../core/session/recent';
import { COMMAND_CHANNEL } from './channel';
import { buildMenuTemplate, type MenuAction } from './menu-template';

export interface AppMenuOptions {
  readonly configFolder: string;
  /** Does the window in front have a notebook open? */
  readonly hasNotebook: () => boolean;
  /** The page in front, to run a command as its palette would; undefined without a window. */
  readonly focusedPage: () => Electron.WebContents | undefined;
  /** The commands the shell runs itself: the notebook dialogs and recent notebooks. */
  readonly runInShell: (command: AppCommand) => Promise<void>;
  readonly logFolder: string;
  readonly onError: (error: unknown, context: string) => void;
}

/** Commands that open or create a notebook: main's dialogs and windows do those, not the page. */
const SHELL_COMMANDS = new Set<string>(['new-notebook', 'open-notebook', 'open-recent', 'open-sample']);

/**
 * The application menu, kept in step with the recent list and the window in front. Menu
 * choices that belong to the page go to the focused page over one channel; the rest are
 * the shell's.
 */
export class AppMenu {
  private readonly recent: RecentList;
  /** Rebuilds are serialised: a stale recent list must not overwrite a newer one. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: AppMenuOptions) {
    this.recent = new RecentList(options.configFolder);
  }

  refresh(): void {
    this.queue = this.queue
      .then(async () => {
        const template = buildMenuTemplate(
          { platform: process.platform, recent: await this.recent.read(), hasNotebook: this.options.hasNotebook() },
          (action) => this.run(action),
        );
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      })
      .catch((error: unknown) => this.options.onError(error, 'building the menu'));
  }

  private run(action: MenuAction): void {
    const done = this.perform(action).catch((error: unknown) => {
      this.options.onError(error, `the menu command ${action.id}`);
      dialog.showErrorBox('Parley could not do that', error instanceof Error ? error.message : String(error));
    });
    void done;
  }

  private async perform(action: MenuAction): Promise<void> {
    if (action.id === 'clear-recent') {
      await this.recent.write([]);
      return this.refresh();
    }
    if (action.id === 'open-log-folder') {
      // Nothing may have been logged yet; an empty folder is still the right place to show.
      await mkdir(this.options.logFolder, { recursive: true });
      const problem = await shell.openPath(this.options.logFolder);
      if (problem) throw new Error(`The log folder ${this.options.logFolder} could not be opened: ${problem}`);
      return;
    }
    if (SHELL_COMMANDS.has(action.id)) return this.options.runInShell(action);
    this.options.focusedPage()?.send(COMMAND_CHANNEL, action);
  }
}
