import { chordLabel, matchesChord, type Chord, type KeyPress } from './keys';

/** What the app-wide keys do; each is carried out by the command layer. */
export type GlobalAction = 'palette' | 'search' | 'help' | 'import' | 'sources' | 'entities' | 'proposals' | 'briefs';

/** Where a shortcut works, as the Help dialog groups them. */
export type ShortcutPlace = 'Anywhere' | 'Outside text fields' | 'Lists and menus' | 'Reader, with text selected' | 'Brief editor' | 'Palette and search';

export type Shortcut = {
  id: string;
  does: string;
  where: ShortcutPlace;
  /** Any one of these works; the first is the one shown in hints. */
  chords: Chord[];
  /** Set for keys the app-wide handler acts on; the others are handled where they apply and only listed. */
  action?: GlobalAction;
};

const ANY = 'Anywhere';
const OUTSIDE = 'Outside text fields';

/**
 * Every keyboard shortcut in Parley, in the order Help lists them: the Help dialog, the
 * palette's hints and the app-wide key handler all read this one list. Ctrl+B/I/U, Ctrl+Z
 * and Ctrl+Shift+K belong to the brief editor, and E/P/C/B to the reader's selection, so
 * app-wide keys stay clear of them.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'palette', does: 'Open the command palette: go to a record, source or brief, or run a command', where: ANY, chords: [{ key: 'k', mod: true }], action: 'palette' },
  { id: 'search', does: 'Search everywhere, with filters', where: ANY, chords: [{ key: 'f', mod: true, shift: true }], action: 'search' },
  { id: 'search-slash', does: 'Search everywhere', where: OUTSIDE, chords: [{ key: '/' }], action: 'search' },
  { id: 'help', does: 'Show these keyboard shortcuts', where: ANY, chords: [{ key: 'F1' }], action: 'help' },
  { id: 'help-question', does: 'Show these keyboard shortcuts', where: OUTSIDE, chords: [{ key: '?' }], action: 'help' },
  { id: 'import', does: 'Import sources from files', where: ANY, chords: [{ key: 'o', mod: true }], action: 'import' },
  { id: 'sources', does: 'Go to the Sources list', where: ANY, chords: [{ code: 'Digit1', label: '1', alt: true }], action: 'sources' },
  { id: 'entities', does: 'Go to the Entities list', where: ANY, chords: [{ code: 'Digit2', label: '2', alt: true }], action: 'entities' },
  { id: 'proposals', does: 'Go to the Proposals list', where: ANY, chords: [{ code: 'Digit3', label: '3', alt: true }], action: 'proposals' },
  { id: 'briefs', does: 'Go to the Briefs list', where: ANY, chords: [{ code: 'Digit4', label: '4', alt: true }], action: 'briefs' },
  { id: 'undo', does: 'Undo the last annotation, record or brief change', where: ANY, chords: [{ key: 'z', mod: true }] },
  { id: 'redo', does: 'Redo', where: ANY, chords: [{ key: 'z', mod: true, shift: true }] },
  { id: 'close', does: 'Close a dialog, menu or form', where: ANY, chords: [{ key: 'Escape' }] },
  { id: 'move', does: 'Move between tabs, menu items and results', where: 'Lists and menus', chords: [{ key: 'ArrowDown' }, { key: 'ArrowUp' }] },
  { id: 'open', does: 'Open the chosen item', where: 'Lists and menus', chords: [{ key: 'Enter' }] },
  { id: 'select', does: 'Select text to annotate (after clicking or tabbing into the text)', where: 'Reader, with text selected', chords: [{ key: 'Arrow keys', shift: true }] },
  { id: 'link-entity', does: 'Link the selection to an entity', where: 'Reader, with text selected', chords: [{ key: 'e' }] },
  { id: 'link-proposal', does: 'Link the selection to a proposal', where: 'Reader, with text selected', chords: [{ key: 'p' }] },
  { id: 'comment', does: 'Comment on the selection', where: 'Reader, with text selected', chords: [{ key: 'c' }] },
  { id: 'cite', does: 'Cite the selection in a brief', where: 'Reader, with text selected', chords: [{ key: 'b' }] },
  { id: 'save-annotation', does: 'Save the annotation form', where: 'Reader, with text selected', chords: [{ key: 'Enter', mod: true }] },
  { id: 'bold', does: 'Bold', where: 'Brief editor', chords: [{ key: 'b', mod: true }] },
  { id: 'italic', does: 'Italic', where: 'Brief editor', chords: [{ key: 'i', mod: true }] },
  { id: 'underline', does: 'Underline', where: 'Brief editor', chords: [{ key: 'u', mod: true }] },
  { id: 'link', does: 'Add or edit a link', where: 'Brief editor', chords: [{ key: 'k', mod: true, shift: true }] },
  { id: 'cite-typeahead', does: 'Insert a citation from an annotation', where: 'Brief editor', chords: [{ key: '/cite', label: '/cite' }] },
  { id: 'mention', does: 'Mention a record', where: 'Brief editor', chords: [{ key: '@' }] },
  { id: 'run-search', does: 'Run the search now (it also runs as you type)', where: 'Palette and search', chords: [{ key: 'Enter' }] },
  { id: 'tick', does: 'Tick a source when choosing sources to compare', where: 'Palette and search', chords: [{ key: ' ' }, { key: 'Enter' }] },
  { id: 'compare-ticked', does: 'Compare the ticked sources', where: 'Palette and search', chords: [{ key: 'Enter', mod: true }] },
];

export const SHORTCUT_PLACES: readonly ShortcutPlace[] = ['Anywhere', 'Outside text fields', 'Lists and menus', 'Reader, with text selected', 'Brief editor', 'Palette and search'];

/**
 * The app-wide action a key press asks for, if any. Keys meant "outside text fields" are
 * left alone while the person is typing, so "/" and "?" still type.
 */
export function globalActionFor(press: KeyPress, typing: boolean): GlobalAction | null {
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.action || (typing && shortcut.where === OUTSIDE)) continue;
    if (shortcut.chords.some((chord) => matchesChord(press, chord))) return shortcut.action;
  }
  return null;
}

/** The key hint shown beside a command in the palette, e.g. "Ctrl+O". */
export function shortcutHint(action: GlobalAction, mac: boolean): string | null {
  return hintOf(SHORTCUTS.find((s) => s.action === action), mac);
}

/** The key hint for a listed shortcut by its id, e.g. "Ctrl+Enter" for 'compare-ticked'. */
export function shortcutHintById(id: string, mac: boolean): string | null {
  return hintOf(SHORTCUTS.find((s) => s.id === id), mac);
}

function hintOf(shortcut: Shortcut | undefined, mac: boolean): string | null {
  const chord = shortcut?.chords[0];
  return chord ? chordLabel(chord, mac) : null;
}
