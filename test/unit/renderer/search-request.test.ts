import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/search';
import { placeOf } from '../../../renderer/search/resultPlace';
import { countLine, filtersProblem, narrowed, NO_FILTERS, requestOf } from '../../../renderer/search/searchRequest';

const ENTITY = '0b5a3e4c-1d2f-4a6b-8c9d-0e1f2a3b4c5d';
const SOURCE = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

describe('search form to request', () => {
  it('leaves blank fields out, so an untouched form searches everything', () => {
    expect(requestOf({ ...NO_FILTERS, query: '  grain  ' }, 50)).toEqual({ query: 'grain', limit: 50 });
    expect(narrowed(NO_FILTERS)).toBe(false);
  });

  it('sends every filter that is set, trimmed', () => {
    const request = requestOf({ query: '"river port"', kinds: ['annotation', 'source'], outlet: ' Valley Courier ', from: '2032-05-01', to: '2032-05-31', recordId: ENTITY, tag: '#inspections' }, 100);
    expect(request).toEqual({ query: '"river port"', kind: ['source', 'annotation'], outlet: 'Valley Courier', from: '2032-05-01', to: '2032-05-31', recordId: ENTITY, tag: 'inspections', limit: 100 });
  });

  it('asks for every kind when every kind is ticked, as when none is', () => {
    expect(requestOf({ ...NO_FILTERS, kinds: ['source', 'annotation', 'entity', 'proposal', 'brief'] }, 50).kind).toBeUndefined();
  });

  it('drops a half-typed date rather than sending it', () => {
    expect(requestOf({ ...NO_FILTERS, from: '2032-05' }, 50).from).toBeUndefined();
  });

  it('says when the dates are the wrong way round', () => {
    expect(filtersProblem({ ...NO_FILTERS, from: '2032-06-01', to: '2032-05-01' })).toMatch(/after the “to” date/);
    expect(filtersProblem({ ...NO_FILTERS, from: '2032-05-01', to: '2032-05-01' })).toBeNull();
  });

  it('counts results in words', () => {
    expect(countLine(1, 1)).toBe('1 result');
    expect(countLine(23, 23)).toBe('23 results');
    expect(countLine(50, 230)).toBe('Showing 50 of 230 results');
  });
});

describe('where a result opens', () => {
  const hit = (result: Partial<SearchResult>): SearchResult => ({ kind: 'source', id: SOURCE, title: 'T', snippet: '', highlights: [], score: 1, ...result });

  it('opens a source at the matched stretch, selected', () => {
    expect(placeOf(hit({ sourceId: SOURCE, start: 120, end: 141 }))).toEqual({ kind: 'source', id: SOURCE, span: { start: 120, end: 141 } });
  });

  it('opens an annotation’s source at its span, or at the annotation when it has lost its place', () => {
    expect(placeOf(hit({ kind: 'annotation', id: ENTITY, sourceId: SOURCE, start: 4, end: 10 }))).toEqual({ kind: 'source', id: SOURCE, span: { start: 4, end: 10 } });
    expect(placeOf(hit({ kind: 'annotation', id: ENTITY, sourceId: SOURCE }))).toEqual({ kind: 'source', id: SOURCE, at: ENTITY });
  });

  it('opens records and briefs on their own page', () => {
    expect(placeOf(hit({ kind: 'entity', id: ENTITY }))).toEqual({ kind: 'entity', id: ENTITY });
    expect(placeOf(hit({ kind: 'brief', id: ENTITY }))).toEqual({ kind: 'brief', id: ENTITY });
  });
});
