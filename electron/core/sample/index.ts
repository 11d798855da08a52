import { ParleyError } from '../../../shared/contract';

// STUB: the sample-notebook work (issue 11) replaces this with the real thing.

/** The sample notebook's folder name inside the notebooks folder. */
export const SAMPLE_FOLDER_NAME = 'Sample notebook.parley';

/**
 * Writes the sample notebook into `folder` (which must not exist yet) through the real
 * services, so it is a notebook like any other.
 */
export async function writeSampleNotebook(_folder: string): Promise<void> {
  throw new ParleyError('unavailable', 'The sample notebook is not built yet.');
}
