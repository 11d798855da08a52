import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergeUndo } from '../../../shared/contract';
import type { RecordStamp } from '../../../shared/model';
import { call, must, newNotebook, reopen } from '../core/support/notebook';
import { addPerson, allAnnotations, annotateWords, entityLink, importSelvaReports } from './support';

/** A record as the researcher sees it: everything but the write bookkeeping. */
function content<T extends RecordStamp>(record: T): Omit<T, 'rev' | 'updatedAt'> {
  const { rev: _rev, updatedAt: _updatedAt, ...rest } = record;
  return rest;
}

async function notebookFile(path: string): Promise<{ tombstones: Array<{ id: string; kind: string }> }> {
  return JSON.parse(await readFile(join(path, 'notebook.json'), 'utf8'));
}

/** Two records of one envoy, linked from three sources and one proposal, plus records the merge must not touch. */
async function duplicatedEnvoy() {
  const notebook = await newNotebook();
  const [one, two, three] = (await importSelvaReports(notebook)) as [string, string, string];
  const survivor = await addPerson(notebook, 'Ilse Brandvold', { aliases: ['Brandvold'], title: 'Special envoy' });
  const merged = await addPerson(notebook, 'BRANDVOLD', { aliases: ['Brandvald', 'ilse brandvold'], description: 'Northern Council envoy' });
  const oyelaran = await addPerson(notebook, 'Caspar Oyelaran');
  const front = await must(notebook, 'entities.create', { kind: 'group', name: 'Aurelian Front' });
  const proposal = await must(notebook, 'proposals.create', { title: 'Northern Council draft: 72-hour pause' });

  const a1 = await annotateWords(notebook, one, 'Ilse Brandvold', [entityLink(merged.id)]);
  const a2 = await annotateWords(notebook, two, 'Brandvald', [entityLink(merged.id), entityLink(oyelaran.id)]);
  // Already linked to both: the links become one.
  const a3 = await annotateWords(notebook, three, 'Ilse Brandvold', [
    entityLink(survivor.id),
    entityLink(merged.id),
    { kind: 'proposal', recordId: proposal.id, role: 'mention' },
  ]);
  // Different roles are different links and both stay.
  const a4 = await annotateWords(notebook, one, 'Brandvold’s team', [entityLink(survivor.id), entityLink(merged.id, 'quote')]);
  const untouched = await annotateWords(notebook, one, 'Caspar Oyelaran', [entityLink(oyelaran.id)]);

  const facts = await must(notebook, 'proposals.update', {
    id: proposal.id,
    fields: {
      proposedBy: [merged.id],
      mediators: [merged.id, survivor.id],
      parties: [front.id],
      positions: [{ id: '01980000-0000-7000-8000-000000000001', partyId: merged.id, stance: 'supports', evidence: [a1.id] }],
      statusEvents: [
        { id: '01980000-0000-7000-8000-000000000002', status: 'floated', date: '2031-04-08', actorId: merged.id, evidence: [a1.id] },
      ],
    },
  });
  const other = await must(notebook, 'proposals.create', { title: 'Prisoner list', parties: [front.id] });
  return { notebook, survivor, merged, oyelaran, front, proposal: facts, other, annotations: { a1, a2, a3, a4, untouched } };
}

