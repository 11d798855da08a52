import { describe, expect, it } from 'vitest';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { briefDocument, paragraphNode, recordMentionNode, textNode } from '../../../shared/brief';
import type { MergeUndo } from '../../../shared/contract';
import { must, newNotebook, reopen } from '../core/support/notebook';
import { outline } from './outline';

/** Two records of one mediator, a proposal, and briefs that name them with chips. */
async function briefsWithChips() {
  const notebook = await newNotebook();
  const ferreira = await must(notebook, 'entities.create', { kind: 'person', name: 'Daniel Ferreira' });
  const duplicate = await must(notebook, 'entities.create', { kind: 'person', name: 'D. Ferreira' });
  const coalition = await must(notebook, 'entities.create', { kind: 'organisation', name: 'Northern Coalition' });
  const proposal = await must(notebook, 'proposals.create', { title: 'Tessalian proposal', mediators: [duplicate.id] });
  const write = async (title: string, ...paragraphs: Parameters<typeof paragraphNode>[0][]) => {
    const brief = await must(notebook, 'briefs.create', { title });
    const content = briefDocument(paragraphs.map((p) => paragraphNode(p))) as unknown as Record<string, unknown>;
    return must(notebook, 'briefs.update', { id: brief.id, fields: { content } });
  };
  const both = await write(
    'Who mediates',
    [recordMentionNode('entity', ferreira.id, 'Daniel Ferreira'), textNode(' and '), recordMentionNode('entity', duplicate.id, 'D. Ferreira')],
    [textNode('Named on the radio as '), recordMentionNode('entity', duplicate.id, 'Ferreira (radio)'), textNode('.')],
  );
  const others = await write('The coalition', [recordMentionNode('entity', coalition.id, 'Northern Coalition'), textNode(' backs '), recordMentionNode('proposal', proposal.id, 'Tessalian proposal')]);
  const drafted = await must(notebook, 'briefs.draft', { from: { kind: 'proposal', id: proposal.id } });
  return { notebook, ferreira, duplicate, coalition, proposal, both, others, drafted };
}

const content = async (notebook: OpenNotebook, id: string) => (await must(notebook, 'briefs.get', { id })).content;

describe('brief chips through merges and deletes', () => {
  it('a merge re-points the merged entity’s chips at the survivor, by its name, in every brief', async () => {
    const { notebook, ferreira, duplicate, both, others, drafted } = await briefsWithChips();
    const { undo } = await must(notebook, 'entities.merge', { survivorId: ferreira.id, mergedId: duplicate.id });
    const again = await reopen(notebook);
    expect(outline(await content(again, both.id))).toEqual(['@Daniel Ferreira and @Daniel Ferreira', 'Named on the radio as @Daniel Ferreira.']);
    expect(JSON.stringify(await content(again, both.id))).not.toContain(duplicate.id);
    expect(outline(await content(again, drafted.id))).toContain('Mediators: @Daniel Ferreira');
    // A brief without those chips is not written at all.
    expect((await must(again, 'briefs.get', { id: others.id })).rev).toBe(others.rev);
    expect(undo.briefChips?.map((b) => [b.briefId, b.chips.length])).toEqual([
      [both.id, 2],
      [drafted.id, 1],
    ]);
  });

  it('undoing the merge puts every chip back exactly as it was', async () => {
    const { notebook, ferreira, duplicate, both, drafted } = await briefsWithChips();
    const { undo } = await must(notebook, 'entities.merge', { survivorId: ferreira.id, mergedId: duplicate.id });
    // The undo travels as JSON (through the renderer), as it does in the app.
    const carried = JSON.parse(JSON.stringify(undo)) as MergeUndo;
    await must(notebook, 'entities.undoMerge', { undo: carried });
    expect(await content(notebook, both.id)).toEqual(both.content);
    expect(await content(notebook, drafted.id)).toEqual(drafted.content);
    const markdown = Buffer.from((await must(notebook, 'briefs.export', { id: both.id, format: 'md' })).dataBase64, 'base64').toString('utf8');
    expect(markdown).toContain('Daniel Ferreira and D. Ferreira');
  });

  it('an undo recorded before briefs followed merges still undoes the records, leaving chips on the survivor', async () => {
    const { notebook, ferreira, duplicate, both } = await briefsWithChips();
    const { undo } = await must(notebook, 'entities.merge', { survivorId: ferreira.id, mergedId: duplicate.id });
    const { briefChips: _dropped, ...older } = undo;
    const { merged } = await must(notebook, 'entities.undoMerge', { undo: older });
    expect(merged.id).toBe(duplicate.id);
    expect(outline(await content(notebook, both.id))).toEqual(['@Daniel Ferreira and @Daniel Ferreira', 'Named on the radio as @Daniel Ferreira.']);
  });

  it('deleting an entity or a proposal leaves its chips, which exports show by their stored label', async () => {
    const { notebook, coalition, proposal, others } = await briefsWithChips();
    await must(notebook, 'entities.delete', { id: coalition.id });
    await must(notebook, 'proposals.delete', { id: proposal.id });
    expect(await content(notebook, others.id)).toEqual(others.content);
    const markdown = Buffer.from((await must(notebook, 'briefs.export', { id: others.id, format: 'md' })).dataBase64, 'base64').toString('utf8');
    expect(markdown).toContain('Northern Coalition backs Tessalian proposal');
    expect(markdown).toContain('- Northern Coalition — entity (no longer in the notebook)');
    expect(markdown).toContain('- Tessalian proposal — proposal (no longer in the notebook)');
  });
});
