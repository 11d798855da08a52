import type { AppCommand } from '../../shared/app-commands';
import type { ParleyApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    parley?: ParleyApi;
    /**
     * The desktop shell's extras, exposed by the preload; absent in browser mode. Menu
     * items arrive as commands the page runs like the palette does.
     */
    parleyShell?: {
      platform: string;
      onCommand(listener: (command: AppCommand) => void): () => void;
    };
  }
}

export {};