describe('entities.merge', () => {
  it('moves every link in every source and every proposal reference to the survivor, and takes in the names as aliases', async () => {
    const { notebook, survivor, merged, oyelaran, front, proposal, other, annotations } = await duplicatedEnvoy();
    const { survivor: after, undo } = await must(notebook, 'entities.merge', { survivorId: survivor.id, mergedId: merged.id });

    expect(after.aliases).toEqual(['Brandvold', 'Brandvald']);
    expect(after.title).toBe('Special envoy');
    expect(after.description).toBe('Northern Council envoy');
    expect(after.rev).toBe(survivor.rev + 1);
    expect(await call(notebook, 'entities.get', { id: merged.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await notebookFile(notebook.path)).tombstones).toContainEqual(expect.objectContaining({ id: merged.id, kind: 'entity' }));

    const byId = new Map((await allAnnotations(notebook)).map((a) => [a.id, a]));
    expect(byId.get(annotations.a1.id)!.links).toEqual([entityLink(survivor.id)]);
    expect(byId.get(annotations.a2.id)!.links).toEqual([entityLink(survivor.id), entityLink(oyelaran.id)]);
    expect(byId.get(annotations.a3.id)!.links).toEqual([entityLink(survivor.id), { kind: 'proposal', recordId: proposal.id, role: 'mention' }]);
    expect(byId.get(annotations.a4.id)!.links).toEqual([entityLink(survivor.id), entityLink(survivor.id, 'quote')]);
    expect(byId.get(annotations.untouched.id)).toEqual(annotations.untouched);
    expect([...byId.values()].flatMap((a) => a.links).some((l) => l.recordId === merged.id)).toBe(false);

    const moved = await must(notebook, 'proposals.get', { id: proposal.id });
    expect(moved.proposedBy).toEqual([survivor.id]);
    expect(moved.mediators).toEqual([survivor.id]);
    expect(moved.parties).toEqual([front.id]);
    expect(moved.positions.map((p) => p.partyId)).toEqual([survivor.id]);
    expect(moved.statusEvents.map((e) => e.actorId)).toEqual([survivor.id]);
    expect(await must(notebook, 'proposals.get', { id: other.id })).toEqual(other);

    expect(undo.survivorBefore).toEqual(survivor);
    expect(undo.merged).toEqual(merged);
    expect(undo.annotationsBefore.map((a) => a.id).sort()).toEqual(
      [annotations.a1.id, annotations.a2.id, annotations.a3.id, annotations.a4.id].sort(),
    );
    expect(undo.proposalsBefore).toEqual([proposal]);
  });

  it('refuses to merge an entity into itself or into one that is not there', async () => {
    const notebook = await newNotebook();
    const one = await addPerson(notebook, 'Tarek Ilunga');
    expect(await call(notebook, 'entities.merge', { survivorId: one.id, mergedId: one.id })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(
      await call(notebook, 'entities.merge', { survivorId: one.id, mergedId: '01980000-0000-7000-8000-00000000dead' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('entities.undoMerge', () => {
  it('restores both entities and every touched annotation and proposal exactly, across a reopen', async () => {
    const setup = await duplicatedEnvoy();
    const { survivor, merged, annotations } = setup;
    const beforeAll = new Map((await allAnnotations(setup.notebook)).map((a) => [a.id, a]));
    const { undo } = await must(setup.notebook, 'entities.merge', { survivorId: survivor.id, mergedId: merged.id });

    // The undo travels as JSON, as it would through the renderer, and is used after a restart.
    const carried = JSON.parse(JSON.stringify(undo)) as MergeUndo;
    let notebook = await reopen(setup.notebook);
    const restored = await must(notebook, 'entities.undoMerge', { undo: carried });

    expect(content(restored.survivor)).toEqual(content(survivor));
    expect(content(restored.merged)).toEqual(content(merged));
    // Undoing is a write: revisions move on past the merge's, they never go back.
    expect(restored.survivor.rev).toBe(survivor.rev + 2);
    expect(restored.merged.rev).toBe(merged.rev + 1);

    notebook = await reopen(notebook);
    expect(await must(notebook, 'entities.get', { id: survivor.id })).toEqual(restored.survivor);
    expect(await must(notebook, 'entities.get', { id: merged.id })).toEqual(restored.merged);
    expect((await notebookFile(notebook.path)).tombstones.some((t) => t.id === merged.id)).toBe(false);

    for (const annotation of await allAnnotations(notebook)) {
      const before = beforeAll.get(annotation.id)!;
      expect(content(annotation)).toEqual(content(before));
      const touched = undo.annotationsBefore.some((a) => a.id === annotation.id);
      expect(annotation.rev).toBe(touched ? before.rev + 2 : before.rev);
    }
    expect(content(await must(notebook, 'proposals.get', { id: setup.proposal.id }))).toEqual(content(setup.proposal));
    expect(await must(notebook, 'proposals.get', { id: setup.other.id })).toEqual(setup.other);
    expect(annotations.untouched).toEqual(await must(notebook, 'annotations.get', { id: annotations.untouched.id }));
  });

  it('refuses a second undo, and an undo that would throw away a later change', async () => {
    const { notebook, survivor, merged, annotations } = await duplicatedEnvoy();
    const first = await must(notebook, 'entities.merge', { survivorId: survivor.id, mergedId: merged.id });
    await must(notebook, 'entities.undoMerge', { undo: first.undo });
    expect(await call(notebook, 'entities.undoMerge', { undo: first.undo })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const second = await must(notebook, 'entities.merge', { survivorId: survivor.id, mergedId: merged.id });
    await must(notebook, 'annotations.update', { id: annotations.a2.id, fields: { comment: 'misspelt in the Front statement' } });
    const refused = await call(notebook, 'entities.undoMerge', { undo: second.undo });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Nothing was half-undone.
    expect(await call(notebook, 'entities.get', { id: merged.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await must(notebook, 'annotations.get', { id: annotations.a1.id })).links).toEqual([entityLink(survivor.id)]);
  });
});
