import { describeSpan } from '../../../shared/anchoring/describe';
import type { AnnotationTarget } from '../../../shared/model';
import { generateArticle, highlightSpans, type Article } from './article';
import { Random } from './random';

/** Where the edit that matters falls relative to the annotated span. */
export type PerturbationKind = 'near' | 'inside' | 'across' | 'deleted';
export const PERTURBATION_KINDS: readonly PerturbationKind[] = ['near', 'inside', 'across', 'deleted'];

/**
 * One anchoring problem with its answer: the span in the edited text, or null when its
 * words are gone. An edit across a boundary has two fair answers, with or without the
 * words it put in; `alternative` is the one without.
 */
export interface AnchoringCase {
  kind: PerturbationKind;
  text: string;
  target: AnnotationTarget;
  expected: { start: number; end: number } | null;
  alternative?: { start: number; end: number };
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/**
 * A boundary carried through an edit. One inside the removed stretch lands so the span
 * takes the inserted words in (`withInsert`) or leaves them out.
 */
function mapBoundary(b: number, edit: Edit, isEnd: boolean, withInsert = true): number {
  if (b <= edit.at) return b;
  if (b >= edit.at + edit.remove) return b + edit.insert.length - edit.remove;
  return isEnd === withInsert ? edit.at + edit.insert.length : edit.at;
}

const WORDS = ['reportedly ', 'also ', 'late ', 'new ', 'senior ', 'two '];

/** The edit of `kind` for span [start, end) of `text`, or undefined when this span cannot take it. */
function editFor(random: Random, kind: PerturbationKind, text: string, start: number, end: number): Edit | undefined {
  const length = end - start;
  switch (kind) {
    case 'near': {
      const before = random.chance(0.5);
      const at = before ? start - random.int(2, 25) : end + random.int(1, 24);
      if (at < 0 || at > text.length - 4) return undefined;
      return { at, remove: random.int(0, 1) === 0 ? 0 : Math.min(3, before ? start - 1 - at : 3), insert: random.pick(WORDS) };
    }
    case 'inside': {
      if (length < 16) return undefined;
      const at = start + random.int(3, length - 6);
      return { at, remove: random.int(1, 3), insert: random.pick(['', 'e', 'ra', 'new ']) };
    }
    case 'across': {
      if (length < 12) return undefined;
      const atStart = random.chance(0.5);
      const at = atStart ? start - random.int(1, 4) : end - random.int(1, 4);
      if (at < 0 || at + 6 > text.length) return undefined;
      return { at, remove: random.int(5, 8), insert: random.pick(WORDS) };
    }
    case 'deleted': {
      // The whole sentence goes, so no trace of the span is left to find.
      const sentence = text.lastIndexOf('. ', start - 1);
      const from = Math.max(sentence < 0 ? 0 : sentence + 2, text.lastIndexOf('\n', start - 1) + 1);
      const stop = text.indexOf('.', end);
      return { at: from, remove: (stop < 0 ? text.length : stop + 1) - from, insert: '' };
    }
  }
}

function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
}

/** A paragraph of new reporting put in elsewhere, so the old position alone does not find the span. */
function shiftEdit(random: Random, text: string, span: { start: number; end: number }): Edit {
  const breaks = [...text.matchAll(/\n\n/g)].map((m) => m.index + 2).filter((b) => b < span.start - 40 || b > span.end + 40);
  const at = breaks.length > 0 ? random.pick(breaks) : 0;
  return { at, remove: 0, insert: 'Update: mediators said a further round of talks had been scheduled for later in the week.\n\n' };
}

/** `perKind` cases of every kind, the same for the same seed. */
export function anchoringCases(seed: number, perKind: number): AnchoringCase[] {
  const random = new Random(seed);
  const cases: AnchoringCase[] = [];
  let article: Article | undefined;
  for (const kind of PERTURBATION_KINDS) {
    for (let made = 0, tries = 0; made < perKind && tries < perKind * 20; tries += 1) {
      if (!article || tries % 8 === 0) article = generateArticle(random.int(0, 0x7fffffff), 1_200);
      const text = article.text;
      const span = pickSpan(random, article);
      const edit = editFor(random, kind, text, span.start, span.end);
      if (!edit) continue;
      const target = describeSpan(text, span.start, span.end);
      const shift = shiftEdit(random, text, span);
      // The later edit first, so the earlier one's offsets still hold.
      const [first, second] = shift.at >= edit.at + edit.remove ? [shift, edit] : [edit, shift];
      if (first.at < second.at + second.remove) continue;
      const edited = apply(apply(text, first), second);
      const carried = (withInsert: boolean) => {
        let { start, end } = span;
        for (const e of [first, second]) [start, end] = [mapBoundary(start, e, false, withInsert), mapBoundary(end, e, true, withInsert)];
        return { start, end };
      };
      const expected = carried(true);
      const alternative = carried(false);
      if (kind === 'deleted' && edited.includes(target.quote.exact)) continue;
      if (kind !== 'deleted' && (expected.end <= expected.start || alternative.end <= alternative.start)) continue;
      if (kind === 'deleted') cases.push({ kind, text: edited, target, expected: null });
      else cases.push({ kind, text: edited, target, expected, ...(kind === 'across' ? { alternative } : {}) });
      made += 1;
    }
  }
  return cases;
}

/** Names, claims and plain highlights, as researchers annotate them. */
function pickSpan(random: Random, article: Article): { start: number; end: number } {
  const roll = random.next();
  if (roll < 0.3 && article.mentions.length > 0) return random.pick(article.mentions);
  if (roll < 0.55 && article.claims.length > 0) return random.pick(article.claims);
  return random.pick(highlightSpans(article.text, 20, random.int(0, 1_000_000)));
}
