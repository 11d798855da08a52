import { AppModal } from './AppModal';
import { useApp } from './appStores';
import { AppProblem, CreateNotebookForm, OpenByPathForm } from './NotebookForms';

/** File › New notebook… : the open notebook is closed once the new one opens. */
export function NewNotebookDialog({ onClose }: { onClose: () => void }) {
  const [{ app: state }] = useApp();
  const hint = state?.notebook ? `“${state.notebook.title}” closes; it stays in your recent notebooks.` : undefined;
  return (
    <AppModal title="New notebook" hint={hint} testId="new-notebook-dialog" onClose={onClose}>
      <CreateNotebookForm autoFocus />
      <AppProblem />
    </AppModal>
  );
}

/** File › Open notebook… in the browser, which has no folder dialog. */
export function OpenNotebookDialog({ onClose }: { onClose: () => void }) {
  return (
    <AppModal title="Open a notebook" hint="Type or paste the folder of a Parley notebook." testId="open-notebook-dialog" onClose={onClose}>
      <OpenByPathForm autoFocus />
      <AppProblem />
    </AppModal>
  );
}
