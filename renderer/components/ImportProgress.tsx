import { progressFraction, progressText } from '../logic/importProgress';
import { useImports } from '../state/stores';

/** The running batch: a bar, the file in hand, and a way to stop before the next one. */
export function ImportProgress() {
  const [imports, store] = useImports();
  if (!imports.running) return null;
  const text = progressText(imports);
  return (
    <section className="banner banner--info import-progress" aria-label="Import progress" data-testid="import-progress">
      <div className="banner__body">
        <p className="banner__headline import-progress__text" role="status">
          {text}
        </p>
        <progress
          className="import-progress__bar"
          max={imports.total}
          value={imports.done}
          aria-label={text}
          aria-valuetext={`${Math.round(progressFraction(imports) * 100)}%`}
        />
        <p className="import-progress__hint">Files already imported stay in the notebook if you cancel.</p>
      </div>
      <button
        type="button"
        className="button"
        data-testid="import-cancel"
        disabled={imports.cancelling}
        onClick={() => store.cancel()}
      >
        {imports.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </section>
  );
}
