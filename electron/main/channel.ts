/**
 * The one IPC channel the whole contract travels on. It lives in a file that imports
 * nothing, so the preload bundle can share the name without pulling in main-process code.
 */
export const CONTRACT_CHANNEL = 'parley:call';

/** Main → page: a menu item chosen, as an `AppCommand` the page runs like the palette does. */
export const COMMAND_CHANNEL = 'parley:command';
