import { ParleyError } from '../../../shared/contract';
import { RecordId } from '../../../shared/model';
import { SearchKind, type SearchResult, type SearchResults } from '../../../shared/search';
import type { Output } from '../output';
import { withNotebook, type Call, type GlobalOptions } from '../session';
import { oneLine } from './format';
import { resolveEntity, resolveProposal } from './resolve';

export interface SearchOptions extends GlobalOptions {
  kind: string[];
  outlet?: string;
  from?: string;
  to?: string;
  record?: string;
  tag?: string;
  limit?: string;
}

/** `parley search QUERY`: words (prefix, typos forgiven), "phrases", filters. */
export async function searchNotebook(words: readonly string[], options: SearchOptions, output: Output): Promise<number> {
  const query = words.join(' ');
  const kind = options.kind.map(kindOf);
  const from = options.from === undefined ? undefined : dayOf(options.from, 'first', '--from');
  const to = options.to === undefined ? undefined : dayOf(options.to, 'last', '--to');
  const limit = options.limit === undefined ? undefined : limitOf(options.limit);
  await withNotebook(options, { create: false }, async (call) => {
    const recordId = options.record === undefined ? undefined : await recordIdOf(call, options.record);
    const found = await call('search.query', { query, kind, outlet: options.outlet, from, to, recordId, tag: options.tag, limit });
    output.result({ results: found.results.map(forScripts) }, () => forPeople(query, found));
  });
  return 0;
}

/** What `--json` prints per result: where to land, without the snippet's highlight offsets. */
function forScripts({ kind, id, title, sourceId, start, end, snippet, score }: SearchResult) {
  return { kind, id, title, ...(sourceId === undefined ? {} : { sourceId }), ...(start === undefined ? {} : { start, end }), snippet, score };
}

function forPeople(query: string, found: SearchResults): string[] {
  const asked = query.trim() ? ` for “${query.trim()}”` : '';
  if (found.total === 0) return [`Nothing found${asked}.`];
  const lines = [found.total === found.results.length ? `${count(found.total)}${asked}:` : `${count(found.total)}${asked}; the first ${found.results.length} (--limit for more):`];
  for (const result of found.results) {
    const at = result.start === undefined ? '' : ` @${result.start}-${result.end}`;
    lines.push('', `${result.kind.padEnd(10)}  ${result.title}  ${result.id}${at}`);
    if (result.snippet) lines.push(`            ${marked(result)}`);
  }
  return lines;
}

/** The snippet with each matched word in [brackets], as a terminal shows no highlight. */
function marked({ snippet, highlights }: SearchResult): string {
  let text = '';
  let at = 0;
  for (const [start, end] of highlights) {
    text += `${snippet.slice(at, start)}[${snippet.slice(start, end)}]`;
    at = end;
  }
  return oneLine(text + snippet.slice(at));
}

function kindOf(value: string): SearchKind {
  const kind = SearchKind.safeParse(value.trim().toLowerCase());
  if (!kind.success) throw new ParleyError('bad-request', `--kind “${value}” is not a kind: choose ${SearchKind.options.join(', ')}.`);
  return kind.data;
}

function count(n: number): string {
  return `${n} result${n === 1 ? '' : 's'}`;
}

/** A day, a month or a year; a month or year starts on its first day (--from) or ends on its last (--to). */
export function dayOf(value: string, end: 'first' | 'last', flag: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const [year, month, day] = match ? match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) : [];
  const validMonth = month === undefined || (month >= 1 && month <= 12);
  if (!match || year === undefined || !validMonth) throw badDate(value, flag);
  const m = month ?? (end === 'first' ? 1 : 12);
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const d = day ?? (end === 'first' ? 1 : lastDay);
  if (d < 1 || d > lastDay) throw badDate(value, flag);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function badDate(value: string, flag: string): ParleyError {
  return new ParleyError('bad-request', `${flag} “${value}” is not a date: give YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2031-03-04).`);
}

function limitOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) {
    throw new ParleyError('bad-request', `--limit “${value}” must be a whole number from 1 to 500.`);
  }
  return n;
}

/** `--record` takes an id, or an entity's name or alias, or a proposal's title. */
async function recordIdOf(call: Call, wanted: string): Promise<string> {
  const id = wanted.trim().toLowerCase();
  if (RecordId.safeParse(id).success) return id;
  try {
    return (await resolveEntity(call, wanted)).id;
  } catch (error) {
    if (!(error instanceof ParleyError) || error.code !== 'not-found') throw error;
  }
  try {
    return (await resolveProposal(call, wanted)).id;
  } catch (error) {
    if (!(error instanceof ParleyError) || error.code !== 'not-found') throw error;
    throw new ParleyError('not-found', `--record “${wanted}” is neither an entity nor a proposal in this notebook (give an id, a name or a title).`);
  }
}
