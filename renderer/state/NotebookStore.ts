import type { ErrorValue, NotebookInfo, ParleyApi, Result } from '../../shared/contract';
import type { BriefMeta, Entity, Proposal, SourceMeta } from '../../shared/model';
import { Store } from './Store';

export type NotebookState = {
  status: 'loading' | 'ready' | 'failed';
  /** Why the notebook could not be read at all (the UI then shows nothing else). */
  error: ErrorValue | null;
  info: NotebookInfo | null;
  sources: SourceMeta[];
  entities: Entity[];
  proposals: Proposal[];
  briefs: BriefMeta[];
  /** Writes sent but not yet answered: the status line says "Saving…" until this is 0. */
  pendingWrites: number;
  /** The last write answered failed to reach the disk: the status line must not say "Saved". */
  lastWriteFailed: boolean;
};

const initial: NotebookState = {
  status: 'loading',
  error: null,
  info: null,
  sources: [],
  entities: [],
  proposals: [],
  briefs: [],
  pendingWrites: 0,
  lastWriteFailed: false,
};

/** The notebook as the navigator sees it: its description and every record list. */
export class NotebookStore extends Store<NotebookState> {
  constructor(private readonly api: ParleyApi) {
    super(initial);
  }

  async load(): Promise<void> {
    const [info, sources, entities, proposals, briefs] = await Promise.all([
      this.api['notebook.info']({}),
      this.api['sources.list']({}),
      this.api['entities.list']({}),
      this.api['proposals.list']({}),
      this.api['briefs.list']({}),
    ]);
    const failure = [info, sources, entities, proposals, briefs].find((r): r is FailedResult => !r.ok);
    if (failure) {
      this.update({ status: 'failed', error: failure.error });
      return;
    }
    this.update({
      status: 'ready',
      error: null,
      info: value(info),
      sources: value(sources),
      entities: value(entities),
      proposals: value(proposals),
      briefs: value(briefs),
    });
  }

  /** After an import: only the lists an import changes, so the rest of the UI stays put. */
  async refreshSources(): Promise<void> {
    const [info, sources] = await Promise.all([this.api['notebook.info']({}), this.api['sources.list']({})]);
    if (info.ok) this.update({ info: info.value });
    if (sources.ok) this.update({ sources: sources.value });
  }

  /** After an edit or a trim: the navigator shows the new title, outlet and date at once. */
  putSource(meta: SourceMeta): void {
    const sources = this.getSnapshot().sources;
    const known = sources.some((s) => s.id === meta.id);
    this.update({ sources: known ? sources.map((s) => (s.id === meta.id ? meta : s)) : [...sources, meta] });
  }

  /** A record created from the link typeahead joins the navigator's list at once. */
  putEntity(entity: Entity): void {
    this.update({ entities: [...this.getSnapshot().entities.filter((e) => e.id !== entity.id), entity] });
  }

  /** A deleted or merged-away entity leaves the navigator at once. */
  dropEntity(id: string): void {
    this.update({ entities: this.getSnapshot().entities.filter((e) => e.id !== id) });
  }

  /** After a merge or delete unlinked it from proposals: the engine's copies are the truth. */
  async refreshProposals(): Promise<void> {
    const proposals = await this.api['proposals.list']({});
    if (proposals.ok) this.update({ proposals: proposals.value });
  }

  putProposal(proposal: Proposal): void {
    this.update({ proposals: [...this.getSnapshot().proposals.filter((p) => p.id !== proposal.id), proposal] });
  }

  /** A brief created, renamed or saved: the navigator lists it, newest edit first. */
  putBrief(brief: BriefMeta): void {
    const meta: BriefMeta = { id: brief.id, createdAt: brief.createdAt, updatedAt: brief.updatedAt, rev: brief.rev, title: brief.title };
    const briefs = [meta, ...this.getSnapshot().briefs.filter((b) => b.id !== brief.id)];
    this.update({ briefs, info: this.withBriefCount(briefs.length) });
  }

  dropBrief(id: string): void {
    const briefs = this.getSnapshot().briefs.filter((b) => b.id !== id);
    this.update({ briefs, info: this.withBriefCount(briefs.length) });
  }

  /** The overview's count follows the list, without asking the engine again. */
  private withBriefCount(briefs: number): NotebookState['info'] {
    const info = this.getSnapshot().info;
    return info ? { ...info, counts: { ...info.counts, briefs } } : info;
  }

  /** Wraps a write so the status line is honest about it while it is in flight. */
  async trackWrite<T>(write: () => Promise<T>): Promise<T> {
    this.update({ pendingWrites: this.getSnapshot().pendingWrites + 1 });
    let failed = true;
    try {
      const result = await write();
      failed = failedOnDisk(result);
      return result;
    } finally {
      this.update({ pendingWrites: this.getSnapshot().pendingWrites - 1, lastWriteFailed: failed });
    }
  }
}

type FailedResult = Extract<Result<unknown>, { ok: false }>;

/** A write the engine could not put on disk (full disk, read-only folder, engine gone); a refused edit is not one. */
function failedOnDisk(result: unknown): boolean {
  const failure = result as Partial<FailedResult> | null;
  return typeof failure === 'object' && failure !== null && failure.ok === false && failure.error?.code === 'io-failed';
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error('value() called on a failed result');
  return result.value;
}
