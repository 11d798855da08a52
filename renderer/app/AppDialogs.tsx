import { AboutDialog } from './AboutDialog';
import { BackupsDialog } from './BackupsDialog';
import { CheckDialog } from './CheckDialog';
import { ExportAnnotationsDialog, ExportBriefDialog } from './ExportDialogs';
import { NewNotebookDialog, OpenNotebookDialog } from './NotebookDialogs';
import { PickFilesDialog } from './PickFilesDialog';
import type { AppDialog } from './runAppCommand';

/** Whichever app dialog a command opened; each is mounted only while open, so it starts afresh. */
type Props = { dialog: AppDialog | null; onClose: () => void; onPick: (what: 'sources' | 'bundle') => void };

export function AppDialogs({ dialog, onClose, onPick }: Props) {
  switch (dialog) {
    case 'new-notebook':
      return <NewNotebookDialog onClose={onClose} />;
    case 'open-notebook':
      return <OpenNotebookDialog onClose={onClose} />;
    case 'export-brief':
      return <ExportBriefDialog onClose={onClose} />;
    case 'export-annotations':
      return <ExportAnnotationsDialog onClose={onClose} />;
    case 'backups':
      return <BackupsDialog onClose={onClose} />;
    case 'check':
      return <CheckDialog onClose={onClose} />;
    case 'about':
      return <AboutDialog onClose={onClose} />;
    case 'pick-sources':
    case 'pick-bundle': {
      const what = dialog === 'pick-sources' ? 'sources' : 'bundle';
      return <PickFilesDialog what={what} onPick={() => onPick(what)} onClose={onClose} />;
    }
    default:
      return null;
  }
}
