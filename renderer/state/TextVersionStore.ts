import type { NewVersionOutcome, ParleyApi, Result } from '../../shared/contract';
import { bytesToBase64 } from '../logic/base64';
import { describeError } from '../logic/errors';
import { describeReanchorReport } from '../logic/reanchorReport';
import type { NotebookStore } from './NotebookStore';
import type { ReaderStore } from './ReaderStore';
import { Store } from './Store';

export type TextVersionState = {
  /** The reader is editable; the text goes back to the engine only on Save. */
  editing: boolean;
  busy: boolean;
  /** "14 annotations: 11 stayed, …" after the last new version. */
  report: string | null;
  error: string | null;
};

/** New text versions of the open source (edited in place or imported) and annotation export. */
export class TextVersionStore extends Store<TextVersionState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly reader: ReaderStore,
  ) {
    super({ editing: false, busy: false, report: null, error: null });
  }

  startEditing(): void {
    this.update({ editing: true, report: null, error: null });
  }

  cancelEditing(): void {
    this.update({ editing: false, error: null });
  }

  dismiss(): void {
    this.update({ report: null, error: null });
  }

  async saveText(text: string): Promise<boolean> {
    const source = this.reader.getSnapshot().source;
    if (!source) return false;
    return this.#newVersion(() => this.api['sources.editText']({ id: source.id, text, rev: source.rev }));
  }

  async importVersion(file: File): Promise<boolean> {
    const source = this.reader.getSnapshot().source;
    if (!source) return false;
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    return this.#newVersion(() => this.api['sources.importVersion']({ id: source.id, fileName: file.name, dataBase64, rev: source.rev }));
  }

  async #newVersion(call: () => Promise<Result<NewVersionOutcome>>): Promise<boolean> {
    this.update({ busy: true, error: null });
    const result = await this.notebook.trackWrite(call);
    if (!result.ok) {
      this.update({ busy: false, error: describeError(result.error) });
      return false;
    }
    const { source, report } = result.value;
    // The reader rebuilds from the new text once the re-anchored annotations are in.
    await this.reader.refreshAnnotations();
    this.reader.showSource(source);
    const { versions: _versions, ...meta } = source;
    this.notebook.putSource(meta);
    this.update({ busy: false, editing: false, report: describeReanchorReport(report) });
    return true;
  }

  /** The engine writes the export's content; the page hands it to the browser as a download. */
  async exportAnnotations(format: 'w3c' | 'csv'): Promise<{ fileName: string; mediaType: string; content: string } | null> {
    const sourceId = this.reader.getSnapshot().sourceId;
    const result = await this.api['annotations.export']({ format, sourceIds: sourceId ? [sourceId] : undefined });
    if (result.ok) return result.value;
    this.update({ error: describeError(result.error) });
    return null;
  }
}
