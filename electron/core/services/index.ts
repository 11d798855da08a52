import type { NotebookHandlers } from '../dispatch';
import { upkeepHandlers } from './upkeep-handlers';
import type { PrintPdf } from '../export/pdf';
import type { NotebookStore } from '../store/notebook-store';
import { annotationHandlers } from './annotation-handlers';
import { briefHandlers } from './brief-handlers';
import { compareHandlers } from './compare-handlers';
import { searchHandlers } from './search-handlers';
import { entityHandlers } from './entity-handlers';
import { interchangeHandlers } from './interchange-handlers';
import { mentionHandlers } from './mention-handlers';
import { recordHandlers } from './record-handlers';
import { sourceHandlers } from './source-handlers';

/**
 * Every operation of the contract, implemented on one open notebook. Typed by `Handlers`, so
 * an operation added to the contract fails to compile here until it is implemented.
 */
export interface HandlerOptions {
  /** Prints an HTML page to PDF: Electron's printToPDF in the desktop app, else the system Chromium. */
  printPdf: PrintPdf;
}

export function createHandlers(store: NotebookStore, path: string, options: HandlerOptions): NotebookHandlers {
  return {
    'notebook.info': async () => {
      const file = store.notebook;
      return {
        id: file.id,
        title: file.title,
        path,
        schemaVersion: file.schemaVersion,
        counts: {
          sources: file.sources.length,
          entities: file.entities.length,
          proposals: file.proposals.length,
          annotations: store.annotationCount,
          briefs: file.briefs.length,
        },
      };
    },
    ...sourceHandlers(store, options.printPdf),
    ...recordHandlers(store),
    ...entityHandlers(store),
    ...mentionHandlers(store),
    ...annotationHandlers(store),
    ...interchangeHandlers(store),
    ...briefHandlers(store, options.printPdf),
    ...compareHandlers(store),
    ...searchHandlers(store),
    ...upkeepHandlers(store, path),
  };
}
