import { createContext, useContext } from 'react';
import type { AppCommand } from '../../shared/app-commands';
import type { Command } from '../search/commands';

export type AppCommandRunner = {
  /** The app commands the palette lists now (recent notebooks included). */
  paletteCommands: readonly Command[];
  run(command: AppCommand): void;
};

const NONE: AppCommandRunner = { paletteCommands: [], run: () => {} };

export const AppCommandContext = createContext<AppCommandRunner>(NONE);

/** Outside the app layer (a component rendered on its own) there are simply no app commands. */
export function useAppCommands(): AppCommandRunner {
  return useContext(AppCommandContext);
}
