import type { ParleyApi } from '../../shared/contract';
import type { BoilerplateSpan, Source } from '../../shared/model';
import { describeError } from '../logic/errors';
import { spansToTrim } from '../logic/boilerplate';
import type { NotebookStore } from './NotebookStore';
import type { ReaderStore } from './ReaderStore';
import { Store } from './Store';

export type BoilerplateState = {
  /** Proposals belong to one text version; a trim makes a new one and asks again. */
  versionId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  spans: BoilerplateSpan[];
  trimming: boolean;
  error: string | null;
  /** Versions whose proposals the researcher waved away this session. */
  dismissed: ReadonlySet<string>;
};

/** Outlet furniture proposed for the open source's current text, and trimming it. */
export class BoilerplateStore extends Store<BoilerplateState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly reader: ReaderStore,
  ) {
    super({ versionId: null, status: 'idle', spans: [], trimming: false, error: null, dismissed: new Set() });
  }

  async load(source: Source): Promise<void> {
    const versionId = source.currentVersionId;
    if (this.getSnapshot().versionId === versionId) return;
    this.update({ versionId, status: 'loading', spans: [], error: null });
    const result = await this.api['sources.boilerplate']({ id: source.id });
    if (this.getSnapshot().versionId !== versionId) return;
    this.update(
      result.ok
        ? { status: 'ready', spans: result.value }
        : { status: 'failed', spans: [], error: describeError(result.error) },
    );
  }

  dismiss(): void {
    const { versionId, dismissed } = this.getSnapshot();
    if (versionId) this.update({ dismissed: new Set([...dismissed, versionId]) });
  }

  /** Removes the ticked spans as a new version; the imported text stays in the source's history. */
  async trim(source: Source, checked: ReadonlySet<number>): Promise<boolean> {
    const state = this.getSnapshot();
    const spans = spansToTrim(state.spans, checked);
    if (state.trimming || spans.length === 0 || state.versionId !== source.currentVersionId) return false;
    this.update({ trimming: true, error: null });
    const result = await this.notebook.trackWrite(() => this.api['sources.trim']({ id: source.id, spans, rev: source.rev }));
    if (!result.ok) {
      this.update({ trimming: false, error: describeError(result.error) });
      return false;
    }
    const { versions: _versions, ...meta } = result.value;
    this.notebook.putSource(meta);
    this.reader.showSource(result.value);
    this.update({ trimming: false });
    void this.reader.refreshAnnotations();
    await this.load(result.value);
    return true;
  }
}
