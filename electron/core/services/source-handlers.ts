import { detectBoilerplate } from '../../../shared/import';
import type { MetadataGuesses } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import { importFile, importText, readArticle, type ImportContext } from '../import/import-source';
import { SimilarSources } from '../import/similar-sources';
import { trimSource } from '../import/trim-source';
import type { PrintPdf } from '../export/pdf';
import { exportSource } from '../export/source-export';
import type { NotebookStore } from '../store/notebook-store';
import { saveNewVersion } from '../versions/new-version';

/** Suggestions come from name matching, with the other mention handlers. */
type SourceOperation = Exclude<Extract<keyof Handlers, `sources.${string}`>, 'sources.suggestions'>;

export function sourceHandlers(store: NotebookStore, printPdf: PrintPdf): Pick<Handlers, SourceOperation> {
  const context: ImportContext = { store, similar: new SimilarSources(store) };
  return {
    'sources.list': async () => [...store.list('sources')],
    'sources.get': async ({ id }) => store.source(id),
    'sources.export': async ({ id, format }) => exportSource(store, id, format, printPdf),
    'sources.importFile': async ({ fileName, dataBase64 }) => importFile(context, fileName, Buffer.from(dataBase64, 'base64')),
    'sources.importText': async ({ text, title }) => importText(context, text, title),
    'sources.update': async ({ id, fields, rev }) => {
      const current = store.get('sources', id);
      return store.update('sources', id, { ...fields, guesses: standingGuesses(current.guesses, fields) }, rev);
    },
    'sources.boilerplate': async ({ id }) => detectBoilerplate(store.currentVersion(id).text),
    'sources.trim': async ({ id, spans, rev }) => trimSource(store, id, spans, rev),
    'sources.editText': async ({ id, text, rev }) => saveNewVersion(store, id, text, 'edited', rev),
    'sources.importVersion': async ({ id, fileName, dataBase64, rev }) => {
      store.get('sources', id);
      const article = await readArticle(fileName, Buffer.from(dataBase64, 'base64'));
      return saveNewVersion(store, id, article.text, 'reimported', rev);
    },
    'sources.delete': async ({ id }) => {
      await store.deleteSource(id);
      return { id };
    },
  };
}

/** A field the researcher set is no longer a guess; confirming settles them all. */
function standingGuesses(guesses: MetadataGuesses, fields: Record<string, unknown>): MetadataGuesses {
  if (fields.metadataConfirmed === true) return {};
  return Object.fromEntries(Object.entries(guesses).filter(([field]) => fields[field] === undefined));
}
