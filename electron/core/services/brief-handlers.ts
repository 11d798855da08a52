import { newStamp } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import { briefHealth, exportBrief } from '../export/brief-export';
import type { NotebookStore } from '../store/notebook-store';

type BriefHandlers = Pick<Handlers, Extract<keyof Handlers, `briefs.${string}`>>;

export function briefHandlers(store: NotebookStore): BriefHandlers {
  return {
    'briefs.list': async () => [...store.list('briefs')],
    'briefs.get': async ({ id }) => store.brief(id),
    'briefs.create': async (fields) => store.createBrief({ ...newStamp(), ...fields }),
    'briefs.update': async ({ id, fields, rev }) => store.updateBrief(id, fields, rev),
    'briefs.delete': async ({ id }) => {
      await store.deleteBrief(id);
      return { id };
    },
    'briefs.export': async ({ id, format }) => exportBrief(store, id, format),
    'briefs.health': async ({ id }) => briefHealth(store, id),
  };
}
