import type { ErrorValue } from '../../shared/contract';

/** What a person can do about each kind of failure; the engine's message says what happened. */
const NEXT_STEP: Partial<Record<ErrorValue['code'], string>> = {
  unauthorized: 'Open the address printed by `parley serve` again.',
  'notebook-locked': 'Close the other Parley window that has this notebook open, then try again.',
  'notebook-damaged': 'Parley keeps backups in the notebook’s backups folder.',
};

/**
 * `io-failed` is either the page losing the engine (the shared client says "could not
 * reach") or the engine failing to write a file (a full disk, a read-only folder): the
 * first needs Parley running again, the second needs room or permission on the disk.
 */
/**
 * The system's wording of a failed file call, e.g. "EACCES: permission denied, open
 * '/…/.5f1.json.123.parley-tmp'", becomes "permission denied": the code and the temp file's
 * name mean nothing to a person, and the file that matters is already named.
 */
function withoutSystemDetail(message: string): string {
  return message.replace(/\bE[A-Z]+: ([^,']+?)(?:, [a-z]+(?: '[^']*')?)?(?=$|[.;:)])/g, '$1').replace(/([^.])$/, '$1.');
}

function ioNextStep(message: string): string {
  if (/could not reach/i.test(message)) return 'Check that Parley is still running, then try again.';
  if (/could not (save|write|flush)/i.test(message)) {
    return 'The change was not saved. Check that the disk has free space and that the notebook folder can be written to, then try again.';
  }
  return 'Check that the file is still there and can be read, then try again.';
}

/**
 * One or two sentences for the UI. Messages are written for people, but a door might still
 * pass on something with a stack trace; only its first line is shown, the rest is in the log.
 */
export function describeError(error: ErrorValue): string {
  const firstLine = (error.message.split(/\r?\n/)[0] ?? '').trim();
  const plain = error.code === 'io-failed' && firstLine ? withoutSystemDetail(firstLine) : firstLine;
  const message = plain.length > 300 ? `${plain.slice(0, 299)}…` : plain;
  const said = message || 'Something went wrong.';
  const next = error.code === 'io-failed' ? ioNextStep(said) : NEXT_STEP[error.code];
  return next && !said.includes(next) ? `${said} ${next}` : said;
}
