import { fail, isOperationName, type Result } from '../../shared/contract';
import type { UnexpectedErrorSink } from '../core/dispatch';
import { CONTRACT_CHANNEL } from './channel';

/** The listener shape `ipcMain.handle` accepts, narrowed to what the binding needs. */
export type ContractListener<Event> = (event: Event, payload: unknown) => Promise<Result<unknown>>;

export interface ContractBinding<Event> {
  /** Registers a listener on a channel; the desktop passes `ipcMain.handle`. */
  readonly handle: (channel: string, listener: ContractListener<Event>) => void;
  /**
   * Parses and runs one operation: the core's `dispatch` bound to the handlers of the
   * session behind the window that sent `event` (each window has its own notebook).
   */
  readonly dispatch: (operation: unknown, request: unknown, onUnexpected: UnexpectedErrorSink, event: Event) => Promise<Result<unknown>>;
  /** Did this IPC event come from the app's own page? */
  readonly isTrustedSender: (event: Event) => boolean;
  readonly onUnexpected: UnexpectedErrorSink;
}

/**
 * The one IPC binding for the whole contract: a single channel carrying
 * `{ operation, request }`, so adding an operation to the contract needs no shell change.
 * Every refusal is a `Result` value; nothing thrown here reaches the renderer, because
 * Electron would pass a thrown error's message across with main-process detail in it.
 */
export function bindContract<Event>(binding: ContractBinding<Event>): void {
  binding.handle(CONTRACT_CHANNEL, async (event, payload) => {
    if (!binding.isTrustedSender(event)) {
      return fail('forbidden', 'Only Parley’s own window may use the notebook.');
    }
    if (!isCall(payload)) {
      return fail('bad-request', 'An IPC call must be an object with an operation and a request.');
    }
    try {
      return await binding.dispatch(payload.operation, payload.request, binding.onUnexpected, event);
    } catch (error) {
      // dispatch already turns handler failures into values and refuses unknown
      // operations before running anything; this is a last guard.
      if (isOperationName(payload.operation)) binding.onUnexpected(error, payload.operation);
      return fail('internal', 'Parley hit an unexpected problem; details are in the log.');
    }
  });
}

function isCall(payload: unknown): payload is { operation: unknown; request: unknown } {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload) && 'operation' in payload;
}
