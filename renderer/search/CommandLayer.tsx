import { useEffect, useRef } from 'react';
import { CoverageMatrix } from '../compare/analysis/CoverageMatrix';
import { SourceFilesInput } from '../components/SourceFilesInput';
import { Modal } from '../components/Modal';
import { PasteForm } from '../components/PasteDialog';
import type { SearchDialog } from '../state/SearchStore';
import { useSearch, useWorkspace } from '../state/stores';
import type { CommandId } from './commands';
import { focusCentre, rememberFocus } from './focus';
import { HelpDialog } from './HelpDialog';
import { Palette } from './Palette';
import type { GlobalAction } from './shortcuts';
import { useGlobalKeys } from './useGlobalKeys';

const SECTIONS = ['sources', 'entities', 'proposals', 'briefs'] as const;

/**
 * The app-wide keys and what they open: the palette, Help, and the palette's dialogs
 * (paste, coverage), plus a file picker of its own so Ctrl/Cmd+O and the palette can import.
 */
export function CommandLayer() {
  const [{ dialog }, search] = useSearch();
  const [, workspace] = useWorkspace();
  const picker = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<(() => void) | null>(null);

  const open = (next: SearchDialog) => {
    if (!search.getSnapshot().dialog) returnFocus.current = rememberFocus();
    search.openDialog(next);
  };
  const close = () => search.closeDialog();
  // The file picker waits for the palette to close: while a modal dialog is open the rest of
  // the page is inert and Chromium may not open a picker from it. The key press that asked
  // still counts as the person's gesture a moment later.
  const importWhenClosed = useRef(false);
  // Once no dialog is open, the keyboard goes back where it was (or where the palette sent it).
  useEffect(() => {
    if (dialog !== null) return;
    if (importWhenClosed.current) {
      importWhenClosed.current = false;
      picker.current?.click();
    }
    const restore = returnFocus.current;
    returnFocus.current = null;
    restore?.();
  }, [dialog]);
  const navigated = () => {
    returnFocus.current = focusCentre;
    close();
  };

  const act = (action: GlobalAction | CommandId, query = '') => {
    if (action === 'palette' || action === 'help') {
      if (dialog === action) close();
      else open(action);
    } else if (action === 'paste' || action === 'coverage') {
      open(action);
    } else if (action === 'import') {
      if (dialog === null) picker.current?.click();
      else {
        importWhenClosed.current = true;
        close();
      }
    } else if (action === 'search') {
      returnFocus.current = null;
      close();
      search.searchFor(query.trim() ? query : undefined);
    } else if ((SECTIONS as readonly string[]).includes(action)) {
      const section = action as (typeof SECTIONS)[number];
      close();
      workspace.showSection(section);
      requestAnimationFrame(() => document.getElementById(`tab-${section}`)?.focus());
    }
  };
  useGlobalKeys(act);

  return (
    <>
      <SourceFilesInput ref={picker} testId="palette-import-input" />
      <Palette open={dialog === 'palette'} onClose={close} onCommand={(command, query) => act(command, query)} onNavigated={navigated} />
      <HelpDialog open={dialog === 'help'} onClose={close} />
      <Modal open={dialog === 'paste'} onClose={close} labelledBy="paste-title" testId="palette-paste-dialog" className="paste">
        <PasteForm onDone={close} />
      </Modal>
      <Modal open={dialog === 'coverage'} onClose={close} labelledBy="palette-coverage-title" testId="palette-coverage-dialog" className="coverage-dialog">
        <div className="coverage-dialog__head">
          <h2 id="palette-coverage-title" className="modal__title">
            Coverage across all sources
          </h2>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
        <p className="modal__hint">Which sources mention which records. Choose a cell to see the passages.</p>
        <CoverageMatrix onOpenMention={navigated} />
      </Modal>
    </>
  );
}
