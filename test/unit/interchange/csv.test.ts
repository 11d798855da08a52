import { describe, expect, it } from 'vitest';
import { annotationsToCsv, CSV_COLUMNS } from '../../../shared/interchange';
import { annotationOn, entity, proposal, source } from './support/records';

const TEXT = 'PORT SELEN — Ferreira said the 48-hour pause, "if agreed", would start at dawn.\n=HYPERLINK("x") +1 -2 @me';

function fixture() {
  const article = source('Talks resume, "again"', TEXT);
  const ferreira = entity('Daniel Ferreira');
  const pause = proposal('Egyptian proposal: 48-hour pause');
  return { article, ferreira, pause, context: { sources: [article.meta], entities: [ferreira], proposals: [pause] } };
}

/** The rows of the CSV as written: BOM off, split on CRLF record ends (none of these cells hold CRLF). */
function lines(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('CSV of annotations', () => {
  it('starts with a byte order mark and a header naming every column', () => {
    const { context } = fixture();
    const [header] = lines(annotationsToCsv([], context));
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(header).toBe('Source,Outlet,Published,Quote,Record,Record kind,Role,Comment,Tags,Anchoring,Source ID,Annotation ID,Record ID');
  });

  it('writes one row per link, and one row with empty record columns for an annotation without links', () => {
    const { article, ferreira, pause, context } = fixture();
    const linked = annotationOn(article, 'Ferreira', {
      links: [
        { kind: 'entity', recordId: ferreira.id, role: 'mention' },
        { kind: 'proposal', recordId: pause.id, role: 'position' },
      ],
      tags: ['actors', 'quotes'],
    });
    const bare = annotationOn(article, 'dawn');
    const [, first, second, third, ...rest] = lines(annotationsToCsv([linked, bare], context));
    expect(rest).toEqual([]);
    const common = `"Talks resume, ""again""",Harbour Gazette,2025-03-03,Ferreira`;
    expect(first).toBe(`${common},Daniel Ferreira,entity,mention,,actors; quotes,anchored,${article.meta.id},${linked.id},${ferreira.id}`);
    expect(second).toBe(`${common},Egyptian proposal: 48-hour pause,proposal,position,,actors; quotes,anchored,${article.meta.id},${linked.id},${pause.id}`);
    expect(third).toBe(`"Talks resume, ""again""",Harbour Gazette,2025-03-03,dawn,,,,,,anchored,${article.meta.id},${bare.id},`);
  });

  it('quotes cells holding commas, double quotes or line breaks', () => {
    const { article, context } = fixture();
    const annotation = annotationOn(article, 'pause, "if agreed", would', { comment: 'Two lines:\nsecond, with a comma' });
    const csv = annotationsToCsv([annotation], context);
    expect(csv).toContain(`,"pause, ""if agreed"", would",`);
    expect(csv).toContain(`,"Two lines:\nsecond, with a comma",`);
  });

  it('keeps spreadsheets from running cells as formulas', () => {
    const { article, context } = fixture();
    const formula = annotationOn(article, '=HYPERLINK("x")', { comment: '+1 call me', tags: ['@me'] });
    const minus = annotationOn(article, '-2', { comment: '@SUM(A1)' });
    const [, first, second] = lines(annotationsToCsv([formula, minus], context));
    expect(first).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(first).toContain(`,'+1 call me,'@me,`);
    expect(second).toContain(`,'-2,`);
    expect(second).toContain(`,'@SUM(A1),`);
  });
});
