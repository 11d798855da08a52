import type { ParleyApi, Result } from '../../shared/contract';
import type { Annotation, AnnotationFields, EntityKind, RecordLink } from '../../shared/model';
import { describeError } from '../logic/errors';
import { AnnotationHistory, historyStep, type AnnotationOp, type HistoryStep, type ProposalChange } from './AnnotationHistory';
import type { NotebookStore } from './NotebookStore';
import type { ReaderStore } from './ReaderStore';
import { Store } from './Store';

export type Span = { start: number; end: number };
/** Where the selected text is on screen, so the toolbar can sit next to it. */
export type Anchor = { top: number; bottom: number; left: number };
export type FormFocus = 'entity' | 'proposal' | 'comment';

export type AnnotateState = {
  /** The reader's current non-empty selection, in text offsets. */
  selection: (Span & { anchor: Anchor }) | null;
  /** The linking form: for the selection (new annotation) or for an existing one. */
  form: { span: Span; editing: string | null; focus: FormFocus; anchor: Anchor | null } | null;
  activeId: string | null;
  /** Asks the reader to scroll to and flash an annotation; the counter repeats a request. */
  reveal: { id: string; count: number } | null;
  /** The orphan waiting for new text to be selected. */
  reattachId: string | null;
  message: string | null;
  canUndo: boolean;
  canRedo: boolean;
};

