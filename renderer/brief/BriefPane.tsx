import { useEffect } from 'react';
import type { BriefMeta } from '../../shared/model';
import { EmptyState } from '../components/EmptyState';
import { useBrief } from '../state/stores';
import { BriefEditor } from './BriefEditor';

/** Opens the brief in the store while it is on screen; closing it saves what was typed. */
export function BriefPane({ meta }: { meta: BriefMeta }) {
  const [{ brief, loadError, generation }, store] = useBrief();
  useEffect(() => {
    void store.open(meta.id);
    return () => store.close();
  }, [meta.id, store]);

  if (loadError) {
    return <EmptyState title="This brief could not be opened">{loadError}</EmptyState>;
  }
  if (!brief || brief.id !== meta.id) return <p className="centre__loading">Opening “{meta.title}”…</p>;
  // A new generation (the brief reloaded after a conflict) starts the editor over from disk.
  return <BriefEditor key={`${brief.id}:${generation}`} brief={brief} title={meta.title} />;
}
