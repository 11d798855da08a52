import { choiceProblem } from './compareChoice';

/**
 * Under the navigator's ticked sources: "Compare (n)", or what is missing. Shown once a
 * source is ticked, so the list stays quiet for a researcher who is only reading.
 */
export function CompareChoiceBar({ count, onCompare, onClear }: { count: number; onCompare: () => void; onClear: () => void }) {
  if (count === 0) return null;
  const problem = choiceProblem(count);
  return (
    <div className="compare-choice" data-testid="compare-choice">
      <p className="compare-choice__note" role="status">
        {problem ?? `${count} sources ticked.`}
      </p>
      <div className="compare-choice__actions">
        <button type="button" className="button button--primary" data-testid="compare-chosen" disabled={problem !== null} onClick={onCompare}>
          Compare ({count})
        </button>
        <button type="button" className="button button--quiet" onClick={onClear}>
          Clear
        </button>
      </div>
    </div>
  );
}
