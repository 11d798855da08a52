import { useBrief } from '../state/stores';

/** Delete, said twice: a brief is hours of writing and there is no undo for this. */
export function DeleteBrief({ title }: { title: string }) {
  const [{ confirmingDelete }, brief] = useBrief();
  if (!confirmingDelete) {
    return (
      <button type="button" className="button button--quiet brief__delete" onClick={() => brief.askDelete()}>
        Delete brief…
      </button>
    );
  }
  return (
    <div className="brief__confirm" role="alertdialog" aria-labelledby="brief-delete-question" data-testid="brief-delete-confirm">
      <p id="brief-delete-question">Delete “{title}”? Its text is removed from the notebook; the annotations it cites stay in their sources.</p>
      <button type="button" className="button button--danger" onClick={() => void brief.confirmDelete()}>
        Delete brief
      </button>{' '}
      <button type="button" className="button" autoFocus onClick={() => brief.cancelDelete()}>
        Keep it
      </button>
    </div>
  );
}
