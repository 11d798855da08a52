import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../shared/model';
import { countMentions, groupEntitiesByKind, matchesFilter } from '../../../renderer/logic/recordGroups';

const stamp = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', rev: 1 };
const entity = (id: string, name: string, kind: Entity['kind'], aliases: string[] = []): Entity => ({
  ...stamp, id, name, kind, aliases, title: '', description: '', notes: null, ignoredMentions: [], ignoredNames: [],
});

describe('navigator records', () => {
  it('matches a filter against names and aliases, ignoring case and accents', () => {
    expect(matchesFilter(['Ilse Marren', 'Élise Marren'], 'elise')).toBe(true);
    expect(matchesFilter(['Ilse Marren'], 'rostam')).toBe(false);
    expect(matchesFilter(['Anything'], '  ')).toBe(true);
  });

  it('counts one mention per annotation per entity', () => {
    const link = (recordId: string, kind: 'entity' | 'proposal' = 'entity') => ({ kind, recordId, role: 'mention' as const });
    const counts = countMentions([{ links: [link('a'), link('a')] }, { links: [link('a'), link('b')] }, { links: [link('a', 'proposal')] }]);
    expect([...counts]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('groups entities by kind in the model order, by name within a kind, and filters', () => {
    const entities = [entity('1', 'Valdor', 'place'), entity('2', 'Marta Velin', 'person'), entity('3', 'Hadi Rostam', 'person', ['H. R.'])];
    const groups = groupEntitiesByKind(entities, new Map([['2', 4]]), '');
    expect(groups.map((g) => [g.kind, g.entities.map((e) => `${e.entity.name}:${e.mentions}`)])).toEqual([
      ['person', ['Hadi Rostam:0', 'Marta Velin:4']],
      ['place', ['Valdor:0']],
    ]);
    expect(groupEntitiesByKind(entities, new Map(), 'h. r').map((g) => g.entities.length)).toEqual([1]);
  });
});
