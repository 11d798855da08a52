import { describe, expect, it } from 'vitest';
import { must, newNotebook } from '../core/support/notebook';
import { addPerson, importSelvaReports, textOf } from './support';

// The engine keeps the names found in each text version, because the reader asks again after
// every annotation change; what it answers must still follow the notebook and the text.
describe('sources.suggestions asked again', () => {
  it('links a name to an entity created since the last ask', async () => {
    const notebook = await newNotebook();
    const [one] = (await importSelvaReports(notebook)) as [string];
    const before = await must(notebook, 'sources.suggestions', { id: one });
    expect(before.find((s) => s.text === 'Caspar Oyelaran')).toMatchObject({ existingId: null });

    const caspar = await addPerson(notebook, 'Caspar Oyelaran');
    const after = await must(notebook, 'sources.suggestions', { id: one });
    expect(after.find((s) => s.text === 'Caspar Oyelaran')).toMatchObject({ existingId: caspar.id });
    expect(after.map((s) => s.text)).toEqual(before.map((s) => s.text));
  });

  it('finds the names of the new text after the source is edited', async () => {
    const notebook = await newNotebook();
    const [one] = (await importSelvaReports(notebook)) as [string];
    const harbour = (names: string[]) => names.filter((name) => name.includes('Harbour'));
    expect(harbour((await must(notebook, 'sources.suggestions', { id: one })).map((s) => s.text))).toEqual([]);

    const source = await must(notebook, 'sources.get', { id: one });
    const text = `${await textOf(notebook, one)}\n\nLater, a spokesman for the Harbour Workers League spoke to reporters.`;
    await must(notebook, 'sources.editText', { id: one, text, rev: source.rev });
    const names = (await must(notebook, 'sources.suggestions', { id: one })).map((s) => s.text);
    expect(harbour(names)).toHaveLength(1);
  });
});
