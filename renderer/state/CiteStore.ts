import type { ExportedFile, ExportFormat, ParleyApi, Result } from '../../shared/contract';
import type { Annotation, Brief, Source } from '../../shared/model';
import { citationOf } from '../brief/citeBus';
import { appendToBrief } from '../cite/appendToBrief';
import { describeError } from '../logic/errors';
import type { Anchor, AnnotateStore, Span } from './AnnotateStore';
import type { NotebookStore } from './NotebookStore';
import { Store } from './Store';
import type { WorkspaceStore } from './WorkspaceStore';

/** What "Cite in brief" was asked for: an existing annotation, or a fresh selection in the reader. */
export type CiteTarget = { kind: 'annotation'; annotation: Annotation } | { kind: 'selection'; span: Span; anchor: Anchor };
/** Where the picker sends the citation. */
export type BriefChoice = { briefId: string } | { newTitle: string };

export type CiteState = {
  /** The brief picker shows while this is set. */
  picking: CiteTarget | null;
  /** Pre-selected next time: researchers cite into the same brief many times in a row. */
  lastBriefId: string | null;
  busy: boolean;
  /** The last citation's brief, for "Cited in …" with "Open brief". */
  cited: { briefId: string; title: string } | null;
  /** Why the last citation failed, in words. */
  error: string | null;
};

const EMPTY_FIELDS = { links: [], comment: '', tags: [] };

/**
 * Citing from outside the editor (the annotation panel, the selection toolbar), and the
 * other ways into a brief: a new one, a draft from a record. The researcher stays where
 * they are; only "Open brief" takes them to it.
 */
export class CiteStore extends Store<CiteState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly workspace: WorkspaceStore,
    private readonly annotate: AnnotateStore,
  ) {
    super({ picking: null, lastBriefId: null, busy: false, cited: null, error: null });
  }

  ask(target: CiteTarget): void {
    this.update({ picking: target, error: null, cited: null });
  }

  cancel(): void {
    this.update({ picking: null });
  }

  dismiss(): void {
    this.update({ cited: null, error: null });
  }

  async cite(choice: BriefChoice): Promise<void> {
    const target = this.getSnapshot().picking;
    if (!target || this.getSnapshot().busy) return;
    this.update({ busy: true, error: null });
    try {
      // A fresh selection becomes an annotation only now, so a cancelled picker leaves nothing behind.
      const annotation = target.kind === 'annotation' ? target.annotation : await this.annotate.create(target.span, EMPTY_FIELDS);
      if (!annotation) return this.update({ picking: null });
      const brief = 'briefId' in choice ? { id: choice.briefId } : await this.#write(() => this.api['briefs.create']({ title: choice.newTitle }));
      if (!brief) return;
      const saved = await this.#write(() => appendToBrief(this.api, brief.id, citationOf(annotation)));
      if (!saved) return;
      this.update({ picking: null, lastBriefId: saved.id, cited: { briefId: saved.id, title: saved.title } });
    } finally {
      this.update({ busy: false });
    }
  }

  openBrief(id: string): void {
    this.update({ cited: null });
    this.workspace.open({ kind: 'brief', id });
  }

  /** "New brief": created, listed and opened; the error in words if it could not be. */
  async startBrief(title: string): Promise<string | null> {
    return this.#opened(await this.notebook.trackWrite(() => this.api['briefs.create']({ title: title.trim() || 'Untitled brief' })));
  }

  /** "New brief from this proposal/entity": the engine writes the first draft. */
  async draftFrom(kind: 'entity' | 'proposal', id: string): Promise<string | null> {
    return this.#opened(await this.notebook.trackWrite(() => this.api['briefs.draft']({ from: { kind, id } })));
  }

  findAnnotations(query: string): Promise<Result<Annotation[]>> {
    return this.api['annotations.find']({ query, limit: 50 });
  }

  /** A source and its annotations, for reading it beside a brief. */
  async readSource(id: string): Promise<Result<{ source: Source; annotations: Annotation[] }>> {
    const [source, annotations] = await Promise.all([this.api['sources.get']({ id }), this.api['annotations.list']({ sourceId: id })]);
    if (!source.ok) return source;
    if (!annotations.ok) return annotations;
    return { ok: true, value: { source: source.value, annotations: annotations.value } };
  }

  exportSource(id: string, format: ExportFormat): Promise<Result<ExportedFile>> {
    return this.api['sources.export']({ id, format });
  }

  #opened(result: Result<Brief>): string | null {
    if (!result.ok) return describeError(result.error);
    this.notebook.putBrief(result.value);
    this.workspace.open({ kind: 'brief', id: result.value.id });
    return null;
  }

  /** Every write shows "Saving…" and keeps the navigator's list of briefs current. */
  async #write(call: () => Promise<Result<Brief>>): Promise<Brief | null> {
    const result = await this.notebook.trackWrite(call);
    if (!result.ok) {
      this.update({ error: describeError(result.error) });
      return null;
    }
    this.notebook.putBrief(result.value);
    return result.value;
  }
}
