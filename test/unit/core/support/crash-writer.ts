/**
 * Child process for the crash test: opens the notebook and streams a mix of writes through
 * the real services, as the app would, until it is killed. After each write it prints what
 * must now be on disk (see crash-acks.ts). Every round reopens the same, growing notebook.
 *
 *   crash-writer.ts <notebook path> <seed>
 */
import { briefDocument, citationNode, paragraphNode, recordMentionNode, textNode } from '../../../../shared/brief';
import type { OperationName, RequestOf, ResponseOf } from '../../../../shared/contract';
import type { Annotation } from '../../../../shared/model';
import { dispatch } from '../../../../electron/core/dispatch';
import { openNotebook } from '../../../../electron/core/notebook';
import { ackLine, contentOf, fingerprint, pendingLine, seededRandom, type AckKind } from './crash-acks';

const [path, seedArg] = process.argv.slice(2) as [string, string];
const random = seededRandom(Number(seedArg));
const notebook = await openNotebook(path, { create: true });

async function must<K extends OperationName>(operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await dispatch(notebook.handlers, operation, request);
  if (!result.ok) {
    process.stderr.write(`${operation} failed: ${result.error.code}: ${result.error.message}\n`);
    process.exit(1);
  }
  return result.value as ResponseOf<K>;
}

// Writes to a pipe are synchronous on Linux: a printed line reaches the test even if the kill follows at once.
function ack(kind: AckKind, record: { id: string; rev: number }, content: string): void {
  process.stdout.write(ackLine({ kind, id: record.id, rev: record.rev, fingerprint: content }));
}

function pending(kind: AckKind, id: string, content: string): void {
  process.stdout.write(pendingLine({ kind, id, fingerprint: content }));
}

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
const word = () => pick(['pause', 'corridor', 'prisoners', 'monitors', 'harbour', 'withdrawal', 'talks', 'guarantees'])!;

// What is in the notebook so far, with the revs the next updates must name.
const entities = new Map((await must('entities.list', {})).map((e) => [e.id, e.rev]));
const proposals = new Map((await must('proposals.list', {})).map((p) => [p.id, p.title]));
const texts = new Map<string, string>();
for (const source of await must('sources.list', {})) texts.set(source.id, (await must('sources.get', { id: source.id })).versions.at(-1)!.text);
const annotations = new Map<string, Annotation>();
for (const sourceId of texts.keys()) for (const a of await must('annotations.list', { sourceId })) annotations.set(a.id, a);
const briefs = new Map((await must('briefs.list', {})).map((b) => [b.id, b.rev]));
process.stdout.write('ready\n');

const writes: Array<[weight: number, write: () => Promise<void>]> = [
  [15, createEntity],
  [15, renameEntity],
  [8, createProposal],
  [7, importSource],
  [20, annotate],
  [15, editComment],
  [5, createBrief],
  [15, writeBrief],
];
const total = writes.reduce((sum, [weight]) => sum + weight, 0);

for (;;) {
  let roll = random() * total;
  const [, write] = writes.find(([weight]) => (roll -= weight) < 0) ?? writes[0]!;
  await write();
}

async function createEntity(): Promise<void> {
  const entity = await must('entities.create', { name: `Negotiator ${Math.floor(random() * 1e6)}`, description: 'x'.repeat(500) });
  entities.set(entity.id, entity.rev);
  ack('entity', entity, contentOf.entity(entity));
}

async function renameEntity(): Promise<void> {
  const id = pick([...entities.keys()]);
  if (!id) return createEntity();
  const name = `Envoy ${Math.floor(random() * 1e6)}`;
  pending('entity', id, contentOf.entity({ name }));
  const entity = await must('entities.update', { id, fields: { name }, rev: entities.get(id) });
  entities.set(id, entity.rev);
  ack('entity', entity, contentOf.entity(entity));
}

async function createProposal(): Promise<void> {
  const parties = [...new Set([pick([...entities.keys()]), pick([...entities.keys()])])].filter((id) => id !== undefined);
  const proposal = await must('proposals.create', { title: `Proposal on the ${word()} ${Math.floor(random() * 1e6)}`, parties });
  proposals.set(proposal.id, proposal.title);
  ack('proposal', proposal, contentOf.proposal(proposal));
}

async function importSource(): Promise<void> {
  const n = Math.floor(random() * 1e9);
  const sentences = Array.from({ length: 12 }, (_, i) => `Report ${n}, line ${i}: the ${word()} and the ${word()} were discussed again.`);
  const text = sentences.join('\n\n');
  const outcome = await must('sources.importText', { text, title: `Wire report ${n}` });
  if (outcome.status !== 'imported') return;
  texts.set(outcome.source.id, text);
  ack('source', outcome.source, contentOf.source(outcome.source));
}

async function annotate(): Promise<void> {
  const sourceId = pick([...texts.keys()]);
  if (!sourceId) return importSource();
  const words = [...texts.get(sourceId)!.matchAll(/\S+/g)];
  const first = Math.floor(random() * words.length);
  const last = Math.min(words.length - 1, first + Math.floor(random() * 4));
  const start = words[first]!.index;
  const end = words[last]!.index + words[last]![0].length;
  const links = [
    ...[pick([...entities.keys()])].filter((id) => id !== undefined).map((recordId) => ({ kind: 'entity' as const, recordId })),
    ...[pick([...proposals.keys()])].filter((id) => id !== undefined).map((recordId) => ({ kind: 'proposal' as const, recordId })),
  ];
  const annotation = await must('annotations.create', { sourceId, start, end, links, comment: `About the ${word()}` });
  annotations.set(annotation.id, annotation);
  ack('annotation', annotation, contentOf.annotation(annotation));
}

async function editComment(): Promise<void> {
  const current = pick([...annotations.values()]);
  if (!current) return annotate();
  const comment = `Checked against the ${word()} report, ${Math.floor(random() * 1e6)}. `.repeat(1 + Math.floor(random() * 20));
  pending('annotation', current.id, contentOf.annotation({ comment, links: current.links }));
  const annotation = await must('annotations.update', { id: current.id, fields: { comment }, rev: current.rev });
  annotations.set(annotation.id, annotation);
  ack('annotation', annotation, contentOf.annotation(annotation));
}

async function createBrief(): Promise<void> {
  const brief = await must('briefs.create', { title: `Brief on the ${word()}` });
  briefs.set(brief.id, brief.rev);
  ack('brief', brief, contentOf.brief(brief));
}

async function writeBrief(): Promise<void> {
  const id = pick([...briefs.keys()]);
  if (!id) return createBrief();
  const paragraphs = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
    const cited = pick([...annotations.values()]);
    const proposal = pick([...proposals]);
    return paragraphNode([
      textNode(`On the ${word()}: `),
      ...(cited ? [citationNode(cited)] : []),
      ...(proposal ? [recordMentionNode('proposal', proposal[0], proposal[1])] : []),
    ]);
  });
  const content = briefDocument(paragraphs) as unknown as Record<string, unknown>;
  pending('brief', id, fingerprint(content));
  const brief = await must('briefs.update', { id, fields: { content }, rev: briefs.get(id) });
  briefs.set(id, brief.rev);
  ack('brief', brief, contentOf.brief(brief));
}
