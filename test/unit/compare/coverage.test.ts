import { describe, expect, it } from 'vitest';
import { coverage, isUniqueToOneSource, sortCoverage, totalMentions } from '../../../shared/compare/coverage';
import { annotation, entity, id, mention, proposal } from './records';

const [herald, times, courier] = [id(0xa), id(0xb), id(0xc)];
const haddad = entity(id(0xe1), 'Rami Haddad');
const ferreira = entity(id(0xe2), 'Daniel Ferreira');
const okafor = entity(id(0xe3), 'Grace Okafor');
const pause = proposal(id(0xd1), 'Tessalian proposal: 48-hour pause');

const annotations = [
  annotation(id(1), herald, 'Haddad', [mention(haddad.id)]),
  annotation(id(2), herald, 'the mediator Haddad', [mention(haddad.id), mention(haddad.id, 'entity', 'quote')]),
  annotation(id(3), herald, 'a 48-hour pause', [mention(pause.id, 'proposal', 'term'), mention(ferreira.id)]),
  annotation(id(4), times, 'Rami Haddad', [mention(haddad.id)]),
  annotation(id(5), times, 'the pause', [mention(pause.id, 'proposal')]),
  annotation(id(6), courier, 'Okafor', [mention(okafor.id)]),
  annotation(id(7), courier, 'a comment with no link'),
];

const input = { sourceIds: [herald, times, courier], annotations, entities: [haddad, ferreira, okafor], proposals: [pause] };

describe('coverage', () => {
  it('counts, per source, the annotations that link each record, and lists them', () => {
    const rows = coverage(input);
    const haddadRow = rows.find((r) => r.recordId === haddad.id)!;
    expect(haddadRow).toMatchObject({ name: 'Rami Haddad', kind: 'entity' });
    // One annotation linking Haddad in two roles is one mention.
    expect(haddadRow.counts).toEqual({ [herald]: 2, [times]: 1, [courier]: 0 });
    expect(haddadRow.mentions).toEqual({ [herald]: [id(1), id(2)], [times]: [id(4)], [courier]: [] });
    expect(rows.find((r) => r.recordId === pause.id)).toMatchObject({ kind: 'proposal', name: pause.title, counts: { [herald]: 1, [times]: 1, [courier]: 0 } });
  });

  it('has counts equal to the annotations: every record link in the sources is counted once', () => {
    const rows = coverage(input);
    const links = annotations.reduce((sum, a) => sum + new Set(a.links.map((l) => l.recordId)).size, 0);
    expect(rows.reduce((sum, row) => sum + totalMentions(row), 0)).toBe(links);
    for (const row of rows) {
      for (const [sourceId, ids] of Object.entries(row.mentions)) {
        expect(row.counts[sourceId]).toBe(ids.length);
        for (const annotationId of ids) {
          const linked = annotations.find((a) => a.id === annotationId)!;
          expect(linked.sourceId).toBe(sourceId);
          expect(linked.links.map((l) => l.recordId)).toContain(row.recordId);
        }
      }
    }
  });

  it('leaves out orphaned annotations, whose words are no longer in the text', () => {
    const orphan = annotation(id(8), times, 'Ferreira', [mention(ferreira.id)], 'orphaned');
    const rows = coverage({ ...input, annotations: [...annotations, orphan] });
    expect(rows.find((r) => r.recordId === ferreira.id)!.counts).toEqual({ [herald]: 1, [times]: 0, [courier]: 0 });
  });

  it('counts only the compared sources and has no row for a record none of them mention', () => {
    const rows = coverage({ ...input, sourceIds: [herald, times] });
    expect(rows.map((r) => r.name)).not.toContain('Grace Okafor');
    expect(Object.keys(rows[0]!.counts)).toEqual([herald, times]);
  });

  it('sorts most shared first: by sources mentioning, then total mentions, then name', () => {
    expect(coverage(input).map((r) => r.name)).toEqual(['Rami Haddad', pause.title, 'Daniel Ferreira', 'Grace Okafor']);
  });

  it('sorts most unique first: records only one source mentions lead, and stand out', () => {
    const rows = sortCoverage(coverage(input), 'most-unique');
    expect(rows.map((r) => r.name)).toEqual(['Daniel Ferreira', 'Grace Okafor', 'Rami Haddad', pause.title]);
    expect(rows.map(isUniqueToOneSource)).toEqual([true, true, false, false]);
  });
});
