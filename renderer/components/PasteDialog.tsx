import { useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import type { PasteOutcome } from '../state/ImportStore';
import { useImports, useWorkspace } from '../state/stores';
import { Modal } from './Modal';

/** "Paste text…" in the navigator, and the dialog it opens. */
export function PasteText() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button import__paste" data-testid="paste-button" onClick={() => setOpen(true)}>
        Paste text…
      </button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="paste-title" testId="paste-dialog" className="paste">
        <PasteForm onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

export function PasteForm({ onDone }: { onDone: () => void }) {
  const [, imports] = useImports();
  const [, workspace] = useWorkspace();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Exclude<PasteOutcome, { status: 'imported' }> | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  // Ctrl/Cmd+V with focus on a button still lands in the text box, not nowhere.
  const onPaste = (event: ClipboardEvent) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return;
    const pasted = event.clipboardData.getData('text/plain');
    if (!pasted) return;
    event.preventDefault();
    setText((before) => (before ? `${before}\n\n${pasted}` : pasted));
    textArea.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setOutcome({ status: 'failed', reason: 'Paste or type the text of the article first.' });
      return;
    }
    setBusy(true);
    const result = await imports.importPasted(text, title);
    setBusy(false);
    if (result.status === 'imported') onDone();
    else setOutcome(result);
  };

  return (
    <form className="paste__form" onSubmit={(e) => void submit(e)} onPaste={onPaste} noValidate>
      <h2 id="paste-title" className="modal__title">
        Paste text
      </h2>
      <p className="modal__hint">Paste an article’s text; Parley keeps it as a source and guesses its details.</p>
      <label className="form-field">
        <span className="form-field__label">Text</span>
        <textarea
          ref={textArea}
          className="field paste__text"
          value={text}
          autoFocus
          rows={12}
          dir="auto"
          aria-describedby={outcome ? 'paste-problem' : undefined}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label className="form-field">
        <span className="form-field__label">Title (optional)</span>
        <input className="field" value={title} dir="auto" onChange={(e) => setTitle(e.currentTarget.value)} />
      </label>
      {outcome && (
        <p id="paste-problem" className="form-error" role="alert">
          {outcome.status === 'failed' ? (
            outcome.reason
          ) : (
            <>
              This text is already in the notebook as{' '}
              <button
                type="button"
                className="link"
                onClick={() => {
                  workspace.open({ kind: 'source', id: outcome.existingId });
                  onDone();
                }}
              >
                {outcome.title}
              </button>
              .
            </>
          )}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Importing…' : 'Import text'}
        </button>
      </div>
    </form>
  );
}
