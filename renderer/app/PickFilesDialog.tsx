import { AppModal } from './AppModal';

type Props = { what: 'sources' | 'bundle'; onPick: () => void; onClose: () => void };

/**
 * The browser opens a file picker only in answer to a click or key press. A menu command
 * that arrived without one asks for that click here.
 */
export function PickFilesDialog({ what, onPick, onClose }: Props) {
  const sources = what === 'sources';
  return (
    <AppModal
      title={sources ? 'Import sources' : 'Import a notebook bundle'}
      hint={sources ? 'Articles as .txt, .md, .html, .pdf or .docx files.' : 'A .zip exported from Parley opens as a new notebook.'}
      testId="pick-files-dialog"
      onClose={onClose}
    >
      <button
        type="button"
        className="button button--primary"
        autoFocus
        onClick={() => {
          // The picker's input is outside this dialog, inert while it is open: close first,
          // then pick while the click still counts as the person's.
          onClose();
          setTimeout(onPick);
        }}
      >
        {sources ? 'Choose files…' : 'Choose a bundle…'}
      </button>
    </AppModal>
  );
}
