import { ParleyError } from '../../../shared/contract';
import { currentVersion, LinkRole, type Annotation, type RecordLink } from '../../../shared/model';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';
import { entityNames, lookUpRecord, proposalNames } from './record-lookup';

export interface AnnotateOptions extends GlobalOptions {
  quote: string;
  occurrence?: string;
  entity?: string[];
  proposal?: string[];
  role?: string;
  comment?: string;
  tag?: string[];
}

/** Annotates the Nth appearance of a quote in a source's current text, linked to existing records. */
export async function annotate(sourceId: string, options: AnnotateOptions, output: Output): Promise<number> {
  const occurrence = occurrenceOf(options.occurrence);
  const role = LinkRole.safeParse(options.role ?? 'mention');
  if (!role.success) throw new ParleyError('bad-request', `Unknown role "${options.role}": choose one of ${LinkRole.options.join(', ')}.`);
  // Sources are stored NFC-normalised, so the quote is compared the same way.
  const quote = options.quote.normalize('NFC');
  if (quote === '') throw new ParleyError('bad-request', 'The --quote is empty.');

  const annotation = await withNotebook(options, { create: false }, async (call): Promise<Annotation> => {
    const source = await call('sources.get', { id: sourceId });
    const start = nthIndexOf(currentVersion(source).text, quote, occurrence, source.title);
    const links: RecordLink[] = [];
    if (options.entity?.length) {
      const entities = (await call('entities.list', {})).map(entityNames);
      for (const wanted of options.entity) links.push({ kind: 'entity', recordId: lookUpRecord('entity', entities, wanted), role: role.data });
    }
    if (options.proposal?.length) {
      const proposals = (await call('proposals.list', {})).map(proposalNames);
      for (const wanted of options.proposal) links.push({ kind: 'proposal', recordId: lookUpRecord('proposal', proposals, wanted), role: role.data });
    }
    return call('annotations.create', {
      sourceId,
      start,
      end: start + quote.length,
      links,
      comment: options.comment ?? '',
      tags: options.tag ?? [],
    });
  });

  const { quote: selected, position } = annotation.target;
  output.result(annotation, () => [
    `annotated ${annotation.id}  “${selected.exact}” at ${position.start}–${position.end}`,
    ...annotation.links.map((l) => `  ${l.kind} ${l.recordId} as ${l.role}`),
    ...(annotation.comment ? [`  comment: ${annotation.comment}`] : []),
    ...(annotation.tags.length ? [`  tags: ${annotation.tags.join(', ')}`] : []),
  ]);
  return 0;
}

function occurrenceOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ParleyError('bad-request', `--occurrence must be a whole number from 1 (got "${value}").`);
  return n;
}

function nthIndexOf(text: string, quote: string, occurrence: number, title: string): number {
  let found = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found += 1;
    if (found === occurrence) return at;
  }
  const where = `the current text of “${title}”`;
  if (found === 0) throw new ParleyError('not-found', `“${quote}” does not appear in ${where}.`);
  throw new ParleyError('not-found', `“${quote}” appears ${found === 1 ? 'once' : `${found} times`} in ${where}, so there is no occurrence ${occurrence}.`);
}
