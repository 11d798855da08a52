import { isAppCommand, type AppCommand } from '../../shared/app-commands';
import { COMMAND_CHANNEL } from '../main/channel';

/** The part of `ipcRenderer` the bridge listens with, or a stand-in in tests. */
export interface CommandSource {
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

export interface ParleyShell {
  readonly platform: string;
  onCommand(listener: (command: AppCommand) => void): () => void;
}

/**
 * `window.parleyShell`: the platform (for shortcut labels) and the menu's commands. The
 * page gets only checked commands, copied field by field, never the IPC event (which
 * would hand it `ipcRenderer` through `event.sender`).
 */
export function shellBridge(platform: string, ipc: CommandSource): ParleyShell {
  return {
    platform,
    onCommand(listener) {
      const forward = (_event: unknown, payload: unknown) => {
        if (!isAppCommand(payload)) return;
        listener(payload.id === 'open-recent' ? { id: payload.id, path: payload.path } : { id: payload.id });
      };
      ipc.on(COMMAND_CHANNEL, forward);
      return () => {
        ipc.removeListener(COMMAND_CHANNEL, forward);
      };
    },
  };
}
