import { describe, expect, it } from 'vitest';
import { briefDocument, listNode, paragraphNode, recordMentionNode, textNode } from '../../../shared/brief';
import { moveRecordMentions, restoreRecordMentions } from '../../../shared/brief/rechip';
import { outline } from './outline';

const SURVIVOR = '00000000-0000-4000-8000-0000000000e1';
const MERGED = '00000000-0000-4000-8000-0000000000e2';

/** A brief naming the survivor once and the merged entity twice, once under an older spelling. */
const brief = briefDocument([
  paragraphNode([recordMentionNode('entity', SURVIVOR, 'Daniel Ferreira'), textNode(' met '), recordMentionNode('entity', MERGED, 'D. Ferreira')]),
  listNode('bullet', [[textNode('Quoted by '), recordMentionNode('entity', MERGED, 'Ferreira (radio)')], [recordMentionNode('proposal', MERGED, 'Not an entity')]]),
]);

const merge = () => moveRecordMentions(brief, { kind: 'entity', recordId: MERGED }, { recordId: SURVIVOR, label: 'Daniel Ferreira' });

describe('record chips through a merge', () => {
  it('re-points every chip of the merged entity at the survivor, named as the survivor', () => {
    const { document, moved } = merge();
    expect(outline(document)).toEqual(['@Daniel Ferreira met @Daniel Ferreira', '- Quoted by @Daniel Ferreira', '- @Not an entity']);
    const chips = JSON.stringify(document).match(/"recordId":"[^"]+"/g);
    expect(chips).toEqual([`"recordId":"${SURVIVOR}"`, `"recordId":"${SURVIVOR}"`, `"recordId":"${SURVIVOR}"`, `"recordId":"${MERGED}"`]);
    expect(moved).toEqual([
      { path: [0, 2], label: 'D. Ferreira' },
      { path: [1, 0, 1], label: 'Ferreira (radio)' },
    ]);
  });

  it('leaves the stored document alone', () => {
    const before = JSON.stringify(brief);
    merge();
    expect(JSON.stringify(brief)).toBe(before);
  });

  it('gives back the same document when no chip names the merged entity', () => {
    const other = briefDocument([paragraphNode([textNode('No chips here.')])]);
    const result = moveRecordMentions(other, { kind: 'entity', recordId: MERGED }, { recordId: SURVIVOR, label: 'x' });
    expect(result.document).toBe(other);
    expect(result.moved).toEqual([]);
    expect(moveRecordMentions(null, { kind: 'entity', recordId: MERGED }, { recordId: SURVIVOR, label: 'x' })).toEqual({ document: null, moved: [] });
  });

  it('puts exactly the moved chips back on undo, with their old labels', () => {
    const { document, moved } = merge();
    const { document: undone, restored } = restoreRecordMentions(document, moved, { kind: 'entity', recordId: SURVIVOR }, MERGED);
    expect(restored).toBe(2);
    expect(undone).toEqual(brief);
  });

  it('leaves a chip alone on undo when editing has put something else at its place', () => {
    const { document, moved } = merge();
    const edited = structuredClone(document) as typeof brief;
    // The researcher replaced the list's first chip with text.
    (edited.root.children[1] as { children: Array<{ children: unknown[] }> }).children[0]!.children[1] = textNode('someone');
    const { document: undone, restored } = restoreRecordMentions(edited, moved, { kind: 'entity', recordId: SURVIVOR }, MERGED);
    expect(restored).toBe(1);
    expect(outline(undone)).toEqual(['@Daniel Ferreira met @D. Ferreira', '- Quoted by someone', '- @Not an entity']);
  });
});
