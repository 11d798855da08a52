import type { ParleyApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    parley?: ParleyApi;
  }
}

export {};
