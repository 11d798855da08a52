import type { Comparison, PassageRef } from '../../../shared/compare';
import { ParleyError } from '../../../shared/contract';
import { RecordId } from '../../../shared/model';
import { columns, type Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';
import { formatPublished, oneLine } from './format';

/** What `parley compare --json` prints: the comparison, coverage without the mention ids. */
export function comparisonForScripts(comparison: Comparison) {
  return {
    sources: comparison.sources,
    shared: comparison.shared.map(({ a, b, similarity }) => ({ a: ref(a), b: ref(b), similarity })),
    unique: comparison.unique.map(ref),
    coverage: comparison.coverage.map(({ recordId, name, kind, counts }) => ({ recordId, name, kind, counts })),
  };
}

export async function compareSources(wanted: readonly string[], options: GlobalOptions, output: Output): Promise<number> {
  const sourceIds = wanted.map((w) => w.trim().toLowerCase());
  if (sourceIds.length < 2) {
    throw new ParleyError('bad-request', 'Name at least two sources to compare (`parley list sources` shows their ids).');
  }
  const malformed = sourceIds.find((id) => !RecordId.safeParse(id).success);
  if (malformed !== undefined) {
    throw new ParleyError('bad-request', `“${malformed}” is not a source id; \`parley list sources\` shows them.`);
  }
  await withNotebook(options, { create: false }, async (call) => {
    const comparison = await call('compare.sources', { sourceIds });
    const texts = new Map<string, string>();
    for (const id of sourceIds) {
      const source = await call('sources.get', { id });
      texts.set(id, source.versions.find((v) => v.id === source.currentVersionId)?.text ?? '');
    }
    output.result(comparisonForScripts(comparison), () => summary(comparison, texts));
  });
  return 0;
}

/** For a person: the sources lettered A, B, C…; shared passages per pair; unique paragraphs; coverage. */
function summary(comparison: Comparison, texts: ReadonlyMap<string, string>): string[] {
  const letter = new Map(comparison.sources.map((s, i) => [s.id, String.fromCharCode(65 + i)]));
  const name = (id: string) => letter.get(id) ?? id;
  const opening = (p: PassageRef) => firstWords(texts.get(p.sourceId)?.slice(p.start, p.end) ?? '');
  const lines = [
    `Comparing ${comparison.sources.length} sources:`,
    ...columns(comparison.sources.map((s) => [`  ${name(s.id)}`, s.outlet || '—', formatPublished(s.publishedAt) || 'undated', `${s.title}  ${s.id}`])),
    '',
  ];
  const pairs = new Map<string, Comparison['shared']>();
  for (const passage of comparison.shared) {
    const key = `${name(passage.a.sourceId)} and ${name(passage.b.sourceId)}`;
    pairs.set(key, [...(pairs.get(key) ?? []), passage]);
  }
  if (pairs.size === 0) lines.push('Shared passages: none.');
  for (const [pair, passages] of pairs) {
    lines.push(`Shared by ${pair}: ${count(passages.length, 'passage')}`);
    for (const p of passages) {
      lines.push(`  ${Math.round(p.similarity * 100)}%  “${opening(p.a)}”  (${name(p.a.sourceId)} ${p.a.start}–${p.a.end}, ${name(p.b.sourceId)} ${p.b.start}–${p.b.end})`);
    }
  }
  lines.push('', 'Found in no other source:');
  for (const source of comparison.sources) {
    const unique = comparison.unique.filter((p) => p.sourceId === source.id).length;
    lines.push(`  ${name(source.id)}  ${count(unique, 'paragraph')}`);
  }
  lines.push('', 'Coverage (annotations linking each record):');
  if (comparison.coverage.length === 0) lines.push('  No annotation in these sources links a record yet.');
  const header = ['  record', 'kind', ...comparison.sources.map((s) => name(s.id))];
  const rows = comparison.coverage.map((row) => [`  ${row.name}`, row.kind, ...comparison.sources.map((s) => String(row.counts[s.id] ?? 0))]);
  if (rows.length > 0) lines.push(...columns([header, ...rows]));
  return lines;
}

function ref({ sourceId, start, end }: PassageRef) {
  return { sourceId, start, end };
}

/** Enough of a passage to recognise it on one terminal line. */
function firstWords(text: string, words = 8): string {
  const all = oneLine(text).trim().split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
