import { newStamp } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import { briefHealth, exportBrief } from '../export/brief-export';
import type { PrintPdf } from '../export/pdf';
import type { NotebookStore } from '../store/notebook-store';
import { draftBrief } from '../briefs/draft';

type BriefHandlers = Pick<Handlers, Extract<keyof Handlers, `briefs.${string}`>>;

export function briefHandlers(store: NotebookStore, printPdf: PrintPdf): BriefHandlers {
  return {
    'briefs.list': async () => [...store.list('briefs')],
    'briefs.get': async ({ id }) => store.brief(id),
    'briefs.create': async (fields) => store.createBrief({ ...newStamp(), ...fields }),
    'briefs.update': async ({ id, fields, rev }) => store.updateBrief(id, fields, rev),
    'briefs.delete': async ({ id }) => {
      await store.deleteBrief(id);
      return { id };
    },
    'briefs.draft': async (request) => draftBrief(store, request),
    'briefs.export': async ({ id, format }) => exportBrief(store, id, format, printPdf),
    'briefs.health': async ({ id }) => briefHealth(store, id),
  };
}
