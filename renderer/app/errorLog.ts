import type { ParleyApi } from '../../shared/contract';
import type { NoticeStore } from './NoticeStore';

const SAID = 'Something went wrong on this page. It has been written to Parley’s log; your notebook is saved.';
/** A loop that throws on every frame must not flood the log. */
const MOST_PER_PAGE = 50;

/**
 * The page's own errors go to the app's log file with their stacks; the person sees one
 * plain sentence, never the stack. Returns the logger, for errors caught before the window sees them.
 */
export function logPageErrors(api: ParleyApi, notices: NoticeStore): (message: string, stack: string | undefined) => void {
  let sent = 0;
  const log = (message: string, stack: string | undefined) => {
    if (sent >= MOST_PER_PAGE) return;
    sent += 1;
    void api['app.log']({ level: 'error', message: message.slice(0, 10_000), ...(stack ? { stack: stack.slice(0, 50_000) } : {}) }).catch(() => {});
  };
  const report = (message: string, stack: string | undefined) => {
    notices.say(SAID, 'problem');
    log(message, stack);
  };
  window.addEventListener('error', (event) => {
    const error: unknown = event.error;
    report(event.message || String(error), error instanceof Error ? error.stack : undefined);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (reason instanceof Error) report(`Unhandled rejection: ${reason.message}`, reason.stack);
    else report(`Unhandled rejection: ${String(reason)}`, undefined);
  });
  // For errors React catches itself (an error boundary), which never reach the window.
  return log;
}
