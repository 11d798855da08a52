import { useState } from 'react';
import { useCite } from '../state/stores';

/**
 * "New brief from this proposal/entity": the engine drafts a brief of the record's facts,
 * each followed by its citations, and it opens for the researcher to edit.
 */
export function DraftBriefButton({ kind, id }: { kind: 'entity' | 'proposal'; id: string }) {
  const [, cite] = useCite();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const draft = async () => {
    setBusy(true);
    setError(await cite.draftFrom(kind, id));
    setBusy(false);
  };
  return (
    <div className="draft-brief">
      <button type="button" className="button" data-testid="draft-brief" disabled={busy} onClick={() => void draft()}>
        {busy ? 'Drafting…' : `New brief from this ${kind}`}
      </button>
      {error && <p className="record__message record__message--error" role="alert">{error}</p>}
    </div>
  );
}
