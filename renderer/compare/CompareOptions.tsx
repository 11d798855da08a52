import { useCompare } from '../state/stores';

/** The side-by-side view's switches, with a key to the marks in the margins. */
export function CompareOptions() {
  const [{ overlays, keepAligned, comparison }, store] = useCompare();
  const shared = comparison?.shared.length ?? 0;
  return (
    <div className="compare__options" role="group" aria-label="Side by side options">
      <label className="compare__option">
        <input type="checkbox" checked={overlays} data-testid="show-passages" onChange={(e) => store.showOverlays(e.currentTarget.checked)} />
        <span>
          Shared passages <span className="compare__count">({shared})</span>
        </span>
      </label>
      {overlays && (
        <span className="compare__key" aria-hidden="true">
          <span className="compare__swatch compare__swatch--shared" /> shared
          <span className="compare__swatch compare__swatch--unique" /> only here
        </span>
      )}
      <label className="compare__option">
        <input type="checkbox" checked={keepAligned} data-testid="keep-aligned" onChange={(e) => store.keepAligned(e.currentTarget.checked)} />
        <span>Keep aligned</span>
      </label>
    </div>
  );
}
