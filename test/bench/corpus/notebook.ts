import { SCHEMA_VERSION, type Annotation, type BriefFile, type NotebookFile, type Proposal, type SourceFile, type SourceMeta } from '../../../shared/model';
import { generateArticle } from './article';
import { briefOf } from './brief';
import { generateCast } from './cast';
import { Random } from './random';
import { sourceOf } from './source';
import { instantOf } from './stamps';

/** How big a notebook to write; QUALITY.md's workloads are the presets in sizes.ts. */
export interface CorpusSize {
  sources: number;
  annotations: number;
  entities: number;
  proposals: number;
  /** Article length in words, drawn evenly from this range. */
  words: readonly [number, number];
  /** Citations in each brief; one brief per entry. */
  briefCitations: readonly number[];
}

/** One file of the notebook folder, by its path inside the folder. */
export type CorpusFile =
  | { path: 'notebook.json'; data: NotebookFile }
  | { path: `sources/${string}.json`; data: SourceFile }
  | { path: `briefs/${string}.json`; data: BriefFile };

/**
 * Every file of a notebook, one at a time (a 10,000-source notebook need not sit in memory
 * whole): source files first, then briefs, then notebook.json, which lists them all. The
 * same seed and size give the same files, byte for byte.
 */
export function* notebookFiles(seed: number, size: CorpusSize): Generator<CorpusFile> {
  const random = new Random(seed);
  const cast = generateCast(random.fork(1), size.entities, size.proposals);
  const articles = random.fork(2);
  const sourcesRandom = random.fork(3);
  const metas: SourceMeta[] = [];
  const wanted = size.briefCitations.reduce((a, b) => a + b, 0);
  const step = Math.max(1, Math.floor(size.sources / Math.max(1, wanted)));
  const citable: Annotation[] = [];
  const evidence = new Map<string, Annotation[]>();

  for (let i = 0; i < size.sources; i += 1) {
    const words = articles.int(size.words[0], size.words[1]);
    const article = generateArticle(articles.int(0, 0x7fffffff), words, cast);
    const count = Math.floor(size.annotations / size.sources) + (i < size.annotations % size.sources ? 1 : 0);
    const { meta, file } = sourceOf(sourcesRandom, cast, article, i, count);
    metas.push(meta);
    if (i % step === 0) citable.push(...file.annotations.slice(0, Math.ceil(wanted / size.sources)));
    for (const annotation of file.annotations) keepEvidence(evidence, annotation);
    yield { path: `sources/${meta.id}.json`, data: file };
  }

  const briefsRandom = random.fork(4);
  const entities = new Map(cast.entities.map((e) => [e.id, e]));
  const briefs = [];
  let taken = 0;
  for (const [n, citations] of size.briefCitations.entries()) {
    const cited = Array.from({ length: citations }, (_, k) => citable[(taken + k) % Math.max(1, citable.length)]).filter((a) => a !== undefined);
    taken += citations;
    const brief = briefOf(briefsRandom, `Brief ${n + 1}: where the talks stand`, cited, entities);
    briefs.push(brief.meta);
    yield { path: `briefs/${brief.meta.id}.json`, data: brief.file };
  }

  yield {
    path: 'notebook.json',
    data: {
      schemaVersion: SCHEMA_VERSION,
      id: random.uuid(),
      title: `Benchmark notebook (${size.sources} sources)`,
      createdAt: instantOf(random, 0),
      sources: metas,
      entities: cast.entities,
      proposals: cast.proposals.map((p) => withEvidence(p, evidence.get(p.id) ?? [])),
      briefs,
      tombstones: [],
    },
  };
}

const EVIDENCE_KEPT = 12;

function keepEvidence(evidence: Map<string, Annotation[]>, annotation: Annotation): void {
  for (const link of annotation.links) {
    if (link.kind !== 'proposal') continue;
    const list = evidence.get(link.recordId) ?? [];
    if (list.length < EVIDENCE_KEPT) list.push(annotation);
    evidence.set(link.recordId, list);
  }
}

/** A proposal's terms and status steps backed by annotations that link it in that role. */
function withEvidence(proposal: Proposal, annotations: readonly Annotation[]): Proposal {
  const inRole = (role: string) => annotations.filter((a) => a.links.some((l) => l.recordId === proposal.id && l.role === role)).map((a) => a.id);
  const terms = inRole('term');
  const status = inRole('status');
  return {
    ...proposal,
    terms: proposal.terms.map((t, i) => ({ ...t, evidence: terms.filter((_, k) => k % proposal.terms.length === i) })),
    statusEvents: proposal.statusEvents.map((e, i) => ({ ...e, evidence: status.filter((_, k) => k % proposal.statusEvents.length === i) })),
  };
}
