import { Modal } from '../components/Modal';
import { chordLabel } from './keys';
import { MAC } from './platform';
import { SHORTCUT_PLACES, SHORTCUTS } from './shortcuts';

/** Help > Keyboard shortcuts (F1): every shortcut in the registry, by where it works. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} labelledBy="help-title" testId="shortcuts-dialog" className="shortcuts">
      <div className="shortcuts__head">
        <h2 id="help-title" className="modal__title">
          Keyboard shortcuts
        </h2>
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
      <p className="modal__hint">Everything in Parley can be done from the keyboard. Tab moves between controls; these keys save steps.</p>
      <div className="shortcuts__places">
        {SHORTCUT_PLACES.map((place) => (
          <section key={place} className="shortcuts__place" aria-labelledby={`keys-${slug(place)}`}>
            <h3 id={`keys-${slug(place)}`} className="shortcuts__place-name">
              {place}
            </h3>
            <table className="shortcuts__table">
              <tbody>
                {SHORTCUTS.filter((s) => s.where === place).map((shortcut) => (
                  <tr key={shortcut.id} data-testid="shortcut">
                    <td className="shortcuts__keys">
                      {shortcut.chords.map((chord, i) => (
                        <span key={i}>
                          {i > 0 && <span className="shortcuts__or"> or </span>}
                          <kbd>{chordLabel(chord, MAC)}</kbd>
                        </span>
                      ))}
                    </td>
                    <td>{shortcut.does}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Modal>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z]+/g, '-');
}
