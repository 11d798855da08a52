import type { Annotation, AnnotationFields, ProposalFields } from '../../shared/model';

/** One write to send to the engine; each has an inverse, which is what makes undo possible. */
export type AnnotationOp =
  | { op: 'delete'; id: string }
  | { op: 'restore'; annotation: Annotation }
  | { op: 'update'; id: string; fields: Partial<AnnotationFields> };

/** A proposal's fields before and after a fact was added with an annotation as its evidence. */
export type ProposalChange = { proposalId: string; before: Partial<ProposalFields>; after: Partial<ProposalFields> };

/**
 * `proposals` are facts added together with a new annotation: the researcher made them in
 * one action, so undo takes them back with it (a fact citing deleted evidence is not wanted).
 */
export type HistoryStep = { label: string; undo: AnnotationOp; redo: AnnotationOp; proposals?: ProposalChange[] };

/** The step for something just done, given the annotation before and after it. */
export const historyStep = {
  created: (after: Annotation): HistoryStep => ({
    label: 'create annotation',
    undo: { op: 'delete', id: after.id },
    redo: { op: 'restore', annotation: after },
  }),
  deleted: (before: Annotation): HistoryStep => ({
    label: 'delete annotation',
    undo: { op: 'restore', annotation: before },
    redo: { op: 'delete', id: before.id },
  }),
  updated: (before: Annotation, fields: Partial<AnnotationFields>): HistoryStep => ({
    label: 'edit annotation',
    undo: { op: 'update', id: before.id, fields: pick(before, fields) },
    redo: { op: 'update', id: before.id, fields },
  }),
};

/** The old values of exactly the fields an edit changed, so undo restores only those. */
function pick(before: Annotation, fields: Partial<AnnotationFields>): Partial<AnnotationFields> {
  const old: Partial<AnnotationFields> = {};
  if (fields.links) old.links = before.links;
  if (fields.comment !== undefined) old.comment = before.comment;
  if (fields.tags) old.tags = before.tags;
  return old;
}

/**
 * Undo and redo stacks of inverse operations, free of React and of the engine: the caller
 * runs the step it takes, and puts it back with `undone`/`redone` only if the write succeeded.
 */
export class AnnotationHistory {
  readonly #done: HistoryStep[] = [];
  readonly #undone: HistoryStep[] = [];

  constructor(private readonly limit = 200) {}

  /** A new action forgets what was undone: redoing it now would act on a different past. */
  record(step: HistoryStep): void {
    this.#done.push(step);
    if (this.#done.length > this.limit) this.#done.shift();
    this.#undone.length = 0;
  }

  /** Joins a fact to the step that created its evidence; false if that is no longer the last step. */
  addProposalChange(annotationId: string, change: ProposalChange): boolean {
    const last = this.#done.at(-1);
    if (!last || last.redo.op !== 'restore' || last.redo.annotation.id !== annotationId) return false;
    last.proposals = [...(last.proposals ?? []), change];
    return true;
  }

  takeUndo(): HistoryStep | undefined {
    return this.#done.pop();
  }

  takeRedo(): HistoryStep | undefined {
    return this.#undone.pop();
  }

  undone(step: HistoryStep): void {
    this.#undone.push(step);
  }

  redone(step: HistoryStep): void {
    this.#done.push(step);
  }

  /** A failed write goes back where it was taken from, so the stacks never lose a step. */
  putBack(step: HistoryStep, from: 'undo' | 'redo'): void {
    (from === 'undo' ? this.#done : this.#undone).push(step);
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  clear(): void {
    this.#done.length = 0;
    this.#undone.length = 0;
  }
}
