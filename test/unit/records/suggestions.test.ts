import { describe, expect, it } from 'vitest';
import { call, must, newNotebook } from '../core/support/notebook';
import { addPerson, importSelvaReports, textOf } from './support';

describe('sources.suggestions', () => {
  it('offers the people, organisations and places of a report, marks the ones already recorded, and creates nothing', async () => {
    const notebook = await newNotebook();
    const [one] = (await importSelvaReports(notebook)) as [string, string, string];
    const envoy = await addPerson(notebook, 'Ilse Brandvold', { aliases: ['Brandvold'] });

    const suggestions = await must(notebook, 'sources.suggestions', { id: one });
    const text = await textOf(notebook, one);
    const byText = new Map(suggestions.map((s) => [s.text, s]));

    expect(byText.get('Ilse Brandvold')).toMatchObject({ kind: 'person', existingId: envoy.id });
    expect(byText.get('Caspar Oyelaran')).toMatchObject({ kind: 'person', existingId: null, count: 1 });
    expect(byText.get('Tarek Ilunga')).toMatchObject({ existingId: null });
    expect(suggestions.some((s) => s.text.includes('Port Selva'))).toBe(true);
    for (const s of suggestions) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.count).toBeGreaterThanOrEqual(1);
    }
    expect(await must(notebook, 'entities.list', {})).toEqual([envoy]);
  });

  it('says which source is unknown', async () => {
    const notebook = await newNotebook();
    expect(await call(notebook, 'sources.suggestions', { id: '01980000-0000-7000-8000-00000000dead' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
