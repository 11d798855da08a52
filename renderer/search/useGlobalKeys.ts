import { useEffect, useRef } from 'react';
import { isTypingTarget } from './keys';
import { globalActionFor, type GlobalAction } from './shortcuts';

/**
 * The app-wide keys of the shortcut registry. Listened for before anything else sees them
 * (capture phase), so Ctrl/Cmd+K works inside the brief editor and the reader too, whose
 * own keys are left out of the registry's app-wide set.
 */
export function useGlobalKeys(act: (action: GlobalAction) => void): void {
  // The latest handler, without re-subscribing on every render.
  const latest = useRef(act);
  useEffect(() => {
    latest.current = act;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.repeat) return;
      const action = globalActionFor(event, isTypingTarget(event.target));
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
