import { ParleyError } from '../../shared/contract';

/**
 * What the startup dialog says. A person reads it, so it is the error's message alone: a
 * stack trace helps nobody in a dialog and shows paths of the build machine. The engine's
 * messages already say what to do; only a locked notebook gets a word on what happens next.
 */
export function startupErrorMessage(error: unknown): string {
  const message = error instanceof Error && error.message.trim() !== '' ? error.message.trim() : undefined;
  if (message === undefined) return 'Parley could not start for an unknown reason.\n\nParley will close now.';
  if (error instanceof ParleyError && error.code === 'notebook-locked') {
    return `${message}\n\nParley will close now; start it again once the notebook is free.`;
  }
  return `${message}\n\nParley will close now.`;
}
