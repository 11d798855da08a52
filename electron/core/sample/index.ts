import { mkdir, mkdtemp, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ParleyError } from '../../../shared/contract';
import { isErrno } from '../store/durable-file';
import { openNotebook } from '../notebook';
import { fillSample } from './write';

/** The sample notebook's folder name inside the notebooks folder. */
export const SAMPLE_FOLDER_NAME = 'Sample notebook.parley';

/** The sample's title as the app shows it. */
export const SAMPLE_NOTEBOOK_TITLE = 'Sample notebook';

/**
 * Writes the sample notebook into `folder` (which must not exist yet, or be empty) through
 * the real services, so it is a notebook like any other, and closes it.
 *
 * It is written in a hidden folder beside `folder` and moved into place only when complete:
 * the app opens the sample once `notebook.json` exists, so a half-written sample (a crash,
 * a full disk) must never be found at `folder`.
 */
export async function writeSampleNotebook(folder: string): Promise<void> {
  const target = resolve(folder);
  await refuseTaken(target);
  // On a first run the notebooks folder (e.g. ~/Documents/Parley) may not exist yet.
  await mkdir(dirname(target), { recursive: true });
  const workspace = await mkdtemp(join(dirname(target), `.${basename(target)}-writing-`));
  const draft = join(workspace, basename(target));
  try {
    const notebook = await openNotebook(draft, { create: true, title: SAMPLE_NOTEBOOK_TITLE });
    try {
      await fillSample(notebook);
    } finally {
      await notebook.close();
    }
    // Checked again: someone may have made the folder while the sample was being written.
    await refuseTaken(target);
    await rmdir(target).catch((error: unknown) => {
      if (!isErrno(error, 'ENOENT')) throw error;
    });
    await rename(draft, target);
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

async function refuseTaken(folder: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    if (isErrno(error, 'ENOTDIR')) throw new ParleyError('conflict', `${folder} is a file; the sample notebook needs a new folder.`);
    throw error;
  }
  if (entries.includes('notebook.json')) throw new ParleyError('conflict', `${folder} is already a notebook; the sample is not written over it.`);
  if (entries.length > 0) throw new ParleyError('conflict', `${folder} already holds other files; the sample notebook needs an empty folder.`);
}
