import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, type TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { useNotebook } from '../state/stores';
import { $replaceTrigger } from './insertNodes';
import { mentionChoices, type MentionChoice } from './mentionChoices';
import { $createRecordMentionNode } from './nodes/RecordMentionNode';
import { matchMentionTrigger } from './triggers';
import { TypeaheadMenu } from './TypeaheadMenu';

class MentionOption extends MenuOption {
  constructor(readonly choice: MentionChoice) {
    super(`${choice.kind}:${choice.recordId}`);
  }
}

/** "@" followed by a name: entities (names and aliases) and proposals, chosen as a chip. */
export function MentionTypeaheadPlugin() {
  const [notebook] = useNotebook();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(
    () => (query === null ? [] : mentionChoices(notebook.entities, notebook.proposals, query).map((c) => new MentionOption(c))),
    [notebook.entities, notebook.proposals, query],
  );
  const triggerFn = useCallback((text: string) => matchMentionTrigger(text), []);

  // Called by the menu inside an editor update.
  const onSelect = useCallback((option: MentionOption, typed: TextNode | null, close: () => void) => {
    const chip = $createRecordMentionNode({ kind: option.choice.kind, recordId: option.choice.recordId, label: option.choice.label });
    $replaceTrigger(typed, matchMentionTrigger, chip);
    // A space after the chip, so the next word does not run into it.
    const space = $createTextNode(' ');
    chip.insertAfter(space);
    space.select(1, 1);
    close();
  }, []);

  return (
    <LexicalTypeaheadMenuPlugin<MentionOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchor, { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }, typed) => (
        <TypeaheadMenu
          anchor={anchor}
          label="Mention an entity or proposal"
          testId="mention-typeahead"
          options={shown}
          selectedIndex={selectedIndex}
          choose={selectOptionAndCleanUp}
          highlight={setHighlightedIndex}
          empty={notebook.entities.length + notebook.proposals.length === 0 ? 'No entities or proposals yet: link names in a source first.' : `No entity or proposal matches “${typed}”.`}
          render={({ choice }) => (
            <>
              <span className={`brief-typeahead__chip brief-typeahead__chip--${choice.kind}`}>{choice.label}</span>
              {choice.matched && <span className="brief-typeahead__detail"> also “{choice.matched}”</span>}
              <span className="brief-typeahead__detail brief-typeahead__kind">{choice.detail}</span>
            </>
          )}
        />
      )}
    />
  );
}
