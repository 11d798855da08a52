import type { ParleyApi } from '../../shared/contract';
import { bytesToBase64 } from '../logic/base64';
import { summarizeImport, type FileOutcome, type ImportSummary } from '../logic/importSummary';
import type { NotebookStore } from './NotebookStore';
import type { WorkspaceStore } from './WorkspaceStore';
import { Store } from './Store';

/** A picked file; `File` is one, and tests can pass a plain object. */
export type PickedFile = { name: string; arrayBuffer(): Promise<ArrayBuffer> };

export type ImportState = {
  running: boolean;
  done: number;
  total: number;
  summary: ImportSummary | null;
};

/** Imports a batch of picked files one by one, then reports what became of each. */
export class ImportStore extends Store<ImportState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly workspace: WorkspaceStore,
  ) {
    super({ running: false, done: 0, total: 0, summary: null });
  }

  async importFiles(files: readonly PickedFile[]): Promise<void> {
    if (this.getSnapshot().running || files.length === 0) return;
    this.update({ running: true, done: 0, total: files.length, summary: null });
    const outcomes: FileOutcome[] = [];
    // One at a time: the engine writes one notebook, and the count shows real progress.
    for (const file of files) {
      outcomes.push({ fileName: file.name, result: await this.notebook.trackWrite(() => this.importOne(file)) });
      this.update({ done: outcomes.length });
    }
    const summary = summarizeImport(outcomes);
    await this.notebook.refreshSources();
    const first = summary.imported[0];
    if (first) this.workspace.open({ kind: 'source', id: first.id });
    this.update({ running: false, summary });
  }

  dismissSummary(): void {
    this.update({ summary: null });
  }

  private async importOne(file: PickedFile) {
    let dataBase64: string;
    try {
      dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch {
      return {
        ok: false as const,
        error: { code: 'io-failed' as const, message: `Parley could not read ${file.name} from your disk.` },
      };
    }
    return this.api['sources.importFile']({ fileName: file.name, dataBase64 });
  }
}
