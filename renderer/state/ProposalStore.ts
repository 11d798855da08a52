import type { ParleyApi } from '../../shared/contract';
import { newRecordId, type Annotation, type Proposal, type ProposalFields } from '../../shared/model';
import { withFact, type FactDraft, type FactRole } from '../logic/proposalFacts';
import type { ProposalChange } from './AnnotationHistory';
import type { NotebookStore } from './NotebookStore';
import { Store } from './Store';
import { sendWrite } from './writes';

export type ProposalState = {
  /** Evidence annotations by id; null once the engine said it is gone (deleted since). */
  evidence: Record<string, Annotation | null>;
  message: string | null;
};

/** Edits to proposals, the facts a reader selection adds, and the evidence they point at. */
export class ProposalStore extends Store<ProposalState> {
  readonly #asked = new Set<string>();

  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
  ) {
    super({ evidence: {}, message: null });
  }

  async save(id: string, fields: Partial<ProposalFields>): Promise<Proposal | null> {
    const proposal = await this.#write(() => this.api['proposals.update']({ id, fields }));
    if (proposal) this.notebook.putProposal(proposal);
    return proposal;
  }

  /** Adds the annotation as evidence of a term, status event or position; the change made (for undo), or null. */
  async addFact(proposalId: string, role: FactRole, draft: FactDraft, annotation: Annotation): Promise<ProposalChange | null> {
    const proposal = this.notebook.getSnapshot().proposals.find((p) => p.id === proposalId);
    if (!proposal) return null;
    const fields = withFact(proposal, role, draft, annotation.id, newRecordId);
    if (!fields) return null;
    this.update({ evidence: { ...this.getSnapshot().evidence, [annotation.id]: annotation } });
    const before = Object.fromEntries(Object.keys(fields).map((k) => [k, proposal[k as keyof ProposalFields]])) as Partial<ProposalFields>;
    return (await this.save(proposalId, fields)) ? { proposalId, before, after: fields } : null;
  }

  /** Fetches each evidence annotation once; quotes are shown as they are now, not as cited. */
  async loadEvidence(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.#asked.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.#asked.add(id);
    const results = await Promise.all(missing.map((id) => this.api['annotations.get']({ id })));
    const evidence = { ...this.getSnapshot().evidence };
    results.forEach((result, i) => {
      const id = missing[i];
      if (id) evidence[id] = result.ok ? result.value : null;
    });
    this.update({ evidence });
  }

  say(message: string | null): void {
    this.update({ message });
  }

  #write<T>(call: Parameters<typeof sendWrite<T>>[1]): Promise<T | null> {
    return sendWrite(this.notebook, call, (message) => this.update({ message }));
  }
}
