/**
 * One key combination. `mod` is Ctrl, or Cmd on a Mac. A letter is compared case-blind;
 * `code` names a physical key, for Alt+digit, which types other characters on a Mac.
 */
export type Chord = {
  key?: string;
  code?: string;
  /** What a person presses, when it is not the key itself (Alt+1 is `code: 'Digit1'`). */
  label?: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
};

/** The parts of a keydown a chord is matched against; a DOM KeyboardEvent is one. */
export type KeyPress = { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

const LETTER = /^[a-z]$/i;

export function matchesChord(press: KeyPress, chord: Chord): boolean {
  if (Boolean(chord.mod) !== (press.ctrlKey || press.metaKey)) return false;
  if (Boolean(chord.alt) !== press.altKey) return false;
  if (chord.code !== undefined) return press.code === chord.code && Boolean(chord.shift) === press.shiftKey;
  if (chord.key === undefined) return false;
  // "?" is Shift+/ on one keyboard and a key of its own on another: for symbols the
  // character typed is what counts, not how it was reached.
  const symbol = chord.key.length === 1 && !LETTER.test(chord.key);
  if (!symbol && Boolean(chord.shift) !== press.shiftKey) return false;
  return press.key.toLowerCase() === chord.key.toLowerCase();
}

/** How a chord is written for the person at this keyboard: "Ctrl+Shift+F", or "⌘⇧F" on a Mac. */
export function chordLabel(chord: Chord, mac: boolean): string {
  const key = chord.label ?? keyName(chord.key ?? '');
  if (mac) return `${chord.mod ? '⌘' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${key}`;
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

function keyName(key: string): string {
  if (key === ' ') return 'Space';
  if (key === 'ArrowUp') return '↑';
  if (key === 'ArrowDown') return '↓';
  return key.length === 1 ? key.toUpperCase() : key;
}

/** Typing a "?" into a text box types it; in the reader (read-only) it is free for shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.closest('textarea, select')) return true;
  const input = element.closest('input');
  if (input) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes((input as HTMLInputElement).type);
  const editable = element.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false' && editable.getAttribute('aria-readonly') !== 'true';
}

/** Macs say Cmd where other systems say Ctrl. */
export function onMac(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
