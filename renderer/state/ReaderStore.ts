import type { ParleyApi } from '../../shared/contract';
import type { Annotation, Source, SourceMeta } from '../../shared/model';
import { describeError } from '../logic/errors';
import { Store } from './Store';

export type ReaderState = {
  sourceId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  source: Source | null;
  /** Why the source could not be opened, in words. */
  error: string | null;
  annotations: Annotation[];
  /** The text can still be read when only its annotations failed to load. */
  annotationsError: string | null;
};

const closed: ReaderState = {
  sourceId: null,
  status: 'idle',
  source: null,
  error: null,
  annotations: [],
  annotationsError: null,
};

/** The source open in the centre pane, with its annotations for the context panel. */
export class ReaderStore extends Store<ReaderState> {
  constructor(private readonly api: ParleyApi) {
    super(closed);
  }

  async open(sourceId: string): Promise<void> {
    const current = this.getSnapshot();
    // Coming back to the open source: its text is current, but records pages (Link all,
    // merge, delete) may have changed its annotations meanwhile.
    if (current.sourceId === sourceId && current.status !== 'failed') return this.refreshAnnotations();
    this.update({ ...closed, sourceId, status: 'loading' });
    const [source, annotations] = await Promise.all([
      this.api['sources.get']({ id: sourceId }),
      this.api['annotations.list']({ sourceId }),
    ]);
    // The researcher may have opened another source while these were on their way.
    if (this.getSnapshot().sourceId !== sourceId) return;
    if (!source.ok) {
      this.update({ status: 'failed', error: describeError(source.error) });
      return;
    }
    this.update({
      status: 'ready',
      source: source.value,
      annotations: annotations.ok ? annotations.value : [],
      annotationsError: annotations.ok ? null : describeError(annotations.error),
    });
  }

  /** New metadata for the open source; its versions are unchanged by a metadata edit. */
  applyMeta(meta: SourceMeta): void {
    const { source } = this.getSnapshot();
    if (source?.id === meta.id) this.update({ source: { ...source, ...meta, versions: source.versions } });
  }

  /** A trim answers with the whole source, new current version included. */
  showSource(source: Source): void {
    if (this.getSnapshot().sourceId === source.id) this.update({ source, status: 'ready', error: null });
  }

  /** Annotations are re-anchored when the text changes, so they are asked for again. */
  async refreshAnnotations(): Promise<void> {
    const { sourceId } = this.getSnapshot();
    if (!sourceId) return;
    const annotations = await this.api['annotations.list']({ sourceId });
    if (this.getSnapshot().sourceId !== sourceId) return;
    this.update({
      annotations: annotations.ok ? annotations.value : [],
      annotationsError: annotations.ok ? null : describeError(annotations.error),
    });
  }

  /** A created, edited, restored or re-attached annotation, kept in text order. */
  putAnnotation(annotation: Annotation): void {
    const { annotations, sourceId } = this.getSnapshot();
    if (annotation.sourceId !== sourceId) return;
    this.update({ annotations: inTextOrder([...annotations.filter((a) => a.id !== annotation.id), annotation]) });
  }

  dropAnnotation(id: string): void {
    this.update({ annotations: this.getSnapshot().annotations.filter((a) => a.id !== id) });
  }

  close(): void {
    this.update(closed);
  }
}

/** Text order, as the engine lists them; orphans have no place in the text, so they go last. */
function inTextOrder(annotations: Annotation[]): Annotation[] {
  const key = (a: Annotation) => (a.anchoring === 'orphaned' ? Number.MAX_SAFE_INTEGER : a.target.position.start);
  return annotations.sort((a, b) => key(a) - key(b) || a.target.position.end - b.target.position.end);
}
