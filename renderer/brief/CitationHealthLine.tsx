import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import { useBrief, useWorkspace } from '../state/stores';
import { $removeCitations, $sourceOfCitation, $updateCitationQuotes } from './citationEdits';
import { shortQuote } from './citationLabel';
import { healthProblems, summariseHealth } from './healthSummary';

/** Under the editor: are the brief's quotes still what their sources say, and how to fix those that are not. */
export function CitationHealthLine() {
  const [editor] = useLexicalComposerContext();
  const [{ health, save }] = useBrief();
  const [, workspace] = useWorkspace();
  const [showing, setShowing] = useState(false);
  if (!health) {
    return (
      <p className="brief-health__summary" role="status" data-testid="citation-health">
        Checking citations…
      </p>
    );
  }
  const { text, problems } = summariseHealth(health);
  const openSource = (annotationId: string) => {
    const sourceId = editor.getEditorState().read(() => $sourceOfCitation(annotationId));
    if (sourceId) workspace.open({ kind: 'source', id: sourceId, at: annotationId });
  };
  return (
    <section className="brief-health" aria-label="Citation health">
      <p className={`brief-health__summary${problems ? ' brief-health__summary--problem' : ''}`}>
        <span role="status" data-testid="citation-health">
          {text}
        </span>
        {/* The check runs on what was saved; while a save is on its way the count may lag. */}
        {save === 'saving' && <span className="brief-health__pending"> · checking the latest edits…</span>}
        {problems > 0 && (
          <button type="button" className="link brief-health__toggle" aria-expanded={showing} aria-controls="brief-health-problems" onClick={() => setShowing(!showing)}>
            {showing ? 'Hide' : 'Show'}
          </button>
        )}
      </p>
      {showing && problems > 0 && (
        <ul className="brief-health__problems" id="brief-health-problems">
          {healthProblems(health).map((problem) => (
            <li key={`${problem.kind}:${problem.annotationId}:${problem.cited}`} className={`brief-health__problem brief-health__problem--${problem.kind}`} data-testid="health-problem">
              {problem.kind === 'drifted' ? (
                <>
                  <p className="brief-health__what">
                    Drifted: you cited <q dir="auto">{shortQuote(problem.cited, 140)}</q>; the source now says <q dir="auto">{shortQuote(problem.current, 140)}</q>.
                  </p>
                  <button type="button" className="button" onClick={() => editor.update(() => void $updateCitationQuotes(problem.annotationId, problem.cited, problem.current))}>
                    Update quote
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => openSource(problem.annotationId)}>
                    Open source
                  </button>
                </>
              ) : (
                <>
                  <p className="brief-health__what">
                    Orphaned: <q dir="auto">{shortQuote(problem.cited, 140)}</q> is no longer found in its source (its text changed, or the highlight was deleted).
                  </p>
                  <button type="button" className="button" onClick={() => openSource(problem.annotationId)}>
                    Re-attach in source
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => editor.update(() => void $removeCitations(problem.annotationId))}>
                    Remove
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
