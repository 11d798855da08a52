import { MarkNode } from '@lexical/mark';
import { registerRichText } from '@lexical/rich-text';
import { createEditor, type LexicalEditor } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';

/** A real editor on a jsdom element, as the reader sets it up, so mutation listeners fire. */
export function readerEditor(): { editor: LexicalEditor; root: HTMLElement; dispose: () => void } {
  const editor = createEditor({
    namespace: 'test-reader',
    nodes: [MarkNode, HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  const unregister = registerRichText(editor);
  return {
    editor,
    root,
    dispose: () => {
      unregister();
      editor.setRootElement(null);
      root.remove();
    },
  };
}

/** Runs an update and waits for it to be committed. */
export function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}
