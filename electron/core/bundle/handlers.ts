import type { NotebookHandlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';
import { bundleFileName, exportBundle } from './write';

/** `notebook.exportBundle`: the whole notebook as one .zip that imports back losslessly. */
export function bundleHandlers(store: NotebookStore, _folder: string): Pick<NotebookHandlers, 'notebook.exportBundle'> {
  return {
    'notebook.exportBundle': async () => {
      const { title, bytes } = await exportBundle(store);
      return { fileName: bundleFileName(title), mediaType: 'application/zip', dataBase64: Buffer.from(bytes).toString('base64') };
    },
  };
}
