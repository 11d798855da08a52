import { useState } from 'react';
import { linkTarget } from './linkUrl';

type Props = {
  current: string | null;
  onApply: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
};

/** The address of a link, typed in place under the toolbar rather than in a browser prompt. */
export function LinkField({ current, onApply, onRemove, onClose }: Props) {
  const [typed, setTyped] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const apply = () => {
    const target = linkTarget(typed);
    if (target.ok) onApply(target.url);
    else setProblem(target.reason);
  };
  return (
    <div className="brief-link" data-testid="link-field">
      <input
        className="field brief-link__input"
        type="text"
        inputMode="url"
        aria-label="Link address"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'brief-link-problem' : undefined}
        placeholder="https://…"
        value={typed}
        autoFocus
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <button type="button" className="button button--primary" onClick={apply}>
        {current ? 'Change link' : 'Add link'}
      </button>
      {current && (
        <button type="button" className="button" onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onClose}>
        Cancel
      </button>
      {problem && (
        <p id="brief-link-problem" className="brief-link__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
