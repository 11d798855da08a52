import { useEffect, useRef } from 'react';
import { useNotices } from './appStores';

/**
 * The app's one short sentence at the foot of the window. Shown as a popover, so it sits in
 * the top layer, above the backdrop of a dialog that is open when it appears.
 */
export function NoticeLine() {
  const [{ notice }, notices] = useNotices();
  const line = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = line.current;
    if (!element) return;
    // Shown afresh for each sentence, so it goes on top of whatever opened since.
    if (element.matches(':popover-open')) element.hidePopover();
    if (notice) element.showPopover();
  }, [notice]);

  return (
    <div ref={line} popover="manual" className={`app-notice app-notice--${notice?.tone ?? 'info'}`} role="status" data-testid="app-notice">
      {notice && (
        <>
          <span className="app-notice__text" data-testid="app-notice-text">
            {notice.message}
          </span>
          <button type="button" className="button button--quiet app-notice__close" aria-label="Dismiss" onClick={() => notices.dismiss()}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
