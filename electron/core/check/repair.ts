import { mkdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ParleyError, type CheckProblem } from '../../../shared/contract';
import { isErrno, reason, syncFolder, writeDurably } from '../store/durable-file';
import { SET_ASIDE } from './folder-files';

/**
 * What `--repair` may do. The rule: a repair must not lose anything a person wrote, and
 * must not choose between two versions of their work. So only two things are repaired:
 *
 * - a leftover temp file is removed: the save that made it never renamed it into place, so
 *   the file it was replacing is still whole and nothing acknowledged is in the temp file;
 * - a source or brief file that notebook.json does not list is moved (never deleted) into
 *   set-aside/<time>/, where the person can still open it.
 *
 * Everything else (a damaged or missing file, a broken reference, an annotation off its
 * words) needs a decision only the person can make, usually restoring a backup, so it is
 * reported as not repairable. The caller holds the notebook's lock, so no live writer owns
 * a temp file.
 */
export async function repairProblems(folder: string, problems: readonly CheckProblem[], now = new Date()): Promise<string[]> {
  const done: string[] = [];
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (const problem of problems) {
    if (!problem.repairable) continue;
    if (problem.kind === 'leftover-temp-file') {
      if (await removeFile(join(folder, problem.file))) done.push(`Removed ${problem.file}, left over from an interrupted save.`);
    } else if (problem.kind === 'orphaned-file') {
      const destination = `${SET_ASIDE}/${stamp}/${problem.file}`;
      if (await moveFile(join(folder, problem.file), join(folder, destination))) {
        done.push(`Moved ${problem.file}, which notebook.json does not list, to ${destination}.`);
      }
    }
  }
  return done;
}

/** False when the file was already gone (someone else tidied up): there is nothing to report. */
async function removeFile(path: string): Promise<boolean> {
  try {
    await unlink(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw new ParleyError('io-failed', `Parley could not remove ${path}: ${reason(error)}`);
  }
  await syncFolder(dirname(path));
  return true;
}

/**
 * A copy written durably, then the original removed: a crash at any moment leaves the file
 * in one place or both, never in neither (a rename across folders gives no such promise
 * until both folders are flushed, and set-aside/ may be on another disk one day).
 */
async function moveFile(from: string, to: string): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(from);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw new ParleyError('io-failed', `Parley could not read ${from}: ${reason(error)}`);
  }
  await mkdir(dirname(to), { recursive: true });
  await writeDurably(to, bytes);
  return removeFile(from);
}
