import { useCite } from '../state/stores';

/** "Cited in …" after a citation from the reader, with the way to the brief; the reader stays open. */
export function CiteNotice() {
  const [{ cited }, cite] = useCite();
  if (!cited) return null;
  return (
    <div className="cite-notice" role="status" data-testid="cite-notice">
      <span>
        Cited in “<span dir="auto">{cited.title}</span>”
      </span>
      <button type="button" className="link" onClick={() => cite.openBrief(cited.briefId)}>Open brief</button>
      <button type="button" className="link cite-notice__dismiss" onClick={() => cite.dismiss()}>Dismiss</button>
    </div>
  );
}
