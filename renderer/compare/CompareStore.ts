import type { ParleyApi } from '../../shared/contract';
import type { Comparison } from '../../shared/compare';
import type { Annotation, Source } from '../../shared/model';
import { describeError } from '../logic/errors';
import { Store } from '../state/Store';

/** One column's source with its highlights. */
export type ComparedSource = { source: Source; annotations: Annotation[] };

export type CompareState = {
  /** The compared set, sorted: reordering columns keeps what was loaded. */
  key: string | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: string | null;
  comparison: Comparison | null;
  /** Source id → its text and annotations. */
  columns: ReadonlyMap<string, ComparedSource>;
  /** The record whose mentions are lit in every column; `nonce` changes on each selection so a second click scrolls again. */
  active: { recordId: string; nonce: number } | null;
  /** Shared passages (indexes into `comparison.shared`) the pointer or focus is on. */
  hovered: readonly number[];
  /** Shared and unique passage markers in the columns. */
  overlays: boolean;
  keepAligned: boolean;
};

const setKey = (sourceIds: readonly string[]) => [...sourceIds].sort().join(',');

/** The comparison open in the centre pane, and what the researcher has lit up in it. */
export class CompareStore extends Store<CompareState> {
  #generation = 0;
  #nonce = 0;

  constructor(private readonly api: ParleyApi) {
    super({ key: null, status: 'idle', error: null, comparison: null, columns: new Map(), active: null, hovered: [], overlays: true, keepAligned: false });
  }

  /**
   * Loads the comparison for these sources. The same set again (columns reordered, or the
   * view opened anew) is fetched quietly behind what is shown, since annotations may have
   * changed elsewhere meanwhile.
   */
  async open(sourceIds: readonly string[]): Promise<void> {
    const key = setKey(sourceIds);
    const generation = ++this.#generation;
    const same = this.getSnapshot().key === key && this.getSnapshot().status === 'ready';
    if (!same) this.update({ key, status: 'loading', error: null, comparison: null, columns: new Map(), active: null, hovered: [] });
    const [comparison, ...columns] = await Promise.all([
      this.api['compare.sources']({ sourceIds: [...sourceIds] }),
      ...sourceIds.map((id) => this.#read(id)),
    ]);
    // Another comparison may have been opened while these were on their way.
    if (generation !== this.#generation) return;
    const failed = !comparison.ok ? describeError(comparison.error) : columns.find((c): c is string => typeof c === 'string');
    if (failed) {
      this.update({ status: 'failed', error: failed });
      return;
    }
    const read = new Map(columns.filter((c): c is ComparedSource => typeof c !== 'string').map((c) => [c.source.id, c]));
    this.update({ status: 'ready', error: null, comparison: comparison.ok ? comparison.value : null, columns: read });
  }

  async #read(id: string): Promise<ComparedSource | string> {
    const [source, annotations] = await Promise.all([this.api['sources.get']({ id }), this.api['annotations.list']({ sourceId: id })]);
    if (!source.ok) return describeError(source.error);
    if (!annotations.ok) return describeError(annotations.error);
    return { source: source.value, annotations: annotations.value };
  }

  /** Lights a record's mentions in every column (null: none lit). */
  select(recordId: string | null): void {
    this.update({ active: recordId ? { recordId, nonce: ++this.#nonce } : null });
  }

  hover(passages: readonly number[]): void {
    const { hovered } = this.getSnapshot();
    if (hovered.length === passages.length && hovered.every((p, i) => p === passages[i])) return;
    this.update({ hovered: passages });
  }

  showOverlays(overlays: boolean): void {
    this.update({ overlays, hovered: overlays ? this.getSnapshot().hovered : [] });
  }

  keepAligned(keepAligned: boolean): void {
    this.update({ keepAligned });
  }
}
