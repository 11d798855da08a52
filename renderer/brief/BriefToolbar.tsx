import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, COMMAND_PRIORITY_NORMAL, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { BaseSelection } from 'lexical';
import { applyLink, setBlock } from './formatting';
import { LinkField } from './LinkField';
import { useToolbarState, type BlockKind } from './toolbarState';

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Meta' : 'Control';

const BLOCKS: ReadonlyArray<{ kind: BlockKind; label: string; glyph: string; hint: string }> = [
  { kind: 'paragraph', label: 'Paragraph', glyph: '¶', hint: '' },
  { kind: 'h1', label: 'Heading 1', glyph: 'H1', hint: 'type “# ” at the start of a line' },
  { kind: 'h2', label: 'Heading 2', glyph: 'H2', hint: 'type “## ”' },
  { kind: 'h3', label: 'Heading 3', glyph: 'H3', hint: 'type “### ”' },
  { kind: 'bullet', label: 'Bulleted list', glyph: '•', hint: 'type “- ”' },
  { kind: 'number', label: 'Numbered list', glyph: '1.', hint: 'type “1. ”' },
  { kind: 'quote', label: 'Block quote', glyph: '❝', hint: 'type “> ”' },
];

const FORMATS = [
  { format: 'bold', label: 'Bold', glyph: 'B', key: 'B' },
  { format: 'italic', label: 'Italic', glyph: 'I', key: 'I' },
  { format: 'underline', label: 'Underline', glyph: 'U', key: 'U' },
] as const;

/** Arrow keys move along the toolbar, as in a native one (WAI-ARIA toolbar pattern). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (!step) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[(at + step + buttons.length) % buttons.length]?.focus();
}

export function BriefToolbar() {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  // The words the link goes on, as the browser shows them selected when the field opens:
  // Lexical's own copy can lag a key behind (Shift+Ctrl+← then at once Ctrl+Shift+K).
  const [linking, setLinking] = useState<{ chosen: BaseSelection | null } | null>(null);
  const startLink = () => setLinking({ chosen: editor.read(() => $createRangeSelectionFromDom(window.getSelection(), editor) ?? $getSelection()?.clone() ?? null) });

  // Ctrl/Cmd+K belongs to the notebook's search; a link is Ctrl/Cmd+Shift+K.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.key.toLowerCase() === 'k' && event.shiftKey && (event.ctrlKey || event.metaKey))) return false;
          event.preventDefault();
          startLink();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  const button = (label: string, glyph: ReactNode, pressed: boolean | undefined, onPress: () => void, shortcut?: string, hint?: string, disabled?: boolean) => (
    <button
      key={label}
      type="button"
      className={`brief-toolbar__button${pressed ? ' brief-toolbar__button--on' : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={[label, shortcut?.replace('Control', 'Ctrl').replace('Meta', '⌘'), hint].filter(Boolean).join(' · ')}
      disabled={disabled}
      // The editor keeps its selection: the button acts on the words the writer chose.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {glyph}
    </button>
  );

  const closeLink = () => {
    setLinking(null);
    editor.focus();
  };
  return (
    <>
      <div className="brief-toolbar" role="toolbar" aria-label="Formatting" onKeyDown={moveFocus}>
        <span className="brief-toolbar__group">{BLOCKS.map((b) => button(b.label, b.glyph, state.block === b.kind, () => setBlock(editor, state.block, b.kind), undefined, b.hint))}</span>
        <span className="brief-toolbar__group">
          {FORMATS.map((f) => button(f.label, <span className={`brief-toolbar__glyph--${f.format}`}>{f.glyph}</span>, state[f.format], () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f.format), `${MOD}+${f.key}`))}
          {button('Link', 'Link', state.link !== null, startLink, `${MOD}+Shift+K`)}
        </span>
        <span className="brief-toolbar__group">
          {button('Undo', '↶', undefined, () => editor.dispatchCommand(UNDO_COMMAND, undefined), `${MOD}+Z`, undefined, !state.canUndo)}
          {button('Redo', '↷', undefined, () => editor.dispatchCommand(REDO_COMMAND, undefined), `${MOD}+Shift+Z`, undefined, !state.canRedo)}
        </span>
      </div>
      {linking && (
        <LinkField
          current={state.link}
          onApply={(url) => {
            applyLink(editor, url, state.link !== null, linking.chosen);
            closeLink();
          }}
          onRemove={() => {
            applyLink(editor, null, true, linking.chosen);
            closeLink();
          }}
          onClose={closeLink}
        />
      )}
    </>
  );
}
