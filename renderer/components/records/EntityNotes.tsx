import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { FORMAT_TEXT_COMMAND, type EditorState } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Entity } from '../../../shared/model';
import { useEntities } from '../../state/stores';

/** Long enough that typing a sentence is one save, short enough that nothing waits to be lost. */
const SAVE_AFTER_MS = 700;

const THEME = { paragraph: 'notes__paragraph', quote: 'notes__quote', text: { bold: 'notes__bold', italic: 'notes__italic', underline: 'notes__underline' } };

/** The researcher's own notes on an entity: rich text, saved as Lexical's serialized state. */
export function EntityNotes({ entity }: { entity: Entity }) {
  // Said aloud because saving is automatic: the researcher should not have to trust it blindly.
  const [saving, setSaving] = useState<SaveState>(null);
  const config = {
    namespace: 'parley-entity-notes',
    nodes: [HeadingNode, QuoteNode],
    theme: THEME,
    // The stored state was written by this same editor; it is given back as it was saved.
    editorState: entity.notes ? JSON.stringify(entity.notes) : undefined,
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <section className="notes" data-testid="entity-notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="record__heading">
        Notes
      </h2>
      <LexicalComposer initialConfig={config}>
        <FormatButtons />
        <div className="notes__frame">
          <RichTextPlugin
            contentEditable={<ContentEditable className="notes__editable" aria-label="Notes" aria-placeholder="Your notes on this entity" placeholder={<p className="notes__placeholder">Your notes: what you know, what to check.</p>} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <AutosavePlugin entityId={entity.id} onState={setSaving} />
      </LexicalComposer>
      <p className="record__muted notes__status" role="status">
        {saving === 'saving' ? 'Saving…' : saving === 'saved' ? 'Saved' : saving === 'failed' ? 'Not saved' : ''}
      </p>
    </section>
  );
}

function FormatButtons() {
  const [editor] = useLexicalComposerContext();
  const button = (format: 'bold' | 'italic' | 'underline', label: string, shortcut: string) => (
    <button type="button" className="notes__format" aria-label={label} aria-keyshortcuts={shortcut} onMouseDown={(e) => e.preventDefault()} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}>
      {label.charAt(0)}
    </button>
  );
  return (
    <div className="notes__toolbar" role="toolbar" aria-label="Format notes">
      {button('bold', 'Bold', 'Control+B')}
      {button('italic', 'Italic', 'Control+I')}
      {button('underline', 'Underline', 'Control+U')}
    </div>
  );
}

/** Saves a while after the last keystroke, and at once when the page closes with changes pending. */
type SaveState = 'saving' | 'saved' | 'failed' | null;

function AutosavePlugin({ entityId, onState }: { entityId: string; onState: (state: SaveState) => void }) {
  const [, store] = useEntities();
  const pending = useRef<{ state: EditorState; timer: ReturnType<typeof setTimeout> } | null>(null);
  const flush = useRef(() => {});
  flush.current = () => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    const notes = pending.current.state.toJSON() as unknown as Record<string, unknown>;
    pending.current = null;
    onState('saving');
    void store.save(entityId, { notes }).then((saved) => onState(saved ? 'saved' : 'failed'));
  };
  useEffect(() => () => flush.current(), []);
  return (
    <OnChangePlugin
      ignoreSelectionChange
      ignoreHistoryMergeTagChange
      onChange={(state) => {
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = { state, timer: setTimeout(() => flush.current(), SAVE_AFTER_MS) };
      }}
    />
  );
}
