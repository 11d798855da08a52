import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export const UNTITLED_BRIEF = 'Untitled brief';

/**
 * The title asked for inline when a brief is started; the default is selected, so typing
 * replaces it and Enter alone keeps it.
 */
export function NewBriefTitle({ label, busy, onSubmit, onCancel }: { label: string; busy: boolean; onSubmit: (title: string) => void; onCancel: () => void }) {
  const [title, setTitle] = useState(UNTITLED_BRIEF);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form
      className="new-brief"
      data-testid="new-brief-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) onSubmit(title.trim() || UNTITLED_BRIEF);
      }}
    >
      <input ref={input} className="field new-brief__title" aria-label={label} value={title} maxLength={1000} disabled={busy} onChange={(e) => setTitle(e.target.value)} onKeyDown={onKeyDown} />
      <button type="submit" className="button button--primary" disabled={busy}>Create</button>
      <button type="button" className="button" disabled={busy} onClick={onCancel}>Cancel</button>
    </form>
  );
}
