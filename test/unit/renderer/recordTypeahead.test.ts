import { describe, expect, it } from 'vitest';
import { rankRecords } from '../../../renderer/logic/recordTypeahead';

const records = [
  { id: '1', name: 'Hadi Rostam', aliases: ['H. Rostam'] },
  { id: '2', name: 'Valdorian Coast Guard', aliases: ['VCG', 'Coastguard'] },
  { id: '3', name: 'Rostamabad', aliases: [] },
  { id: '4', name: 'Ilse Marren', aliases: ['Élise Marren'] },
];

describe('record typeahead', () => {
  it('ranks exact, then prefix, then word prefix, then anywhere, with "Create …" last', () => {
    const options = rankRecords(records, 'rostam');
    expect(options.map((o) => o.label)).toEqual(['Rostamabad', 'Hadi Rostam', 'Create “rostam”']);
    expect(options.at(-1)).toEqual({ kind: 'create', label: 'Create “rostam”', name: 'rostam' });
  });

  it('finds records by alias and says which alias matched', () => {
    expect(rankRecords(records, 'vcg')[0]).toEqual({ kind: 'record', recordId: '2', label: 'Valdorian Coast Guard', matched: 'VCG' });
    expect(rankRecords(records, 'elise')[0]).toMatchObject({ recordId: '4', matched: 'Élise Marren' });
  });

  it('offers no "Create …" for an empty query or a name that already exists', () => {
    expect(rankRecords(records, '').some((o) => o.kind === 'create')).toBe(false);
    expect(rankRecords(records, 'hadi rostam ').some((o) => o.kind === 'create')).toBe(false);
    expect(rankRecords(records, 'Nobody').map((o) => o.kind)).toEqual(['create']);
  });
});
