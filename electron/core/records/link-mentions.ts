import { describeSpan, SpanError } from '../../../shared/anchoring/describe';
import { ParleyError, type TextSpan } from '../../../shared/contract';
import { newStamp, type Annotation, type LinkRole, type RecordLink } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';
import { revise } from '../store/records';
import type { RecordsRewrite } from '../store/records-rewrite';

/**
 * Links mentions (spans of current texts) to an entity: a span that already carries an
 * annotation gets the link added to it, any other span gets a new annotation. Every
 * mention is checked before anything is written, so a stale list (the text changed since
 * the mentions were found) changes nothing. Only source files are written.
 */
export function planLinkMentions(
  store: NotebookStore,
  entityId: string,
  mentions: readonly TextSpan[],
  role: LinkRole,
  now = new Date(),
): RecordsRewrite<Annotation[]> {
  store.get('entities', entityId);
  const link: RecordLink = { kind: 'entity', recordId: entityId, role };
  // Keyed by annotation id: two mentions of one span, or one span twice, write it once.
  const written = new Map<string, Annotation>();

  for (const mention of mentions) {
    const version = store.currentVersion(mention.sourceId);
    if (version.text.slice(mention.start, mention.end) !== mention.text) {
      throw new ParleyError(
        'conflict',
        `The text of that source has changed: “${mention.text}” is no longer at ${mention.start}–${mention.end}. Look for mentions again.`,
      );
    }
    const onSpan = (a: Annotation) =>
      a.versionId === version.id &&
      a.anchoring !== 'orphaned' &&
      a.target.position.start === mention.start &&
      a.target.position.end === mention.end;
    const existing = [...written.values()].find(onSpan) ?? store.sourceAnnotations(mention.sourceId).find(onSpan);

    if (existing === undefined) {
      const created: Annotation = {
        ...newStamp(now),
        sourceId: mention.sourceId,
        versionId: version.id,
        target: spanOf(version.text, mention.start, mention.end),
        anchoring: 'anchored',
        links: [link],
        comment: '',
        tags: [],
      };
      written.set(created.id, created);
    } else if (!existing.links.some((l) => l.kind === link.kind && l.recordId === link.recordId && l.role === link.role)) {
      // Revised from the stored record, not from one already revised in this change.
      const stored = store.annotation(existing.id);
      const links = [...(written.get(existing.id) ?? stored).links, link];
      written.set(existing.id, revise(stored, { links }, now));
    } else {
      written.set(existing.id, existing);
    }
  }

  const annotations = [...written.values()];
  const changed = annotations.filter((a) => !isStored(store, a));
  return { annotations: changed, putEntities: [], removeEntities: [], putProposals: [], first: 'sources', value: annotations };
}

/** True when the annotation is exactly the stored one: linking it again writes nothing. */
function isStored(store: NotebookStore, annotation: Annotation): boolean {
  try {
    return store.annotation(annotation.id) === annotation;
  } catch {
    return false;
  }
}

function spanOf(text: string, start: number, end: number): Annotation['target'] {
  try {
    return describeSpan(text, start, end);
  } catch (error) {
    if (error instanceof SpanError) throw new ParleyError('bad-request', `Cannot link that mention: ${error.message}.`);
    throw error;
  }
}
