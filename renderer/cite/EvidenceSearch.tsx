import { useEffect, useState } from 'react';
import type { Annotation } from '../../shared/model';
import { describeError } from '../logic/errors';
import { useCite } from '../state/stores';
import { EvidenceItem } from './EvidenceItem';

/** Typing pauses this long before the engine is asked: one question per word, not per key. */
const PAUSE_MS = 200;

/** "Evidence": annotations from every source, found by words of their quote, comment or tags. */
export function EvidenceSearch({ onInsert }: { onInsert: (a: Annotation) => void }) {
  const [, cite] = useCite();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Annotation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void cite.findAnnotations(query.trim()).then((result) => {
        // An answer to an older query must not replace the newer one's.
        if (!current) return;
        setFound(result.ok ? result.value : []);
        setError(result.ok ? null : describeError(result.error));
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, cite]);

  return (
    <section className="context__section" aria-labelledby="evidence-heading" data-testid="evidence-panel">
      <h2 id="evidence-heading" className="context__heading">Evidence</h2>
      <input type="search" className="field evidence-search" placeholder="Find annotations by their words" aria-label="Find annotations to cite" value={query} onChange={(e) => setQuery(e.target.value)} />
      {error && <p className="context__error" role="alert">{error}</p>}
      {found && found.length === 0 && !error && (
        <p className="evidence-empty">{query.trim() ? 'No annotation has these words.' : 'No annotations yet. Select passages in a source to annotate them, then cite them here.'}</p>
      )}
      {found && found.length > 0 && (
        <ul className="evidence-list" aria-label="Annotations to cite">
          {found.map((a) => <EvidenceItem key={a.id} annotation={a} onInsert={onInsert} />)}
        </ul>
      )}
    </section>
  );
}
