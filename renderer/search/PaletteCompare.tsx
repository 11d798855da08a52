import { useMemo, useState } from 'react';
import { choiceProblem, toggleChosen } from '../compare/compareChoice';
import { useNotebook } from '../state/stores';
import { optionId, PaletteList, useActiveOption, type PaletteOption } from './PaletteList';
import { rankEntries } from './paletteRanking';
import { sourceEntry } from './paletteEntries';
import { MAC } from './platform';
import { shortcutHintById } from './shortcuts';

/**
 * "Compare sources…" inside the palette: type to narrow the list, Enter (or Space, when
 * nothing is typed) ticks a source, Ctrl/Cmd+Enter or the button opens them side by side in
 * the order ticked.
 */
export function PaletteCompare({ onCompare, onBack }: { onCompare: (sourceIds: string[]) => void; onBack: () => void }) {
  const [{ sources }] = useNotebook();
  const [filter, setFilter] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const entries = useMemo(() => [...sources].sort(newestFirst).map(sourceEntry), [sources]);
  const shown = filter.trim() ? rankEntries(filter, entries, entries.length) : entries;
  const options = shown.map((e): PaletteOption => ({ key: e.id, group: 'Sources', title: e.title, details: e.details, ticked: ticked.includes(e.id) }));
  const { active, index, setActive, onArrows } = useActiveOption(options);
  const problem = choiceProblem(ticked.length);
  const tick = (option: PaletteOption) => setTicked(toggleChosen(ticked, option.key));
  const compare = () => problem === null && onCompare(ticked);

  return (
    <>
      <div className="palette__step">
        <button type="button" className="link palette__back" onClick={onBack}>
          ← Back
        </button>
        <h2 className="palette__step-title" id="palette-compare-title">Compare sources</h2>
      </div>
      <input
        className="field palette__input"
        role="combobox"
        aria-label="Filter sources to compare"
        aria-expanded={options.length > 0}
        aria-controls="palette-compare"
        aria-activedescendant={active ? optionId('palette-compare', index) : undefined}
        placeholder="Type to filter; Enter ticks a source"
        data-testid="palette-input"
        autoFocus
        value={filter}
        onChange={(event) => {
          setFilter(event.currentTarget.value);
          setActive(null);
        }}
        onKeyDown={(event) => {
          if (onArrows(event)) return;
          const plainEnter = event.key === 'Enter' && !event.ctrlKey && !event.metaKey;
          // A space types while a filter is being written, and ticks when there is none.
          if ((plainEnter || (event.key === ' ' && filter === '')) && active) {
            event.preventDefault();
            tick(active);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            compare();
          }
        }}
      />
      <PaletteList id="palette-compare" label="Sources to compare" options={options} active={active} multi onChoose={tick} onHover={setActive} />
      <div className="palette__footer">
        <p className="palette__note" role="status" data-testid="palette-compare-note">
          {problem ?? `${ticked.length} sources ticked, compared in the order ticked.`}
        </p>
        <button type="button" className="button button--primary" data-testid="palette-compare" disabled={problem !== null} onClick={compare}>
          Compare ({ticked.length}) <kbd>{shortcutHintById('compare-ticked', MAC)}</kbd>
        </button>
      </div>
    </>
  );
}

function newestFirst(a: { publishedAt: { date: string } | null }, b: { publishedAt: { date: string } | null }): number {
  return (b.publishedAt?.date ?? '').localeCompare(a.publishedAt?.date ?? '');
}
