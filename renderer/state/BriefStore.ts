import type { ExportedFile, ExportFormat, ParleyApi } from '../../shared/contract';
import type { Annotation, Brief } from '../../shared/model';
import { BriefSaver, type BriefChange, type SaveEvent } from '../brief/BriefSaver';
import type { CitationHealth } from '../brief/healthSummary';
import { describeError } from '../logic/errors';
import type { NotebookStore } from './NotebookStore';
import { Store } from './Store';
import type { WorkspaceStore } from './WorkspaceStore';

export type SaveState = 'unchanged' | 'saving' | 'saved' | { failed: string };

export type BriefState = {
  /** The brief as last read from disk: the editor starts from its document. */
  brief: Brief | null;
  loadError: string | null;
  /** Bumped when the document is read again (after a conflict): the editor starts over from it. */
  generation: number;
  save: SaveState;
  /** One sentence about the last thing done to the brief as a whole (an export, a reload). */
  notice: string | null;
  health: CitationHealth | null;
  exporting: boolean;
  confirmingDelete: boolean;
};

const closed: BriefState = { brief: null, loadError: null, generation: 0, save: 'unchanged', notice: null, health: null, exporting: false, confirmingDelete: false };

/** The brief open in the editor: loading it, autosaving it, its citation health, export and delete. */
export class BriefStore extends Store<BriefState> {
  #saver: BriefSaver | null = null;
  /** The brief asked for last; a slower answer for one asked for before is dropped. */
  #opening: string | null = null;

  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly workspace: WorkspaceStore,
  ) {
    super(closed);
  }

  async open(id: string): Promise<void> {
    if (this.#opening === id) return;
    this.close();
    this.#opening = id;
    await this.#load(id);
  }

  /** The editor closed or moved on: what was typed is still saved, in the background. */
  close(): void {
    const saver = this.#saver;
    this.#saver = null;
    this.#opening = null;
    void saver?.flush();
    this.update({ ...closed, generation: this.getSnapshot().generation });
  }

  edit(change: BriefChange): void {
    this.#saver?.change(change);
  }

  /** Saves now (export, page hidden, Retry); true when everything typed is on disk. */
  flush(): Promise<boolean> {
    return this.#saver?.flush() ?? Promise.resolve(true);
  }

  async refreshHealth(): Promise<void> {
    const saver = this.#saver;
    if (!saver) return;
    const health = await this.api['briefs.health']({ id: saver.briefId });
    if (saver === this.#saver && health.ok) this.update({ health: health.value });
  }

  /** Annotations across the notebook for "/cite", newest first; none when the search fails. */
  async findAnnotations(query: string): Promise<Annotation[]> {
    const found = await this.api['annotations.find']({ query, limit: 12 });
    return found.ok ? found.value : [];
  }

  async exportAs(format: ExportFormat, deliver: (file: ExportedFile) => void): Promise<void> {
    const saver = this.#saver;
    if (!saver || this.getSnapshot().exporting) return;
    this.update({ exporting: true, notice: null });
    const saved = await saver.flush();
    const file = saved ? await this.api['briefs.export']({ id: saver.briefId, format }) : null;
    if (saver !== this.#saver) return;
    if (!file) {
      this.update({ exporting: false, notice: 'Not exported: the brief could not be saved first. Retry the save, then export again.' });
    } else if (!file.ok) {
      this.update({ exporting: false, notice: `Not exported: ${describeError(file.error)}` });
    } else {
      deliver(file.value);
      this.update({ exporting: false, notice: `Exported ${file.value.fileName}` });
    }
  }

  askDelete(): void {
    this.update({ confirmingDelete: true });
  }

  cancelDelete(): void {
    this.update({ confirmingDelete: false });
  }

  async confirmDelete(): Promise<void> {
    const saver = this.#saver;
    if (!saver) return;
    // Nothing more is saved, and a save already under way lands before the delete does.
    saver.discard();
    await saver.flush();
    const deleted = await this.notebook.trackWrite(() => this.api['briefs.delete']({ id: saver.briefId }));
    if (!deleted.ok) {
      this.update({ confirmingDelete: false, notice: `Not deleted: ${describeError(deleted.error)}` });
      return;
    }
    this.close();
    this.notebook.dropBrief(saver.briefId);
    this.workspace.close();
  }

  async #load(id: string, notice: string | null = null): Promise<void> {
    const read = await this.api['briefs.get']({ id });
    if (this.#opening !== id) return;
    if (!read.ok) {
      this.update({ loadError: describeError(read.error) });
      return;
    }
    const saver = new BriefSaver(id, read.value.rev, (change, rev) => this.#send(id, change, rev), (event) => this.#onSave(saver, event));
    this.#saver = saver;
    this.update({ ...closed, brief: read.value, notice, generation: this.getSnapshot().generation + 1 });
    void this.refreshHealth();
  }

  #send(id: string, change: BriefChange, rev: number) {
    return this.notebook.trackWrite(() => this.api['briefs.update']({ id, fields: change, rev }));
  }

  #onSave(saver: BriefSaver, event: SaveEvent): void {
    // A save finishing after its brief was closed still updates the navigator.
    if (event.kind === 'saved') this.notebook.putBrief(event.brief);
    if (saver !== this.#saver) return;
    switch (event.kind) {
      case 'waiting':
      case 'saving':
        this.update({ save: 'saving' });
        return;
      case 'saved':
        if (!event.more) this.update({ save: 'saved' });
        void this.refreshHealth();
        return;
      case 'failed':
        if (event.error.code === 'conflict') {
          saver.discard();
          this.#saver = null;
          void this.#load(saver.briefId, 'This brief was changed elsewhere (another window or the command line), so Parley reloaded the saved version. Your last edits were not applied over it.');
          return;
        }
        this.update({ save: { failed: describeError(event.error) } });
    }
  }
}
