import { BriefPicker } from '../cite/BriefPicker';
import { useAnnotate, useCite } from '../state/stores';
import { AnnotationForm } from './AnnotationForm';

/**
 * The toolbar beside selected text (E / P / C / B also work while it shows), and the linking
 * form or the brief picker under it once an action is chosen. While an orphan waits, it
 * offers "Attach here".
 */
export function SelectionToolbar() {
  const [{ selection, form, reattachId }, store] = useAnnotate();
  const [{ picking }, cite] = useCite();
  const creating = form && !form.editing ? form : null;
  // The picker keeps the selection's place: focus in the picker may clear the reader's selection.
  const citing = picking?.kind === 'selection' ? picking : null;
  const anchor = creating?.anchor ?? citing?.anchor ?? selection?.anchor;
  if (!anchor) return null;
  const top = Math.max(anchor.top - 46, 8);
  return (
    <>
      {selection && !citing && <div className="selection-toolbar" role="toolbar" aria-label="Annotate selection" data-testid="selection-toolbar" style={{ top, left: anchor.left }}>
        {reattachId ? (
          <button type="button" className="button button--primary" data-testid="reattach-here" onMouseDown={(e) => e.preventDefault()} onClick={() => void store.reattach()}>
            Attach here
          </button>
        ) : (
          <>
            <ToolbarButton label="Link entity" shortcut="E" onClick={() => store.openForm('entity')} />
            <ToolbarButton label="Link proposal" shortcut="P" onClick={() => store.openForm('proposal')} />
            <ToolbarButton label="Comment" shortcut="C" onClick={() => store.openForm('comment')} />
            <ToolbarButton label="Cite in brief" shortcut="B" onClick={() => cite.ask({ kind: 'selection', span: { start: selection.start, end: selection.end }, anchor: selection.anchor })} />
          </>
        )}
      </div>}
      {creating && (
        <div className="selection-form" style={{ top: anchor.bottom + 8, left: anchor.left }}>
          <AnnotationForm key={`${creating.span.start}:${creating.span.end}:${creating.focus}`} span={creating.span} editing={null} focus={creating.focus} />
        </div>
      )}
      {citing && <BriefPicker className="brief-picker--floating" style={{ top: anchor.bottom + 8, left: anchor.left }} />}
    </>
  );
}

function ToolbarButton({ label, shortcut, onClick }: { label: string; shortcut: string; onClick: () => void }) {
  return (
    // Keeping the mouse-down from taking focus keeps the text selected.
    <button type="button" className="selection-toolbar__button" aria-keyshortcuts={shortcut} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {label} <kbd>{shortcut}</kbd>
    </button>
  );
}