/** Annotating the open source: the selection, the form, and every write with undo/redo. */
export class AnnotateStore extends Store<AnnotateState> {
  readonly #history = new AnnotationHistory();

  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly reader: ReaderStore,
  ) {
    super({ selection: null, form: null, activeId: null, reveal: null, reattachId: null, message: null, canUndo: false, canRedo: false });
  }

  /** Another source: its selection, form and undo steps do not carry over. */
  reset(): void {
    this.#history.clear();
    this.update({ selection: null, form: null, activeId: null, reveal: null, reattachId: null, message: null, canUndo: false, canRedo: false });
  }

  select(selection: AnnotateState['selection']): void {
    this.update({ selection });
  }

  openForm(focus: FormFocus): void {
    const { selection } = this.getSnapshot();
    if (selection) this.update({ form: { span: { start: selection.start, end: selection.end }, editing: null, focus, anchor: selection.anchor } });
  }

  editAnnotation(annotation: Annotation): void {
    this.update({ form: { span: annotation.target.position, editing: annotation.id, focus: 'entity', anchor: null }, activeId: annotation.id });
  }

  closeForm(): void {
    this.update({ form: null });
  }

  activate(id: string | null, reveal = false): void {
    const count = (this.getSnapshot().reveal?.count ?? 0) + 1;
    this.update({ activeId: id, ...(reveal && id ? { reveal: { id, count } } : {}) });
  }

  say(message: string | null): void {
    this.update({ message });
  }

  /** The new annotation, so a proposal fact can take it as evidence; null if it failed. */
  async create(span: Span, fields: AnnotationFields): Promise<Annotation | null> {
    const sourceId = this.reader.getSnapshot().sourceId;
    if (!sourceId) return null;
    const created = await this.#write(() => this.api['annotations.create']({ sourceId, ...span, ...fields }));
    if (!created) return null;
    this.reader.putAnnotation(created);
    this.#remember(historyStep.created(created));
    this.update({ form: null, selection: null, activeId: created.id });
    return created;
  }

  async change(before: Annotation, fields: Partial<AnnotationFields>): Promise<boolean> {
    const changed = await this.#write(() => this.api['annotations.update']({ id: before.id, fields }));
    if (!changed) return false;
    this.reader.putAnnotation(changed);
    this.#remember(historyStep.updated(before, fields));
    this.update({ form: null });
    return true;
  }

  async remove(annotation: Annotation): Promise<void> {
    if (!(await this.#run({ op: 'delete', id: annotation.id }))) return;
    this.#remember(historyStep.deleted(annotation));
    if (this.getSnapshot().activeId === annotation.id) this.update({ activeId: null });
  }

  async undo(): Promise<void> {
    await this.#replay('undo');
  }

  async redo(): Promise<void> {
    await this.#replay('redo');
  }

  /** A fact just added with the annotation just created is undone and redone with it. */
  addProposalChange(annotationId: string, change: ProposalChange): void {
    this.#history.addProposalChange(annotationId, change);
  }

  async #replay(direction: 'undo' | 'redo'): Promise<void> {
    const step = direction === 'undo' ? this.#history.takeUndo() : this.#history.takeRedo();
    if (!step) return;
    // Facts go before their evidence is deleted, and come back after it is restored.
    const facts = direction === 'undo' ? () => this.#runProposals(step.proposals, 'before') : () => Promise.resolve(true);
    const factsAfter = direction === 'redo' ? () => this.#runProposals(step.proposals, 'after') : () => Promise.resolve(true);
    const ok = (await facts()) && (await this.#run(direction === 'undo' ? step.undo : step.redo)) && (await factsAfter());
    if (!ok) this.#history.putBack(step, direction);
    else if (direction === 'undo') this.#history.undone(step);
    else this.#history.redone(step);
    this.update({ canUndo: this.#history.canUndo, canRedo: this.#history.canRedo, ...(ok ? { message: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${step.label}` } : {}) });
  }

  /** Sends one operation and mirrors it in the reader's list of annotations. */
  async #run(op: AnnotationOp): Promise<boolean> {
    if (op.op === 'delete') {
      const done = await this.#write(() => this.api['annotations.delete']({ id: op.id }));
      if (done) this.reader.dropAnnotation(op.id);
      return done !== null;
    }
    const done = await this.#write(() =>
      op.op === 'restore' ? this.api['annotations.restore']({ annotation: op.annotation }) : this.api['annotations.update']({ id: op.id, fields: op.fields }),
    );
    if (done) this.reader.putAnnotation(done);
    return done !== null;
  }

  async #runProposals(changes: ProposalChange[] | undefined, side: 'before' | 'after'): Promise<boolean> {
    for (const change of changes ?? []) {
      const proposal = await this.#write(() => this.api['proposals.update']({ id: change.proposalId, fields: change[side] }));
      if (!proposal) return false;
      this.notebook.putProposal(proposal);
    }
    return true;
  }

  #remember(step: HistoryStep): void {
    this.#history.record(step);
    this.update({ canUndo: true, canRedo: false });
  }

  /** Creates the record chosen with "Create …" in the typeahead; the link follows. */
  async createRecord(kind: 'entity' | 'proposal', name: string, entityKind: EntityKind): Promise<RecordLink['recordId'] | null> {
    if (kind === 'entity') {
      const entity = await this.#write(() => this.api['entities.create']({ name, kind: entityKind }));
      if (entity) this.notebook.putEntity(entity);
      return entity?.id ?? null;
    }
    const proposal = await this.#write(() => this.api['proposals.create']({ title: name }));
    if (proposal) this.notebook.putProposal(proposal);
    return proposal?.id ?? null;
  }

  beginReattach(id: string | null): void {
    this.update({ reattachId: id, message: id ? 'Select the new text for this annotation in the reader, then choose “Attach here”.' : null });
  }

  async reattach(): Promise<void> {
    const { reattachId, selection } = this.getSnapshot();
    if (!reattachId || !selection) return;
    const done = await this.#write(() => this.api['annotations.reattach']({ id: reattachId, start: selection.start, end: selection.end }));
    if (!done) return;
    this.reader.putAnnotation(done);
    this.update({ reattachId: null, selection: null, activeId: done.id, message: 'Re-attached.' });
  }

  /** Every write shows "Saving…" while in flight and says in words why it failed. */
  async #write<T>(call: () => Promise<Result<T>>): Promise<T | null> {
    const result = await this.notebook.trackWrite(call);
    if (result.ok) return result.value;
    this.update({ message: describeError(result.error) });
    return null;
  }
}
