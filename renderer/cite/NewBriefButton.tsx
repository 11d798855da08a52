import { useState } from 'react';
import { useCite } from '../state/stores';
import { NewBriefTitle } from './NewBriefTitle';

/** "New brief…" in the navigator: a title, then the empty brief opens for writing. */
export function NewBriefButton() {
  const [, cite] = useCite();
  const [naming, setNaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async (title: string) => {
    setBusy(true);
    const failed = await cite.startBrief(title);
    setBusy(false);
    setError(failed);
    if (!failed) setNaming(false);
  };
  return (
    <div className="source-tools">
      {naming ? (
        <NewBriefTitle label="New brief title" busy={busy} onSubmit={(title) => void create(title)} onCancel={() => (setNaming(false), setError(null))} />
      ) : (
        <button type="button" className="button record-tools__new" data-testid="new-brief" onClick={() => setNaming(true)}>
          New brief…
        </button>
      )}
      {error && <p className="context__error" role="alert">{error}</p>}
    </div>
  );
}
