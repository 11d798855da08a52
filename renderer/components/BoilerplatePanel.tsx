import { useEffect, useState } from 'react';
import type { Source } from '../../shared/model';
import { furnitureSentence, REASON_LABELS } from '../logic/boilerplate';
import { useBoilerplate } from '../state/stores';

/**
 * Outlet furniture Parley proposes to trim from the open source, each line ticked by
 * default. Trimming makes a new text version; nothing of the imported text is lost.
 */
export function BoilerplatePanel({ source }: { source: Source }) {
  const [state, store] = useBoilerplate();
  const [unchecked, setUnchecked] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    void store.load(source);
  }, [store, source]);
  // New proposals (another source, or after a trim) start all ticked again.
  useEffect(() => setUnchecked(new Set()), [state.spans]);

  const current = state.versionId === source.currentVersionId;
  if (!current || state.dismissed.has(source.currentVersionId)) return null;
  if (state.status === 'failed') {
    return (
      <p className="reader-notice reader-notice--quiet" data-testid="boilerplate-problem">
        Parley could not look for outlet furniture in this text: {state.error}
      </p>
    );
  }
  if (state.status !== 'ready' || state.spans.length === 0) return null;

  const checked = new Set(state.spans.map((_, index) => index).filter((index) => !unchecked.has(index)));
  const toggle = (index: number) => {
    const next = new Set(unchecked);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setUnchecked(next);
  };

  return (
    <section className="boilerplate" aria-labelledby="boilerplate-heading" data-testid="boilerplate-panel">
      <h2 id="boilerplate-heading" className="boilerplate__heading">
        {furnitureSentence(state.spans)}
      </h2>
      <p className="boilerplate__hint">
        Untick anything that belongs to the article. Trimming keeps the imported original as an earlier version, listed
        under Versions.
      </p>
      <ul className="boilerplate__list" aria-label="Proposed trims">
        {state.spans.map((span, index) => (
          <li key={`${span.start}:${span.end}`} className="boilerplate__item">
            <label className="boilerplate__label">
              <input type="checkbox" checked={checked.has(index)} onChange={() => toggle(index)} />
              <span className="boilerplate__text" dir="auto">
                {span.text.trim()}
              </span>
              <span className="boilerplate__reason">{REASON_LABELS[span.reason]}</span>
            </label>
          </li>
        ))}
      </ul>
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      <div className="boilerplate__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="boilerplate-trim"
          disabled={state.trimming || checked.size === 0}
          onClick={() => void store.trim(source, checked)}
        >
          {state.trimming ? 'Trimming…' : `Trim selected (${checked.size})`}
        </button>
        <button type="button" className="button button--quiet" onClick={() => store.dismiss()}>
          Keep the text as it is
        </button>
      </div>
    </section>
  );
}
