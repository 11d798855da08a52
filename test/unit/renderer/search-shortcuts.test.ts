// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chordLabel, isTypingTarget, matchesChord, type KeyPress } from '../../../renderer/search/keys';
import { globalActionFor, SHORTCUT_PLACES, SHORTCUTS, shortcutHint } from '../../../renderer/search/shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: mods.code ?? `Key${key.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('app-wide keys', () => {
  it('opens the palette with Ctrl+K or Cmd+K, even while typing', () => {
    expect(globalActionFor(press('k', { ctrlKey: true }), true)).toBe('palette');
    expect(globalActionFor(press('k', { metaKey: true }), false)).toBe('palette');
    expect(globalActionFor(press('K', { ctrlKey: true, shiftKey: true }), true)).toBeNull();
  });

  it('leaves the brief editor’s and the reader’s own keys alone', () => {
    for (const key of ['b', 'i', 'u', 'z']) expect(globalActionFor(press(key, { ctrlKey: true }), true)).toBeNull();
    for (const key of ['e', 'p', 'c', 'b']) expect(globalActionFor(press(key), false)).toBeNull();
  });

  it('takes "/" and "?" only outside text fields, so they still type', () => {
    expect(globalActionFor(press('/', { code: 'Slash' }), false)).toBe('search');
    expect(globalActionFor(press('?', { code: 'Slash', shiftKey: true }), false)).toBe('help');
    expect(globalActionFor(press('/', { code: 'Slash' }), true)).toBeNull();
    expect(globalActionFor(press('?', { code: 'Slash', shiftKey: true }), true)).toBeNull();
  });

  it('opens search with Ctrl+Shift+F and Help with F1 anywhere', () => {
    expect(globalActionFor(press('F', { ctrlKey: true, shiftKey: true }), true)).toBe('search');
    expect(globalActionFor(press('F1', { code: 'F1' }), true)).toBe('help');
    expect(globalActionFor(press('f', { ctrlKey: true }), true)).toBeNull();
  });

  it('goes to a navigator section with Alt+1..4 by the key pressed, whatever it types on a Mac', () => {
    expect(globalActionFor(press('¡', { code: 'Digit1', altKey: true }), true)).toBe('sources');
    expect(globalActionFor(press('4', { code: 'Digit4', altKey: true }), false)).toBe('briefs');
    // AltGr is Ctrl+Alt on Windows: it types characters and must not switch sections.
    expect(globalActionFor(press('1', { code: 'Digit1', altKey: true, ctrlKey: true }), true)).toBeNull();
  });
});

describe('the shortcut registry', () => {
  it('gives every shortcut a unique id and a place Help lists', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const shortcut of SHORTCUTS) expect(SHORTCUT_PLACES).toContain(shortcut.where);
  });

  it('has no app-wide key that another listed shortcut also uses', () => {
    const appWide = SHORTCUTS.filter((s) => s.action);
    for (const global of appWide) {
      for (const other of SHORTCUTS.filter((s) => !s.action)) {
        for (const chord of other.chords) {
          if (!chord.key) continue;
          const asPressed = press(chord.key, { ctrlKey: Boolean(chord.mod), shiftKey: Boolean(chord.shift), altKey: Boolean(chord.alt) });
          const clash = global.chords.some((g) => matchesChord(asPressed, g));
          expect(clash, `${global.id} clashes with ${other.id}`).toBe(false);
        }
      }
    }
  });

  it('writes keys the way each system does', () => {
    expect(chordLabel({ key: 'f', mod: true, shift: true }, false)).toBe('Ctrl+Shift+F');
    expect(chordLabel({ key: 'f', mod: true, shift: true }, true)).toBe('⌘⇧F');
    expect(chordLabel({ code: 'Digit2', label: '2', alt: true }, false)).toBe('Alt+2');
    expect(shortcutHint('import', false)).toBe('Ctrl+O');
    expect(shortcutHint('palette', true)).toBe('⌘K');
  });
});

describe('what counts as typing', () => {
  const make = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild!;
  };

  it('is typing in text boxes and the brief editor', () => {
    expect(isTypingTarget(make('<input type="search">'))).toBe(true);
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<div contenteditable="true"><p>Brief</p></div>').querySelector('p'))).toBe(true);
  });

  it('is not typing on a checkbox, a button, or the read-only reader', () => {
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(make('<button>Go</button>'))).toBe(false);
    expect(isTypingTarget(make('<div contenteditable="true" aria-readonly="true"><p>Source</p></div>').querySelector('p'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
