import { describe, expect, it } from 'vitest';
import { groupBySource, inContext } from '../../../renderer/logic/mentionGroups';

describe('mentions in context', () => {
  const text = 'Talks resumed.\n\nThe envoy Marta Velin met both delegations at the port on Tuesday and stayed late into the night.';

  it('shows whole words either side and stays inside the paragraph', () => {
    const start = text.indexOf('Marta Velin');
    const context = inContext(text, start, start + 'Marta Velin'.length, 20);
    expect(context.text).toBe('Marta Velin');
    expect(context.before).toBe('The envoy ');
    expect(context.after).toBe(' met both…');
  });

  it('marks a cut on the left with an ellipsis', () => {
    const start = text.indexOf('Tuesday');
    const context = inContext(text, start, start + 7, 15);
    expect(context.before.startsWith('…')).toBe(true);
    expect(context.before).not.toMatch(/^…\S*[a-z]at /);
    expect(context.after).toBe(' and stayed…');
  });
});

describe('mentions grouped by source', () => {
  it('groups per source by title, mentions in text order', () => {
    const titles: Record<string, string> = { s1: 'Port talks', s2: 'Ceasefire draft' };
    const groups = groupBySource(
      [
        { sourceId: 's1', start: 40 },
        { sourceId: 's2', start: 5 },
        { sourceId: 's1', start: 3 },
      ],
      (id) => titles[id] ?? '',
    );
    expect(groups.map((g) => [g.title, g.items.map((i) => i.start)])).toEqual([
      ['Ceasefire draft', [5]],
      ['Port talks', [3, 40]],
    ]);
  });
});
