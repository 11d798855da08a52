import { LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { isSafeLinkUrl } from './linkUrl';

/**
 * Whatever made a link (the toolbar, Markdown typed as "[words](address)", a paste), one
 * that could run something when the exported brief is opened is turned back into its words.
 */
export function LinkGuardPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(LinkNode, (link) => {
        if (isSafeLinkUrl(link.getURL())) return;
        for (const child of link.getChildren()) link.insertBefore(child);
        link.remove();
      }),
    [editor],
  );
  return null;
}
