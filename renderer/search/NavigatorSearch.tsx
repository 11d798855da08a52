import { useState } from 'react';
import { useSearch } from '../state/stores';
import { MAC } from './platform';
import { shortcutHint } from './shortcuts';

/** The navigator's search box: Enter opens the search page with these words. */
export function NavigatorSearch() {
  const [, search] = useSearch();
  const [words, setWords] = useState('');
  const paletteKeys = shortcutHint('palette', MAC);
  return (
    <form
      role="search"
      className="nav-search"
      onSubmit={(event) => {
        event.preventDefault();
        search.searchFor(words);
        // The words move to the search page, where they can be changed; this box is for the next search.
        setWords('');
      }}
    >
      <input
        type="search"
        className="field nav-search__input"
        aria-label="Search the notebook"
        placeholder={`Search… (${shortcutHint('search', MAC)})`}
        data-testid="nav-search"
        value={words}
        onChange={(event) => setWords(event.currentTarget.value)}
      />
      <button type="button" className="button button--quiet nav-search__palette" aria-label="Command palette" aria-keyshortcuts={MAC ? 'Meta+K' : 'Control+K'} title="Go to anything, or run a command" onClick={() => search.openDialog('palette')}>
        <kbd>{paletteKeys}</kbd>
      </button>
    </form>
  );
}
