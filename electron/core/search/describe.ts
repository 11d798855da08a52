import { firstMatch, matcherFor, plainTextOf, snippetOf, type ParsedQuery, type SearchResult, type Snippet, type Span } from '../../../shared/search';
import type { Notebook } from './documents';
import type { Hit } from './run-query';

/**
 * A hit as the researcher sees it: a title, a snippet with the matched words marked, and
 * where to land. A source lands on the first place its current text holds the phrase (or
 * else any matched word); an annotation lands on its span.
 */
export function describeHit({ store, records }: Notebook, hit: Hit, parsed: ParsedQuery): SearchResult {
  const matcher = matcherFor(hit.terms, parsed.phrases);
  const base = { kind: hit.kind, id: hit.id, score: hit.score };
  switch (hit.kind) {
    case 'source': {
      const source = records.find('sources', hit.id)!;
      const text = store.currentVersion(hit.id, source).text;
      const landing = parsed.phrases.length > 0 ? matcherFor([], [parsed.phrases[0]!]) : matcher;
      const span = firstMatch(text, landing) ?? firstMatch(text, matcher);
      return { ...base, title: source.title, sourceId: hit.id, ...spanOf(span), ...snippetOf(text, span, matcher) };
    }
    case 'annotation': {
      const annotation = store.annotation(hit.id);
      const source = records.find('sources', annotation.sourceId)!;
      // An orphaned annotation's offsets point at nothing in the current text.
      const placed = annotation.anchoring !== 'orphaned' && annotation.versionId === source.currentVersionId;
      const { start, end } = annotation.target.position;
      return {
        ...base,
        title: source.title,
        sourceId: source.id,
        ...(placed ? { start, end } : {}),
        ...snippetFrom([annotation.target.quote.exact, annotation.comment], matcher),
      };
    }
    case 'entity': {
      const entity = records.find('entities', hit.id)!;
      const aliases = entity.aliases.length > 0 ? `Also: ${entity.aliases.join(', ')}` : '';
      return { ...base, title: entity.name, ...snippetFrom([entity.description, aliases, entity.title, plainTextOf(entity.notes)], matcher) };
    }
    case 'proposal': {
      const proposal = records.find('proposals', hit.id)!;
      const terms = proposal.terms.map((t) => (t.value ? `${t.label}: ${t.value}` : t.label));
      const notes = [...proposal.statusEvents.map((e) => e.note), ...proposal.positions.map((p) => p.note)];
      return { ...base, title: proposal.title, ...snippetFrom([proposal.summary, ...terms, ...notes], matcher) };
    }
    case 'brief': {
      const brief = records.find('briefs', hit.id)!;
      return { ...base, title: brief.title, ...snippetFrom([plainTextOf(store.brief(hit.id).content)], matcher) };
    }
  }
}

function spanOf(span: Span | null): { start?: number; end?: number } {
  return span ? { start: span[0], end: span[1] } : {};
}

/** The snippet of the first field that holds a match, else of the first field with any words. */
function snippetFrom(fields: readonly string[], matcher: RegExp | null): Snippet {
  for (const field of fields) {
    const at = firstMatch(field, matcher);
    if (at) return snippetOf(field, at, matcher);
  }
  const first = fields.find((f) => f.trim() !== '') ?? '';
  return snippetOf(first, null, matcher);
}
