import { AppModal } from './AppModal';

/** The build can name its version (VITE_PARLEY_VERSION); a development build has none. */
const VERSION: string | undefined = import.meta.env['VITE_PARLEY_VERSION'] as string | undefined;

export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <AppModal title="About Parley" testId="about-dialog" onClose={onClose}>
      <p className="about__name">
        Parley{VERSION ? <span className="about__version"> version {VERSION}</span> : null}
      </p>
      <p>An offline research notebook: import news articles, annotate what they say, link it to people, places and proposals, and write briefs whose citations stay bound to the passages they quote.</p>
      <p className="modal__hint">Your notebooks stay on this computer; Parley needs no account and no network.</p>
    </AppModal>
  );
}
