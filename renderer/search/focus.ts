/**
 * Where the keyboard was before a dialog took it: the element and, in a text or the brief
 * editor, the exact selection, so closing the palette puts the cursor back where it was.
 * The browser returns focus by itself, but not the selection inside an editor.
 */
export function rememberFocus(): () => void {
  const element = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    if (!element?.isConnected) return;
    element.focus({ preventScroll: true });
    if (range && range.startContainer.isConnected && element.contains(range.startContainer)) {
      const now = window.getSelection();
      now?.removeAllRanges();
      now?.addRange(range);
    }
  };
}

/**
 * After the palette opened something, the keyboard continues there: on the centre pane, so
 * Tab walks through what just opened, unless something in it has taken focus already (the
 * reader does, when it selects the span a source was opened at).
 */
export function focusCentre(): void {
  requestAnimationFrame(() => {
    const centre = document.querySelector<HTMLElement>('main.centre');
    if (!centre || centre.contains(document.activeElement)) return;
    centre.focus({ preventScroll: true });
  });
}
