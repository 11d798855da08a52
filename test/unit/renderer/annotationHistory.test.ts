import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import { AnnotationHistory, historyStep } from '../../../renderer/state/AnnotationHistory';

const annotation = { id: 'a1', comment: 'old', tags: ['x'], links: [] } as unknown as Annotation;

describe('annotation undo history', () => {
  it('pairs each action with its inverse: create ↔ delete, delete ↔ restore, update ↔ update back', () => {
    expect(historyStep.created(annotation)).toMatchObject({ undo: { op: 'delete', id: 'a1' }, redo: { op: 'restore', annotation } });
    expect(historyStep.deleted(annotation)).toMatchObject({ undo: { op: 'restore', annotation }, redo: { op: 'delete', id: 'a1' } });
    expect(historyStep.updated(annotation, { comment: 'new' })).toMatchObject({
      undo: { op: 'update', id: 'a1', fields: { comment: 'old' } },
      redo: { op: 'update', id: 'a1', fields: { comment: 'new' } },
    });
  });

  it('moves steps between the stacks and forgets redo after a new action', () => {
    const history = new AnnotationHistory();
    const one = historyStep.created(annotation);
    history.record(one);
    const taken = history.takeUndo()!;
    expect(taken).toBe(one);
    history.undone(taken);
    expect(history.canRedo).toBe(true);
    history.redone(history.takeRedo()!);
    expect(history.canUndo).toBe(true);
    history.undone(history.takeUndo()!);
    history.record(historyStep.deleted(annotation));
    expect(history.canRedo).toBe(false);
  });

  it('puts a step back when its write failed', () => {
    const history = new AnnotationHistory();
    history.record(historyStep.deleted(annotation));
    const step = history.takeUndo()!;
    history.putBack(step, 'undo');
    expect(history.takeUndo()).toBe(step);
  });
});

describe('facts added with a new annotation', () => {
  const change = { proposalId: 'p1', before: { terms: [] }, after: { terms: [{ id: 't1', label: 'duration', value: '72 hours', evidence: ['a1'] }] } } as never;

  it('join the step that created their evidence, so undo and redo carry them', () => {
    const history = new AnnotationHistory();
    history.record(historyStep.created(annotation));
    expect(history.addProposalChange('a1', change)).toBe(true);
    const step = history.takeUndo()!;
    expect(step.proposals).toEqual([change]);
    history.undone(step);
    expect(history.takeRedo()!.proposals).toEqual([change]);
  });

  it('are not joined to a step about another annotation or another action', () => {
    const history = new AnnotationHistory();
    history.record(historyStep.created({ ...annotation, id: 'a2' } as Annotation));
    expect(history.addProposalChange('a1', change)).toBe(false);
    history.record(historyStep.deleted(annotation));
    expect(history.addProposalChange('a1', change)).toBe(false);
  });
});
