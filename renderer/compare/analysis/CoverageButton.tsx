import { useState } from 'react';
import { Modal } from '../../components/Modal';
import { CoverageMatrix } from './CoverageMatrix';

/** "Coverage…" in the navigator: every source's mentions of every record, in a dialog. */
export function CoverageButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--quiet coverage-button" data-testid="coverage-button" onClick={() => setOpen(true)}>
        Coverage…
      </button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="coverage-title" testId="coverage-dialog" className="coverage-dialog">
        <div className="coverage-dialog__head">
          <h2 id="coverage-title" className="modal__title">Coverage across all sources</h2>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        <p className="modal__hint">Which sources mention which records. Choose a cell to see the passages.</p>
        <CoverageMatrix onOpenMention={() => setOpen(false)} />
      </Modal>
    </>
  );
}
