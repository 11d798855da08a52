import type { LogEntry } from '../session/app-session';

/** A stack can be long; a log line should stay readable and a file should not fill with one error. */
const MAX_LINE_CHARS = 60_000;

/**
 * One entry as one line: time, level, origin, message, then the stack if any. Newlines
 * inside the message or stack are written as "\n", so `grep` and `tail` see whole entries
 * and the next entry always starts a line (a page could otherwise forge entries).
 */
export function formatLogLine(entry: LogEntry, time: Date): string {
  const parts = [time.toISOString(), entry.level.toUpperCase(), entry.origin, oneLine(entry.message)];
  if (entry.stack !== undefined && entry.stack.trim() !== '') parts.push(`stack: ${oneLine(entry.stack)}`);
  const line = parts.join(' | ');
  return `${line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r?\n|\r/g, '\\n').trim();
}

/** An error from anywhere (uncaught, rejected promise, a thrown string) as an entry. */
export function entryOfError(error: unknown, context: string, origin: LogEntry['origin'] = 'main'): LogEntry {
  if (error instanceof Error) {
    return { level: 'error', origin, message: `${context}: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) };
  }
  return { level: 'error', origin, message: `${context}: ${String(error)}` };
}
