import { useBrief } from '../state/stores';

/** Said aloud because saving is automatic: the writer should not have to trust it blindly. */
export function SaveStatus() {
  const [{ save, notice }, brief] = useBrief();
  const failed = typeof save === 'object' ? save.failed : null;
  return (
    <div className="brief__status">
      <p className={`brief__save${failed ? ' brief__save--failed' : ''}`} role="status" data-testid="brief-save-state">
        {failed ? `Not saved: ${failed}` : save === 'saving' ? 'Saving…' : 'Saved'}
      </p>
      {failed && (
        <button type="button" className="button brief__retry" onClick={() => void brief.flush()}>
          Retry
        </button>
      )}
      <p className="brief__notice" role="status" data-testid="brief-notice">
        {notice}
      </p>
    </div>
  );
}
