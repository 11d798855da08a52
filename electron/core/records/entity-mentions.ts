import type { EntityMentions } from '../../../shared/contract';
import type { Annotation, Entity, TextVersion } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';
import { annotationLinksEntity } from './entity-references';
import { namesOf } from './entity-names';
import { buildNameIndex, matchingKey, nearMissSearch, splitWords, type NameHit as IndexedHit, type NameIndex, type NearMiss, type NearMissSearch } from './name-matching';
import { SourceWords } from './source-words';

interface Span {
  start: number;
  end: number;
}

type NameHit = Omit<IndexedHit, 'entityId'>;

interface Found {
  hits: NameHit[];
  nearMisses: NearMiss[];
}

/** One question asked of every source: these names, these ignored spellings, these other people. */
interface Question {
  nearMisses: NearMissSearch;
  names: NameIndex;
  /** Folded words a name of the entity starts with: a text without one holds no hit. */
  firstWords: Set<string>;
  /** What was found per text version. */
  answers: Map<string, Found>;
}

/** A few entities' pages open in turn keep their answers; older questions are dropped. */
const QUESTIONS_KEPT = 16;

/**
 * Finds an entity's mentions across the notebook. A text version never changes, so what
 * was found in it for one question (the entity's names and ignored spellings, and the
 * other entities' names that rule near misses out) is kept by version id; renaming an
 * entity or editing a source's text simply asks a new question or reads a new version.
 */
export class MentionFinder {
  private readonly questions = new Map<string, Question>();
  private readonly sourceWords = new SourceWords();

  constructor(private readonly store: NotebookStore) {}

  mentions(entity: Entity): EntityMentions {
    const result: EntityMentions = { linked: [], unlinked: [], nearMisses: [] };
    const question = this.question(entity);
    const ignoredNames = new Set(entity.ignoredNames.map(matchingKey));
    const ignoredSpans = new Set(entity.ignoredMentions.map((m) => spanKey(m.sourceId, m.start, m.text)));

    const sources = this.store.list('sources');
    const versions = sources.map((source) => this.store.currentVersion(source.id, source));
    this.sourceWords.update(versions);
    // Only texts holding one of the entity's words can hold a mention; the rest are skipped.
    const worthScanning = question.nearMisses.textsThatMayHold((wanted) => this.sourceWords.versionsHolding(wanted));
    for (const id of this.sourceWords.versionsHolding((word) => question.firstWords.has(word))) worthScanning.add(id);

    sources.forEach((source, i) => {
      const version = versions[i]!;
      const linked = this.store
        .sourceAnnotations(source.id)
        .filter((a) => annotationLinksEntity(a, entity.id))
        .sort((a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end);
      for (const a of linked) {
        const { start, end } = a.target.position;
        result.linked.push({ annotationId: a.id, sourceId: source.id, start, end, quote: a.target.quote.exact });
      }
      if (!worthScanning.has(version.id)) return;
      // Only spans in today's text cover a hit; an orphan's offsets belong to an older text.
      const covered = linked.filter((a) => inText(a, version)).map((a) => a.target.position);
      const found = answer(question, version, this.sourceWords);
      const open = (s: NameHit | NearMiss) => !overlapsAny(s, covered) && !ignoredSpans.has(spanKey(source.id, s.start, s.text));

      for (const hit of found.hits.filter(open)) {
        result.unlinked.push({ sourceId: source.id, start: hit.start, end: hit.end, text: hit.text });
      }
      for (const miss of found.nearMisses) {
        if (!open(miss) || overlapsAny(miss, found.hits) || ignoredNames.has(matchingKey(miss.text))) continue;
        const { start, end, text, closestAlias, distance } = miss;
        result.nearMisses.push({ sourceId: source.id, start, end, text, closestAlias, distance });
      }
    });
    return result;
  }

  private question(entity: Entity): Question {
    const names = namesOf(entity);
    // Another entity's name is that entity's mention, not a misspelling of this one.
    const otherNames = this.store.list('entities').filter((e) => e.id !== entity.id).flatMap(namesOf);
    const key = JSON.stringify([names, entity.ignoredNames, otherNames]);
    let question = this.questions.get(key);
    if (question) {
      this.questions.delete(key);
    } else {
      const nearMisses = nearMissSearch({ name: entity.name, aliases: entity.aliases, ignoredNames: entity.ignoredNames }, { otherNames });
      const firstWords = new Set(names.map((name) => splitWords(name).folded[0]).filter((word) => word !== undefined));
      question = { nearMisses, names: buildNameIndex([{ id: '', names }]), firstWords, answers: new Map() };
      if (this.questions.size >= QUESTIONS_KEPT) this.questions.delete(this.questions.keys().next().value!);
    }
    this.questions.set(key, question);
    return question;
  }
}

function answer(question: Question, version: TextVersion, sourceWords: SourceWords): Found {
  let found = question.answers.get(version.id);
  if (!found) {
    const words = sourceWords.words(version);
    const hits = question.names.findInWords(version.text, words).map(({ start, end, text, name }) => ({ start, end, text, name }));
    found = { hits, nearMisses: question.nearMisses.find(version.text, words) };
    question.answers.set(version.id, found);
  }
  return found;
}

function inText(annotation: Annotation, version: TextVersion): boolean {
  return annotation.versionId === version.id && annotation.anchoring !== 'orphaned';
}

function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((o) => o.start < span.end && span.start < o.end);
}

export function spanKey(sourceId: string, start: number, text: string): string {
  return `${sourceId}:${start}:${text}`;
}
