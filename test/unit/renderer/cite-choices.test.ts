import { describe, expect, it } from 'vitest';
import type { BriefMeta } from '../../../shared/model';
import { briefChoices } from '../../../renderer/cite/briefChoices';

const brief = (id: string, title: string, updatedAt: string): BriefMeta => ({ id, title, createdAt: '2024-03-01T09:00:00Z', updatedAt, rev: 1 });

const morning = brief('00000000-0000-4000-8000-000000000001', 'Morning note', '2024-03-04T08:00:00Z');
const weekly = brief('00000000-0000-4000-8000-000000000002', 'Weekly brief', '2024-03-06T17:30:00Z');
const archive = brief('00000000-0000-4000-8000-000000000003', 'Archive', '2024-02-11T12:00:00Z');

describe('briefChoices', () => {
  it('lists the most recently edited brief first and starts on it', () => {
    const choices = briefChoices([morning, weekly, archive], null);
    expect(choices.briefs.map((b) => b.title)).toEqual(['Weekly brief', 'Morning note', 'Archive']);
    expect(choices.selected).toBe(0);
  });

  it('starts on the brief cited into last, wherever it sits in the list', () => {
    const choices = briefChoices([morning, weekly, archive], archive.id);
    expect(choices.briefs[choices.selected]?.title).toBe('Archive');
  });

  it('starts at the top when the last brief used has been deleted', () => {
    expect(briefChoices([morning, weekly], archive.id).selected).toBe(0);
  });

  it('has only "New brief…" to offer in a notebook without briefs', () => {
    expect(briefChoices([], null)).toEqual({ briefs: [], selected: 0 });
  });
});
