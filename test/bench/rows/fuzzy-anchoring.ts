import { anchor } from '../../../shared/anchoring';
import { matchQuote } from '../baselines/match-quote';
import { anchoringCases, type AnchoringCase, type PerturbationKind, PERTURBATION_KINDS } from '../corpus/perturb';
import type { HarnessContext } from '../harness/context';
import { measure } from '../harness/measure';
import type { RowResult } from '../types';

const ROW = 'fuzzy anchoring accuracy and speed';

type Span = { start: number; end: number } | null;
type Verdict = 'correct' | 'orphan' | 'wrong';

/**
 * A found span is correct when it covers nearly the same characters as the answer
 * (boundaries of an edited span are a judgement call by a character or two); no span is
 * correct when the words were deleted, and an honest orphan otherwise.
 */
const MIN_OVERLAP = 0.85;

export function verdict(c: Pick<AnchoringCase, 'expected' | 'alternative'>, found: Span): Verdict {
  if (!found) return c.expected ? 'orphan' : 'correct';
  if (!c.expected) return 'wrong';
  const answers = c.alternative ? [c.expected, c.alternative] : [c.expected];
  return answers.some((answer) => overlapRatio(answer, found) >= MIN_OVERLAP) ? 'correct' : 'wrong';
}

/** Characters both spans cover, over characters either covers. */
function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

const ours = (c: AnchoringCase): Span => {
  const r = anchor(c.text, c.target);
  return r.state === 'orphaned' ? null : { start: r.start, end: r.end };
};
const baseline = (c: AnchoringCase): Span => matchQuote(c.text, c.target);

type Tally = Record<Verdict, number>;

function tally(cases: readonly AnchoringCase[], find: (c: AnchoringCase) => Span): { all: Tally; byKind: Record<PerturbationKind, Tally> } {
  const empty = (): Tally => ({ correct: 0, orphan: 0, wrong: 0 });
  const all = empty();
  const byKind = Object.fromEntries(PERTURBATION_KINDS.map((k) => [k, empty()])) as Record<PerturbationKind, Tally>;
  for (const c of cases) {
    const v = verdict(c, find(c));
    all[v] += 1;
    byKind[c.kind][v] += 1;
  }
  return { all, byKind };
}

const describe = (t: Tally) => `${t.correct} correct / ${t.orphan} orphaned / ${t.wrong} wrong`;

/** Our anchoring against the matchQuote approach on the same perturbed cases: how often right, and how long for all. */
export async function run(context: HarnessContext): Promise<RowResult[]> {
  const cases = anchoringCases(context.seed, context.pick(150, 30));
  context.say(`${ROW}: ${cases.length} perturbed cases`);
  const mine = tally(cases, ours);
  const theirs = tally(cases, baseline);
  const repetitions = { warmup: 1, runs: context.pick(5, 2) };
  const ourTime = await measure(repetitions, () => cases.forEach(ours));
  const theirTime = await measure(repetitions, () => cases.forEach(baseline));

  const acceptable = (t: Tally) => t.correct + t.orphan;
  const byKind = PERTURBATION_KINDS.map((k) => `${k}: ours ${describe(mine.byKind[k])}, matchQuote ${describe(theirs.byKind[k])}`).join('; ');
  return [
    {
      row: ROW,
      workload: `${cases.length} perturbed cases (edits near, inside, across the span; span deleted)`,
      median: ourTime.median,
      baseline: { name: 'matchQuote approach (approx-string-match, quote/prefix/suffix/position scoring)', median: theirTime.median },
      target: 'correct or honest orphan at least as often as matchQuote, in ≤ ½ its time',
      met: acceptable(mine.all) >= acceptable(theirs.all) && ourTime.median * 2 <= theirTime.median,
      notes: `time for all cases; ours ${describe(mine.all)}, matchQuote ${describe(theirs.all)}. ${byKind}`,
    },
  ];
}
