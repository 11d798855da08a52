import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { useWorkspace } from '../state/stores';
import { $selectedChip } from './citationEdits';

/** Enter on a selected citation opens its source at the span; on a chip, the record. */
export function ChipKeysPlugin() {
  const [editor] = useLexicalComposerContext();
  const [, workspace] = useWorkspace();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const chip = $selectedChip();
          if (!chip) return false;
          event?.preventDefault();
          const json = chip.exportJSON();
          if (json.type === 'citation') workspace.open({ kind: 'source', id: json.sourceId, at: json.annotationId });
          else workspace.open({ kind: json.kind, id: json.recordId });
          return true;
        },
        // A chip is selected only when the caret is not in typed text, so the typeaheads never compete.
        COMMAND_PRIORITY_LOW,
      ),
    [editor, workspace],
  );
  return null;
}
