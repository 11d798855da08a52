import { useState } from 'react';
import { NewBriefTitle } from '../cite/NewBriefTitle';
import { Modal } from '../components/Modal';
import { useCite, useWorkspace } from '../state/stores';
import type { CommandId } from './commands';
import { PaletteCompare } from './PaletteCompare';
import { PaletteFind } from './PaletteFind';

type Props = {
  open: boolean;
  onClose: () => void;
  /** A command the command layer carries out (import, paste, search, help…). */
  onCommand: (command: CommandId, query: string) => void;
  /** Something opened in the centre: the palette closes and focus goes there, not back. */
  onNavigated: () => void;
};

/** Ctrl/Cmd+K: go anywhere by name, or run a command. */
export function Palette({ open, onClose, onCommand, onNavigated }: Props) {
  return (
    <Modal open={open} onClose={onClose} labelledBy="palette-title" testId="palette" className="palette">
      <h2 id="palette-title" className="visually-hidden">
        Command palette
      </h2>
      <PalettePages onCommand={onCommand} onNavigated={onNavigated} />
    </Modal>
  );
}

type Page = 'find' | 'compare' | 'brief';

/** Mounted afresh at each opening, so the palette always starts empty on its first page. */
function PalettePages({ onCommand, onNavigated }: Omit<Props, 'open' | 'onClose'>) {
  const [page, setPage] = useState<Page>('find');
  const [, workspace] = useWorkspace();
  const [, cite] = useCite();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const startBrief = async (title: string) => {
    setBusy(true);
    const failed = await cite.startBrief(title);
    setBusy(false);
    setProblem(failed);
    if (!failed) onNavigated();
  };

  return (
    // Escape on a later page goes back to the first; only there does it close the palette.
    <div
      className="palette__pages"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || page === 'find') return;
        event.preventDefault();
        setPage('find');
      }}
    >
      {page === 'find' && (
        <PaletteFind
          onGo={(entry) => {
            workspace.open({ kind: entry.kind, id: entry.id });
            onNavigated();
          }}
          onCommand={(command, query) => {
            if (command === 'new-brief') setPage('brief');
            else if (command === 'compare') setPage('compare');
            else onCommand(command, query);
          }}
        />
      )}
      {page === 'compare' && (
        <PaletteCompare
          onBack={() => setPage('find')}
          onCompare={(ids) => {
            workspace.compare(ids);
            onNavigated();
          }}
        />
      )}
      {page === 'brief' && (
        <div className="palette__brief">
          <h2 className="palette__step-title">New brief</h2>
          <p className="modal__hint">Give it a title; it opens ready for writing. You can rename it later.</p>
          <NewBriefTitle label="New brief title" busy={busy} onSubmit={(title) => void startBrief(title)} onCancel={() => setPage('find')} />
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
