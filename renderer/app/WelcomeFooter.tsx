import { useState } from 'react';
import { useAppCommands } from './commandContext';
import { chooseTheme, readTheme, type Theme } from './preferences';

const THEMES: ReadonlyArray<{ theme: Theme; label: string }> = [
  { theme: 'system', label: 'System' },
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
];

/**
 * Before a notebook is open there is no palette; the theme and About are still at hand here
 * (the desktop menu reaches them too).
 */
export function WelcomeFooter() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  const { run } = useAppCommands();
  return (
    <footer className="welcome__footer">
      <div className="welcome__themes" role="radiogroup" aria-label="Theme">
        <span aria-hidden="true">Theme:</span>
        {THEMES.map((t) => (
          <button
            key={t.theme}
            type="button"
            role="radio"
            aria-checked={theme === t.theme}
            className={`welcome__theme${theme === t.theme ? ' welcome__theme--on' : ''}`}
            onClick={() => {
              chooseTheme(t.theme);
              setTheme(t.theme);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <button type="button" className="link" onClick={() => run({ id: 'show-about' })}>
        About Parley
      </button>
    </footer>
  );
}
