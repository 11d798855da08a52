import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { createApi, type OperationName } from '../../../shared/contract';
import { NotebookStore } from '../../../renderer/state/NotebookStore';
import { must, newNotebook } from '../core/support/notebook';

describe('the notebook overview while briefs come and go', () => {
  it('counts a new brief and a deleted one at once, as the engine would', async () => {
    const notebook = await newNotebook();
    const api = createApi((operation: OperationName, request: unknown) => dispatch(notebook.handlers, operation, request));
    const store = new NotebookStore(api);
    await store.load();
    expect(store.getSnapshot().info?.counts.briefs).toBe(0);

    const first = await must(notebook, 'briefs.create', { title: 'Where the pause stands' });
    const second = await must(notebook, 'briefs.create', { title: 'Who proposed what' });
    store.putBrief(first);
    store.putBrief(second);
    store.putBrief({ ...first, title: 'Where the pause stands now' });
    expect(store.getSnapshot().briefs.map((b) => b.title)).toEqual(['Where the pause stands now', 'Who proposed what']);
    expect(store.getSnapshot().info?.counts.briefs).toBe(2);

    await must(notebook, 'briefs.delete', { id: second.id });
    store.dropBrief(second.id);
    const engine = await must(notebook, 'notebook.info', {});
    expect(store.getSnapshot().info?.counts.briefs).toBe(engine.counts.briefs);
    expect(engine.counts.briefs).toBe(1);
  });
});
