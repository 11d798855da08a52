// The browser build of csv-stringify: the same sync API without Node's Buffer and streams,
// so this module stays pure and runs in the renderer too.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Annotation, Entity, Proposal, RecordLink, SourceMeta } from '../model';

export interface CsvContext {
  sources: readonly SourceMeta[];
  entities: readonly Entity[];
  proposals: readonly Proposal[];
}

export const CSV_COLUMNS = [
  'Source',
  'Outlet',
  'Published',
  'Quote',
  'Record',
  'Record kind',
  'Role',
  'Comment',
  'Tags',
  'Anchoring',
  'Source ID',
  'Annotation ID',
  'Record ID',
] as const;

/** Excel takes a file as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * One row per link between an annotation and a record (an annotation with no links still
 * gets a row, with the record columns empty), so a spreadsheet can filter and pivot by
 * record. Written for Excel as well as for scripts: a UTF-8 byte order mark, CRLF line
 * ends (RFC 4180), fields quoted when they hold a comma, quote or line break, and cells
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed
 * with an apostrophe.
 */
export function annotationsToCsv(annotations: readonly Annotation[], context: CsvContext): string {
  const sources = new Map(context.sources.map((s) => [s.id, s]));
  const names = new Map<string, string>([
    ...context.entities.map((e): [string, string] => [e.id, e.name]),
    ...context.proposals.map((p): [string, string] => [p.id, p.title]),
  ]);
  const rows = annotations.flatMap((annotation) => {
    const source = sources.get(annotation.sourceId);
    const shared = {
      source: source?.title ?? '',
      outlet: source?.outlet ?? '',
      published: source?.publishedAt?.date ?? '',
      quote: annotation.target.quote.exact,
      comment: annotation.comment,
      tags: annotation.tags.join('; '),
      anchoring: annotation.anchoring,
      sourceId: annotation.sourceId,
      annotationId: annotation.id,
    };
    const links: Array<RecordLink | null> = annotation.links.length > 0 ? annotation.links : [null];
    return links.map((link) => [
      shared.source,
      shared.outlet,
      shared.published,
      shared.quote,
      link ? (names.get(link.recordId) ?? '') : '',
      link?.kind ?? '',
      link?.role ?? '',
      shared.comment,
      shared.tags,
      shared.anchoring,
      shared.sourceId,
      shared.annotationId,
      link?.recordId ?? '',
    ]);
  });
  return BOM + stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows', escape_formulas: true });
}
