import { useEffect, useRef, type ReactNode } from 'react';

type ModalProps = {
  open: boolean;
  onClose: () => void;
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  testId?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A native modal <dialog>: the browser makes the rest of the window inert (so Tab stays
 * inside), turns Escape into `cancel`, and gives focus back to the opener on close.
 */
export function Modal({ open, onClose, labelledBy, testId, className, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={`modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        // React state decides whether the dialog is open; the browser only asks.
        event.preventDefault();
        onClose();
      }}
      // Chromium may close a dialog without asking (a second Escape with no click between):
      // state follows, so the next open really opens it.
      onClose={() => {
        if (open) onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
