import type { Handlers } from '../dispatch';
import { importFile, importText } from '../import/import-source';
import type { NotebookStore } from '../store/notebook-store';

type SourceHandlers = Pick<
  Handlers,
  'sources.list' | 'sources.get' | 'sources.importFile' | 'sources.importText' | 'sources.update' | 'sources.delete'
>;

export function sourceHandlers(store: NotebookStore): SourceHandlers {
  return {
    'sources.list': async () => [...store.list('sources')],
    'sources.get': async ({ id }) => store.source(id),
    'sources.importFile': async ({ fileName, dataBase64 }) => importFile(store, fileName, Buffer.from(dataBase64, 'base64')),
    'sources.importText': async ({ text, title }) => importText(store, text, title),
    'sources.update': async ({ id, fields, rev }) => store.update('sources', id, fields, rev),
    'sources.delete': async ({ id }) => {
      await store.deleteSource(id);
      return { id };
    },
  };
}
