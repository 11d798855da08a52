import type { ParleyApi, Result, ImportOutcome } from '../../shared/contract';
import { bytesToBase64 } from '../logic/base64';
import { describeError } from '../logic/errors';
import { summarizeImport, type FileOutcome, type ImportSummary } from '../logic/importSummary';
import type { MetadataStore } from './MetadataStore';
import type { NotebookStore } from './NotebookStore';
import type { WorkspaceStore } from './WorkspaceStore';
import { Store } from './Store';

/** A picked or dropped file; `File` is one, and tests can pass a plain object. */
export type PickedFile = { name: string; arrayBuffer(): Promise<ArrayBuffer> };

export type ImportState = {
  running: boolean;
  done: number;
  total: number;
  /** The file being imported now. */
  current: string | null;
  /** Cancel was asked for: the file in hand finishes, no further file starts. */
  cancelling: boolean;
  summary: ImportSummary | null;
};

/** What a paste came to, for the paste dialog to show. */
export type PasteOutcome =
  | { status: 'imported'; id: string }
  | { status: 'duplicate'; existingId: string; title: string }
  | { status: 'failed'; reason: string };

/** Imports batches of files one by one, then reports what became of each; also pasted text. */
export class ImportStore extends Store<ImportState> {
  #queue: PickedFile[] = [];

  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly workspace: WorkspaceStore,
    private readonly metadata: MetadataStore,
  ) {
    super({ running: false, done: 0, total: 0, current: null, cancelling: false, summary: null });
  }

  /** Files dropped while a batch runs join it, so nothing the researcher dropped is lost. */
  async importFiles(files: readonly PickedFile[]): Promise<void> {
    if (files.length === 0) return;
    this.#queue.push(...files);
    const state = this.getSnapshot();
    if (state.running) {
      this.update({ total: state.total + files.length });
      return;
    }
    this.update({ running: true, done: 0, total: files.length, current: null, cancelling: false, summary: null });
    const outcomes: FileOutcome[] = [];
    // One at a time: the engine writes one notebook, and the count shows real progress.
    for (let file = this.#queue.shift(); file; file = this.#queue.shift()) {
      this.update({ current: file.name });
      const picked = file;
      outcomes.push({ fileName: file.name, result: await this.notebook.trackWrite(() => this.importOne(picked)) });
      this.update({ done: outcomes.length });
      if (this.getSnapshot().cancelling) break;
    }
    const notAttempted = this.#queue.splice(0).map((f) => f.name);
    const summary = summarizeImport(outcomes, notAttempted);
    await this.notebook.refreshSources();
    const first = summary.imported[0];
    if (first) this.workspace.open({ kind: 'source', id: first.id });
    // A single new source is checked straight away; a batch is checked source by source.
    if (first && outcomes.length === 1) this.metadata.edit(first.id);
    this.update({ running: false, current: null, cancelling: false, summary });
  }

  cancel(): void {
    if (this.getSnapshot().running) this.update({ cancelling: true });
  }

  dismissSummary(): void {
    this.update({ summary: null });
  }

  async importPasted(text: string, title: string): Promise<PasteOutcome> {
    const named = title.trim();
    const result = await this.notebook.trackWrite(() =>
      this.api['sources.importText'](named ? { text, title: named } : { text }),
    );
    if (!result.ok) return { status: 'failed', reason: describeError(result.error) };
    if (result.value.status === 'duplicate') return result.value;
    const { id } = result.value.source;
    await this.notebook.refreshSources();
    this.workspace.open({ kind: 'source', id });
    this.metadata.edit(id);
    return { status: 'imported', id };
  }

  private async importOne(file: PickedFile): Promise<Result<ImportOutcome>> {
    let dataBase64: string;
    try {
      dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch {
      return { ok: false, error: { code: 'io-failed', message: `Parley could not read ${file.name} from your disk.` } };
    }
    return this.api['sources.importFile']({ fileName: file.name, dataBase64 });
  }
}
