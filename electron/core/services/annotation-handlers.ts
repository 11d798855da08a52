import { describeSpan, SpanError } from '../../../shared/anchoring/describe';
import { ParleyError } from '../../../shared/contract';
import { newStamp, type AnnotationTarget } from '../../../shared/model';
import { findAnnotations } from '../../../shared/search';
import type { Handlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

type AnnotationHandlers = Pick<
  Handlers,
  | 'annotations.list'
  | 'annotations.find'
  | 'annotations.get'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.delete'
  | 'annotations.restore'
  | 'annotations.reattach'
>;

export function annotationHandlers(store: NotebookStore): AnnotationHandlers {
  return {
    'annotations.list': async ({ sourceId }) => store.annotations(sourceId),
    'annotations.find': async ({ query, limit }) =>
      findAnnotations(
        store.list('sources').flatMap((s) => store.annotations(s.id)),
        query,
        limit,
      ),
    'annotations.get': async ({ id }) => store.annotation(id),
    'annotations.create': async ({ sourceId, start, end, links, comment, tags }) => {
      const version = store.currentVersion(sourceId);
      return store.addAnnotation({
        ...newStamp(),
        sourceId,
        versionId: version.id,
        target: spanOf(version.text, start, end),
        // Just described from the current text, so it is exactly where it says.
        anchoring: 'anchored',
        links,
        comment,
        tags,
      });
    },
    'annotations.update': async ({ id, fields, rev }) => store.updateAnnotation(id, fields, rev),
    'annotations.delete': async ({ id }) => {
      await store.deleteAnnotation(id);
      return { id };
    },
    'annotations.restore': async ({ annotation }) => store.restoreAnnotation(annotation),
    // The researcher points at the words again: the annotation is exact once more.
    'annotations.reattach': async ({ id, start, end, rev }) => {
      const annotation = store.annotation(id);
      const version = store.currentVersion(annotation.sourceId);
      const target = spanOf(version.text, start, end);
      return store.updateAnnotation(id, { target, versionId: version.id, anchoring: 'anchored' }, rev);
    },
  };
}

function spanOf(text: string, start: number, end: number): AnnotationTarget {
  try {
    return describeSpan(text, start, end);
  } catch (error) {
    if (error instanceof SpanError) throw new ParleyError('bad-request', `Cannot annotate that span: ${error.message}.`);
    throw error;
  }
}
