import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, must, newNotebook, reopen } from '../core/support/notebook';
import { addPerson, allAnnotations, annotateWords, entityLink, importSelvaReports } from './support';

describe('entities.delete', () => {
  it('unlinks the entity from annotations and proposals, as many as deleteImpact said', async () => {
    let notebook = await newNotebook();
    const [one, two] = (await importSelvaReports(notebook)) as [string, string, string];
    const ilunga = await addPerson(notebook, 'Tarek Ilunga');
    const oyelaran = await addPerson(notebook, 'Caspar Oyelaran');
    const front = await must(notebook, 'entities.create', { kind: 'group', name: 'Aurelian Front' });

    const alone = await annotateWords(notebook, one, 'Tarek Ilunga', [entityLink(ilunga.id)]);
    const shared = await annotateWords(notebook, two, 'Tarek Ilunga told reporters', [entityLink(ilunga.id, 'quote'), entityLink(front.id)]);
    const other = await annotateWords(notebook, one, 'Caspar Oyelaran', [entityLink(oyelaran.id)]);
    const pause = await must(notebook, 'proposals.create', {
      title: '72-hour pause',
      parties: [front.id, oyelaran.id],
      mediators: [ilunga.id],
      positions: [
        { id: '01980000-0000-7000-8000-000000000011', partyId: ilunga.id, stance: 'supports', evidence: [shared.id] },
        { id: '01980000-0000-7000-8000-000000000012', partyId: oyelaran.id, stance: 'undecided' },
      ],
      statusEvents: [{ id: '01980000-0000-7000-8000-000000000013', status: 'accepted', actorId: ilunga.id, evidence: [shared.id] }],
    });
    const unrelated = await must(notebook, 'proposals.create', { title: 'Prisoner list', parties: [oyelaran.id] });

    expect(await must(notebook, 'entities.deleteImpact', { id: ilunga.id })).toEqual({ annotations: 2, proposals: 1 });
    expect(await must(notebook, 'entities.delete', { id: ilunga.id })).toEqual({ id: ilunga.id });

    notebook = await reopen(notebook);
    expect(await call(notebook, 'entities.get', { id: ilunga.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const file = JSON.parse(await readFile(join(notebook.path, 'notebook.json'), 'utf8'));
    expect(file.tombstones).toContainEqual(expect.objectContaining({ id: ilunga.id, kind: 'entity' }));

    const byId = new Map((await allAnnotations(notebook)).map((a) => [a.id, a]));
    // The highlights stay; only the links to the deleted entity go.
    expect(byId.get(alone.id)!.links).toEqual([]);
    expect(byId.get(shared.id)!.links).toEqual([entityLink(front.id)]);
    expect(byId.get(other.id)).toEqual(other);

    const after = await must(notebook, 'proposals.get', { id: pause.id });
    expect(after.mediators).toEqual([]);
    expect(after.parties).toEqual([front.id, oyelaran.id]);
    expect(after.positions.map((p) => p.partyId)).toEqual([oyelaran.id]);
    // The event still happened; it only forgets who did it.
    expect(after.statusEvents).toEqual([expect.objectContaining({ status: 'accepted', actorId: null, evidence: [shared.id] })]);
    expect(await must(notebook, 'proposals.get', { id: unrelated.id })).toEqual(unrelated);

    const unlinked = [alone.id, shared.id].filter((id) => byId.get(id)!.rev > 1).length;
    expect(unlinked).toBe(2);
  });

  it('predicts no impact for an entity nothing refers to, and deletes it', async () => {
    const notebook = await newNotebook();
    const entity = await addPerson(notebook, 'Ilse Marchetti');
    expect(await must(notebook, 'entities.deleteImpact', { id: entity.id })).toEqual({ annotations: 0, proposals: 0 });
    await must(notebook, 'entities.delete', { id: entity.id });
    expect(await must(notebook, 'entities.list', {})).toEqual([]);
    expect(await call(notebook, 'entities.deleteImpact', { id: entity.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
