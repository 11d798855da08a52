import type { TermWording } from '../../../shared/compare/types';
import type { SourceMeta } from '../../../shared/model';
import { formatPublishedShort } from '../../logic/dates';

export type TermColumn = { id: string; title: string; outlet: string; date: string };

/** Column headings: the title to read, the outlet and date to place it ("Date unknown" said once, plainly). */
export function termColumns(sources: readonly SourceMeta[]): TermColumn[] {
  return sources.map((s) => ({ id: s.id, title: s.title, outlet: s.outlet.trim(), date: formatPublishedShort(s.publishedAt) || 'date unknown' }));
}

/**
 * What a screen reader hears for a cell before its quotes: whether the source reports the
 * term at all, and whether its figure disagrees (the colour and icon say it to the eye).
 */
export function describeCell(wordings: readonly TermWording[] | undefined): string {
  if (!wordings || wordings.length === 0) return 'not reported';
  const figures = [...new Set(wordings.flatMap((w) => w.figures))];
  const said = figures.length ? `reports ${figures.join(', ')}` : 'reports it';
  return wordings.some((w) => w.differs) ? `${said}, which differs from another source` : said;
}
