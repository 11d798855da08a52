import type { BriefMeta } from '../../shared/model';

export type BriefChoices = {
  /** Most recently edited first: the brief being written today is at the top. */
  briefs: BriefMeta[];
  /** Where the picker's cursor starts: the brief cited into last, else the top one. "New brief…" sits after the briefs. */
  selected: number;
};

/** What "Cite in brief" offers, and which choice it pre-selects. */
export function briefChoices(briefs: readonly BriefMeta[], lastBriefId: string | null): BriefChoices {
  const ordered = [...briefs].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
  const last = ordered.findIndex((b) => b.id === lastBriefId);
  return { briefs: ordered, selected: last >= 0 ? last : 0 };
}
