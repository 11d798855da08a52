import { newStamp } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

type BriefHandlers = Pick<Handlers, 'briefs.list' | 'briefs.get' | 'briefs.create' | 'briefs.update' | 'briefs.delete'>;

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
  };
}
