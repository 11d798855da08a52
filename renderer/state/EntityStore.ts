import type { MergeUndo, ParleyApi } from '../../shared/contract';
import type { EntityFields } from '../../shared/model';
import type { MentionStore } from './MentionStore';
import type { NotebookStore } from './NotebookStore';
import { Store } from './Store';
import type { WorkspaceStore } from './WorkspaceStore';
import { sendWrite } from './writes';

export type DeleteImpact = { annotations: number; proposals: number };

export type EntityState = {
  /** What deleting the open entity would unlink, shown before the researcher confirms. */
  deleting: { entityId: string; impact: DeleteImpact } | null;
  /** The last merge, kept so "Undo merge" can put both records back exactly. */
  lastMerge: { undo: MergeUndo; mergedName: string } | null;
  message: string | null;
};

/** Edits to entity records: fields, delete with its impact, merge and undo merge. */
export class EntityStore extends Store<EntityState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly workspace: WorkspaceStore,
    private readonly mentions: MentionStore,
  ) {
    super({ deleting: null, lastMerge: null, message: null });
  }

  /** Another entity page: a pending delete or a merge to undo belongs to the one left. */
  reset(): void {
    this.update({ deleting: null, lastMerge: null, message: null });
  }

  async save(id: string, fields: Partial<EntityFields>): Promise<boolean> {
    const entity = await this.#write(() => this.api['entities.update']({ id, fields }));
    if (!entity) return false;
    this.notebook.putEntity(entity);
    // A new name or alias changes which spans count as unlinked mentions.
    if (fields.name !== undefined || fields.aliases !== undefined) void this.mentions.refresh();
    return true;
  }

  async askDelete(entityId: string): Promise<void> {
    const impact = await this.#write(() => this.api['entities.deleteImpact']({ id: entityId }));
    if (impact) this.update({ deleting: { entityId, impact } });
  }

  cancelDelete(): void {
    this.update({ deleting: null });
  }

  async confirmDelete(): Promise<void> {
    const { deleting } = this.getSnapshot();
    if (!deleting) return;
    const done = await this.#write(() => this.api['entities.delete']({ id: deleting.entityId }));
    this.update({ deleting: null });
    if (!done) return;
    this.notebook.dropEntity(deleting.entityId);
    void this.notebook.refreshProposals();
    this.workspace.close();
  }

  /** The open entity survives; the chosen one's links and aliases move onto it. */
  async merge(survivorId: string, mergedId: string): Promise<void> {
    const mergedName = this.notebook.getSnapshot().entities.find((e) => e.id === mergedId)?.name ?? 'the other entity';
    const done = await this.#write(() => this.api['entities.merge']({ survivorId, mergedId }));
    if (!done) return;
    this.notebook.putEntity(done.survivor);
    this.notebook.dropEntity(mergedId);
    void this.notebook.refreshProposals();
    this.update({ lastMerge: { undo: done.undo, mergedName }, message: `Merged “${mergedName}” into this entity.` });
    await this.mentions.refresh();
  }

  async undoMerge(): Promise<void> {
    const { lastMerge } = this.getSnapshot();
    if (!lastMerge) return;
    const done = await this.#write(() => this.api['entities.undoMerge']({ undo: lastMerge.undo }));
    if (!done) return;
    this.notebook.putEntity(done.survivor);
    this.notebook.putEntity(done.merged);
    void this.notebook.refreshProposals();
    this.update({ lastMerge: null, message: `“${lastMerge.mergedName}” is a separate entity again.` });
    await this.mentions.refresh();
  }

  say(message: string | null): void {
    this.update({ message });
  }

  #write<T>(call: Parameters<typeof sendWrite<T>>[1]): Promise<T | null> {
    return sendWrite(this.notebook, call, (message) => this.update({ message }));
  }
}
