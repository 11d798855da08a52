import type { Transport } from '../../shared/contract';
import { CONTRACT_CHANNEL } from '../main/channel';

/** `ipcRenderer.invoke`, or a stand-in for it in tests. */
export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * The IPC transport for `createApi`: every operation goes over the one contract channel as
 * `{ operation, request }`. The invoke function is closed over here and never handed to
 * the page, so the page cannot choose a channel.
 */
export function ipcTransport(invoke: Invoke): Transport {
  return (operation, request) => invoke(CONTRACT_CHANNEL, { operation, request });
}
