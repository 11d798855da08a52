import { useNotices } from './appStores';

/** The app's one short sentence, above everything at the foot of the window. */
export function NoticeLine() {
  const [{ notice }, notices] = useNotices();
  return (
    // The live region is always there, so screen readers announce what appears in it.
    <div className="app-notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`app-notice app-notice--${notice.tone}`} data-testid="app-notice">
          <span className="app-notice__text" data-testid="app-notice-text">{notice.message}</span>
          <button type="button" className="button button--quiet app-notice__close" aria-label="Dismiss" onClick={() => notices.dismiss()}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
