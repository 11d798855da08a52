import { createHash } from 'node:crypto';
import { describeSpan } from '../../../shared/anchoring/describe';
import { reanchorAll } from '../../../shared/anchoring';
import { ParleyError, type NewVersionOutcome, type ReanchorReport } from '../../../shared/contract';
import { newRecordId, type Annotation, type TextVersion, type VersionReason } from '../../../shared/model';
import { normaliseText } from '../../../shared/text/normalise';
import type { NotebookStore } from '../store/notebook-store';

/**
 * A source's text changed (edited in the reader, or the article re-imported): the new text
 * becomes a new version and every annotation is anchored again in it. Annotations that are
 * not found keep their old quote and become orphans, listed for the researcher; none is
 * dropped and none is moved onto other words without saying so.
 */
export async function saveNewVersion(
  store: NotebookStore,
  sourceId: string,
  rawText: string,
  reason: Extract<VersionReason, 'edited' | 'reimported'>,
  rev?: number,
): Promise<NewVersionOutcome> {
  const text = normaliseText(rawText);
  if (text === '') throw new ParleyError('bad-request', 'The new text is empty; a source must keep some text.');
  const annotations = store.sourceAnnotations(sourceId);
  if (text === store.currentVersion(sourceId).text) {
    // Nothing changed: no new version, and the annotations stay as they are.
    return { source: store.source(sourceId), report: reportOf(annotations) };
  }
  const now = new Date().toISOString();
  const version: TextVersion = {
    id: newRecordId(),
    text,
    hash: createHash('sha256').update(text, 'utf8').digest('hex'),
    createdAt: now,
    reason,
  };
  const found = reanchorAll(text, annotations.map((a) => a.target));
  const carried = annotations.map((annotation, i): Annotation => {
    const result = found[i]!;
    const moved = { ...annotation, versionId: version.id, updatedAt: now, rev: annotation.rev + 1 };
    if (result.state === 'orphaned') return { ...moved, anchoring: 'orphaned' };
    return { ...moved, target: describeSpan(text, result.start, result.end), anchoring: result.state };
  });
  const source = await store.addTextVersion(sourceId, version, carried, rev);
  return { source, report: reportOf(carried) };
}

function reportOf(annotations: Annotation[]): ReanchorReport {
  const report: ReanchorReport = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0, orphans: [] };
  for (const annotation of annotations) {
    report[annotation.anchoring] += 1;
    if (annotation.anchoring === 'orphaned') report.orphans.push({ id: annotation.id, quote: annotation.target.quote.exact });
  }
  return report;
}
