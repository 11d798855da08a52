import type { SourceMeta } from '../model';

/**
 * The texts annotation positions count in. Positions belong to one text version; almost
 * always the current one, but an orphan keeps pointing into the version it was lost from.
 */
export interface SourceTexts {
  sources: readonly Pick<SourceMeta, 'id' | 'currentVersionId'>[];
  /** Each source's current text, by source id. */
  currentTexts: ReadonlyMap<string, string>;
  /** Texts of other versions, by version id; only needed for annotations left in one. */
  versionTexts?: ReadonlyMap<string, string>;
}

export type TextLookup = { versionId: string; text: string } | { missing: string };

/** The text of `versionId` (the current one when undefined), or a sentence saying why there is none. */
export function lookUpText(texts: SourceTexts, sourceId: string, versionId: string | undefined): TextLookup {
  const source = texts.sources.find((s) => s.id === sourceId);
  if (!source) return { missing: `its source ${sourceId} is not in this notebook` };
  const wanted = versionId ?? source.currentVersionId;
  const text = wanted === source.currentVersionId ? texts.currentTexts.get(sourceId) : texts.versionTexts?.get(wanted);
  if (text === undefined) return { missing: `source ${sourceId} has no text version ${wanted}` };
  return { versionId: wanted, text };
}
