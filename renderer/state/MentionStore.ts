import type { EntityMentions, ParleyApi, TextSpan } from '../../shared/contract';
import { currentVersion } from '../../shared/model';
import { describeError } from '../logic/errors';
import type { MentionCountStore } from './MentionCountStore';
import type { NotebookStore } from './NotebookStore';
import { Store } from './Store';
import { sendWrite } from './writes';

export type NearMiss = EntityMentions['nearMisses'][number];
export type SourceText = { title: string; text: string };

export type MentionState = {
  entityId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  mentions: EntityMentions | null;
  /** Titles and current texts of the sources the mentions are in, to show each in context. */
  sources: Record<string, SourceText>;
  message: string | null;
};

const idle: MentionState = { entityId: null, status: 'idle', mentions: null, sources: {}, message: null };

/** One entity's mentions (linked, unlinked, near misses) and the actions that change them. */
export class MentionStore extends Store<MentionState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
    private readonly counts: MentionCountStore,
  ) {
    super(idle);
  }

  async open(entityId: string): Promise<void> {
    if (this.getSnapshot().entityId !== entityId) this.update({ ...idle, entityId, status: 'loading' });
    await this.refresh();
  }

  /** Asked again after every change: linking one span can turn others into overlaps or not. */
  async refresh(): Promise<void> {
    const { entityId } = this.getSnapshot();
    if (!entityId) return;
    const result = await this.api['entities.mentions']({ id: entityId });
    if (this.getSnapshot().entityId !== entityId) return;
    if (!result.ok) {
      this.update({ status: 'failed', message: describeError(result.error) });
      return;
    }
    const mentions = result.value;
    const sourceIds = new Set([...mentions.linked, ...mentions.unlinked, ...mentions.nearMisses].map((m) => m.sourceId));
    const sources = await this.#loadSources([...sourceIds]);
    if (this.getSnapshot().entityId === entityId) this.update({ status: 'ready', mentions, sources });
  }

  /** Texts are fetched once per source and kept while the page is open. */
  async #loadSources(ids: string[]): Promise<Record<string, SourceText>> {
    const known = { ...this.getSnapshot().sources };
    const missing = ids.filter((id) => !known[id]);
    const loaded = await Promise.all(missing.map((id) => this.api['sources.get']({ id })));
    for (const result of loaded) {
      if (result.ok) known[result.value.id] = { title: result.value.title, text: currentVersion(result.value).text };
    }
    return known;
  }

  async link(mentions: TextSpan[]): Promise<void> {
    const { entityId } = this.getSnapshot();
    if (!entityId || mentions.length === 0) return;
    const linked = await this.#write(() => this.api['entities.linkMentions']({ id: entityId, mentions: mentions.map(asSpan) }));
    if (linked) this.update({ message: linked.length === 1 ? 'Linked 1 mention.' : `Linked ${linked.length} mentions.` });
    void this.counts.refresh();
    await this.refresh();
  }

  async ignore(mention: TextSpan): Promise<void> {
    const { entityId } = this.getSnapshot();
    if (!entityId) return;
    const entity = await this.#write(() => this.api['entities.ignoreMention']({ id: entityId, mention: asSpan(mention) }));
    if (entity) this.notebook.putEntity(entity);
    await this.refresh();
  }

  async ignoreName(name: string): Promise<void> {
    const { entityId } = this.getSnapshot();
    if (!entityId) return;
    const entity = await this.#write(() => this.api['entities.ignoreName']({ id: entityId, name }));
    if (entity) this.notebook.putEntity(entity);
    await this.refresh();
  }

  /** The near miss becomes an alias, so it shows up again as an unlinked mention to link. */
  async linkAsAlias(nearMiss: NearMiss): Promise<void> {
    const { entityId } = this.getSnapshot();
    const entity = this.notebook.getSnapshot().entities.find((e) => e.id === entityId);
    if (!entity) return;
    if (!entity.aliases.includes(nearMiss.text)) {
      const changed = await this.#write(() => this.api['entities.update']({ id: entity.id, fields: { aliases: [...entity.aliases, nearMiss.text] } }));
      if (changed) this.notebook.putEntity(changed);
    }
    await this.refresh();
  }

  say(message: string | null): void {
    this.update({ message });
  }

  #write<T>(call: Parameters<typeof sendWrite<T>>[1]): Promise<T | null> {
    return sendWrite(this.notebook, call, (message) => this.update({ message }));
  }
}

/** Near misses carry extra fields the link operation does not take. */
const asSpan = ({ sourceId, start, end, text }: TextSpan): TextSpan => ({ sourceId, start, end, text });
