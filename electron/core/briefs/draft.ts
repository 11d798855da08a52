import { ParleyError, type ParsedRequestOf } from '../../../shared/contract';
import type { Brief } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';

// TODO(issue 6): drafts from a record.
export async function draftBrief(_store: NotebookStore, _request: ParsedRequestOf<'briefs.draft'>): Promise<Brief> {
  throw new ParleyError('unavailable', 'Drafts are not built yet.');
}
