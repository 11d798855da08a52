import { useMemo, useState } from 'react';
import { useAppCommands } from '../app/commandContext';
import { useNotebook } from '../state/stores';
import { COMMANDS, matchCommands, type Command, type CommandId } from './commands';
import { paletteEntries } from './paletteEntries';
import { optionId, PaletteList, useActiveOption, type PaletteOption } from './PaletteList';
import { rankEntries, type PaletteEntry } from './paletteRanking';
import { MAC } from './platform';
import { shortcutHint } from './shortcuts';

const MOST_RECORDS = 8;
const BADGE: Record<PaletteEntry['kind'], string> = { entity: 'Entity', proposal: 'Proposal', source: 'Source', brief: 'Brief' };

type Props = {
  onGo: (entry: Pick<PaletteEntry, 'kind' | 'id'>) => void;
  onCommand: (command: CommandId, query: string) => void;
};

/** The palette's first page: one box that finds records, sources and briefs by name, then commands. */
export function PaletteFind({ onGo, onCommand }: Props) {
  const [notebook] = useNotebook();
  const [query, setQuery] = useState('');
  const { entities, proposals, sources, briefs } = notebook;
  const entries = useMemo(() => paletteEntries({ entities, proposals, sources, briefs }), [entities, proposals, sources, briefs]);
  const appCommands = useAppCommands();
  // App commands (the menus' twins) are told apart by their place in the list, not an id.
  const listed = useMemo((): Command[] => [...COMMANDS, ...appCommands.paletteCommands], [appCommands.paletteCommands]);

  const options = useMemo((): PaletteOption[] => {
    const found = rankEntries(query, entries, MOST_RECORDS).map(
      (e): PaletteOption => ({ key: `${e.kind}:${e.id}`, group: 'Go to', title: e.title, via: e.via, details: e.details, badge: BADGE[e.kind] }),
    );
    const commands = matchCommands(query, listed).map(
      (c): PaletteOption => ({
        key: c.app ? `app:${listed.indexOf(c)}` : `command:${c.id}`,
        group: 'Commands',
        title: c.title,
        hint: c.shortcut ? shortcutHint(c.shortcut, MAC) : null,
      }),
    );
    return [...found, ...commands];
  }, [query, entries, listed]);
  const { active, index, setActive, onArrows } = useActiveOption(options);

  const choose = (option: PaletteOption) => {
    const [kind, id] = option.key.split(':') as [string, string];
    const app = kind === 'app' ? listed[Number(id)]?.app : undefined;
    if (app) appCommands.run(app);
    else if (kind === 'command') onCommand(id as CommandId, query);
    else onGo({ kind: kind as PaletteEntry['kind'], id });
  };

  return (
    <>
      <input
        className="field palette__input"
        role="combobox"
        aria-label="Go to or run a command"
        aria-expanded={options.length > 0}
        aria-controls="palette-find"
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId('palette-find', index) : undefined}
        placeholder="Go to a record, source or brief, or type a command…"
        data-testid="palette-input"
        autoFocus
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(null);
        }}
        onKeyDown={(event) => {
          if (onArrows(event)) return;
          if (event.key === 'Enter' && active) {
            event.preventDefault();
            choose(active);
          }
        }}
      />
      <PaletteList id="palette-find" label="Matches and commands" options={options} active={active} onChoose={choose} onHover={setActive} />
    </>
  );
}
