import { ParleyError } from '../../../shared/contract';
import type { Handlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

type CompareHandlers = Pick<Handlers, Extract<keyof Handlers, `compare.${string}`>>;

// TODO(issue 7): comparison through the shared pure functions.
export function compareHandlers(_store: NotebookStore): CompareHandlers {
  const notYet = async (): Promise<never> => {
    throw new ParleyError('unavailable', 'Comparison is not built yet.');
  };
  return { 'compare.sources': notYet, 'compare.coverage': notYet, 'compare.terms': notYet, 'compare.timeline': notYet };
}
