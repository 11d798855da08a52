import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import { useBrief } from '../state/stores';

/** The brief's title, edited in place and saved with the text. */
export function BriefTitle({ saved }: { saved: string }) {
  const [editor] = useLexicalComposerContext();
  const [, brief] = useBrief();
  const [draft, setDraft] = useState(saved);
  const empty = draft.trim() === '';
  return (
    <>
      <input
        className="brief__title"
        aria-label="Brief title"
        data-testid="brief-title"
        dir="auto"
        value={draft}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? 'brief-title-hint' : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const title = event.target.value.trim();
          if (title) brief.edit({ title });
        }}
        onBlur={() => empty && setDraft(saved)}
        onKeyDown={(event) => {
          // Enter or ↓ goes on to the text, as in a word processor's title line.
          if (event.key === 'Enter' || event.key === 'ArrowDown') {
            event.preventDefault();
            editor.focus();
          }
        }}
      />
      {empty && (
        <p id="brief-title-hint" className="brief__hint">
          A brief needs a title; “{saved}” is kept until you type one.
        </p>
      )}
    </>
  );
}
