/**
 * How the page looks, per browser profile (localStorage): the theme (following the system
 * unless a person chose one) and the zoom. Applied to <html> so every stylesheet follows.
 */
export type Theme = 'light' | 'dark' | 'system';

const THEME_KEY = 'parley.theme';
const ZOOM_KEY = 'parley.zoom';
const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

export function readTheme(): Theme {
  const stored = read(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** `data-theme` overrides the system's choice; without it the CSS follows prefers-color-scheme. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

export function chooseTheme(theme: Theme): void {
  write(THEME_KEY, theme === 'system' ? null : theme);
  applyTheme(theme);
}

export function readZoom(): number {
  const stored = Number(read(ZOOM_KEY));
  return (ZOOM_STEPS as readonly number[]).includes(stored) ? stored : 1;
}

/** CSS zoom on the root scales text, spacing and layout together, as a browser's zoom would. */
export function applyZoom(zoom: number): void {
  document.documentElement.style.zoom = zoom === 1 ? '' : String(zoom);
}

/** One step in or out (+1, -1), or back to 100% (0); returns the new zoom. */
export function stepZoom(direction: -1 | 0 | 1): number {
  const current = ZOOM_STEPS.indexOf(readZoom() as (typeof ZOOM_STEPS)[number]);
  const next = direction === 0 ? 1 : ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, current + direction))]!;
  write(ZOOM_KEY, next === 1 ? null : String(next));
  applyZoom(next);
  return next;
}

/** Before the first render, so the page never flashes in the other theme or size. */
export function applyPreferences(): void {
  applyTheme(readTheme());
  applyZoom(readZoom());
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the choice holds for this page only.
  }
}
