import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '../../../shared/model';
import { filterSources, sortSources, visibleSources } from '../../../renderer/logic/sourceList';

let n = 0;
function source(fields: Partial<SourceMeta> & { title: string }): SourceMeta {
  n += 1;
  const id = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    rev: 1,
    outlet: '',
    authors: [],
    publishedAt: null,
    url: null,
    language: null,
    direction: 'auto',
    importedAt: '2024-01-01T00:00:00.000Z',
    fileName: null,
    format: 'txt',
    currentVersionId: id,
    contentHash: '0'.repeat(64),
    metadataConfirmed: false,
    guesses: {},
    ...fields,
  };
}

const truce = source({ title: 'Truce holds in the north', outlet: 'Reuters', publishedAt: { precision: 'day', date: '2024-03-05' } });
const talks = source({ title: 'Talks resume in Genève', outlet: 'Le Monde', authors: ['Amélie Durand'], publishedAt: { precision: 'month', date: '2024-03' } });
const undated = source({ title: 'Background: the mediators', importedAt: '2024-04-01T00:00:00.000Z' });
const older = source({ title: 'Aid corridor proposed', outlet: 'AP', publishedAt: { precision: 'day', date: '2023-12-30' } });
const all = [undated, older, truce, talks];

describe('sortSources', () => {
  it('puts the newest first and undated sources last', () => {
    expect(sortSources(all, 'date').map((s) => s.title)).toEqual([
      'Truce holds in the north',
      'Talks resume in Genève',
      'Aid corridor proposed',
      'Background: the mediators',
    ]);
  });

  it('sorts by outlet with sources without an outlet at the end', () => {
    expect(sortSources(all, 'outlet').map((s) => s.outlet)).toEqual(['AP', 'Le Monde', 'Reuters', '']);
  });

  it('sorts by title ignoring case', () => {
    const lower = source({ title: 'another look' });
    expect(sortSources([truce, lower, older], 'title').map((s) => s.title)).toEqual([
      'Aid corridor proposed',
      'another look',
      'Truce holds in the north',
    ]);
  });

  it('does not reorder the list it was given', () => {
    const copy = [...all];
    sortSources(all, 'title');
    expect(all).toEqual(copy);
  });
});

describe('filterSources', () => {
  it('matches title, outlet and authors, blind to case and accents', () => {
    expect(filterSources(all, 'geneve').map((s) => s.title)).toEqual(['Talks resume in Genève']);
    expect(filterSources(all, 'REUTERS').map((s) => s.title)).toEqual(['Truce holds in the north']);
    expect(filterSources(all, 'amelie').map((s) => s.title)).toEqual(['Talks resume in Genève']);
  });

  it('requires every word to match somewhere', () => {
    expect(filterSources(all, 'truce reuters')).toHaveLength(1);
    expect(filterSources(all, 'truce monde')).toHaveLength(0);
  });

  it('returns everything for a blank filter', () => {
    expect(filterSources(all, '   ')).toHaveLength(4);
  });

  it('filters then sorts in visibleSources', () => {
    expect(visibleSources(all, 'date', 'in').map((s) => s.title)).toEqual(['Truce holds in the north', 'Talks resume in Genève']);
  });
});
