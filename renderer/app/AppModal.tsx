import type { ReactNode } from 'react';
import { Modal } from '../components/Modal';

type Props = { title: string; hint?: string; testId: string; onClose: () => void; children: ReactNode; wide?: boolean };

/** The app's dialogs: open while mounted, a heading, and a Close button at the foot. */
export function AppModal({ title, hint, testId, onClose, children, wide = false }: Props) {
  const titleId = `${testId}-title`;
  return (
    <Modal open onClose={onClose} labelledBy={titleId} testId={testId} className={`app-dialog${wide ? ' app-dialog--wide' : ''}`}>
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {hint && <p className="modal__hint">{hint}</p>}
      {children}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
