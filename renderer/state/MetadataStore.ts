import type { ParleyApi } from '../../shared/contract';
import type { SourceMeta } from '../../shared/model';
import { describeError } from '../logic/errors';
import { engineFieldErrors } from '../logic/guesses';
import { checkDraft, type DraftField, type MetadataDraft } from '../logic/metadataDraft';
import type { NotebookStore } from './NotebookStore';
import type { ReaderStore } from './ReaderStore';
import { Store } from './Store';

export type MetadataState = {
  /** The source whose metadata form is open, if any. */
  editingId: string | null;
  saving: boolean;
  /** What went wrong with the last save, for the top of the form. */
  error: string | null;
  fieldErrors: Partial<Record<DraftField, string>>;
};

const idle = { saving: false, error: null, fieldErrors: {} };

/** The metadata form: which source it is open for, and saving what the researcher typed. */
export class MetadataStore extends Store<MetadataState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly reader: ReaderStore,
  ) {
    super({ editingId: null, ...idle });
  }

  edit(sourceId: string): void {
    this.update({ editingId: sourceId, ...idle });
  }

  close(): void {
    if (!this.getSnapshot().saving) this.update({ editingId: null, ...idle });
  }

  /** Saves the changed fields and marks the metadata confirmed; true when it worked. */
  async confirm(meta: SourceMeta, draft: MetadataDraft): Promise<boolean> {
    if (this.getSnapshot().saving) return false;
    const { fields, errors } = checkDraft(meta, draft);
    if (Object.keys(errors).length > 0) {
      this.update({ error: 'Some details need another look before they can be saved.', fieldErrors: errors });
      return false;
    }
    this.update({ saving: true, error: null, fieldErrors: {} });
    const result = await this.notebook.trackWrite(() =>
      this.api['sources.update']({ id: meta.id, fields: { ...fields, metadataConfirmed: true }, rev: meta.rev }),
    );
    if (!result.ok) {
      const { byField, general } = engineFieldErrors(result.error.message);
      const conflict = result.error.code === 'conflict';
      this.update({
        saving: false,
        // Field problems are shown beside their fields; the top says there are some.
        error: conflict || general.length > 0 ? describeError(result.error) : 'Some details need another look before they can be saved.',
        fieldErrors: conflict ? {} : byField,
      });
      return false;
    }
    this.notebook.putSource(result.value);
    this.reader.applyMeta(result.value);
    this.update({ editingId: null, ...idle });
    return true;
  }
}
