import { ParleyError, type AnnotationImportReport } from '../../../shared/contract';
import { annotationsToCsv, fromW3C, toW3C, W3CDocumentError, type SourceTexts } from '../../../shared/interchange';
import { newRecordId, type Annotation, type SourceMeta } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

type InterchangeHandlers = Pick<Handlers, 'annotations.export' | 'annotations.import'>;

/** Annotations out to other tools (W3C JSON-LD, CSV) and back in (W3C JSON-LD). */
export function interchangeHandlers(store: NotebookStore): InterchangeHandlers {
  return {
    'annotations.export': async ({ format, sourceIds }) => {
      const sources = sourcesOf(store, sourceIds);
      const annotations = sources.flatMap((s) => store.annotations(s.id));
      const records = { entities: store.list('entities'), proposals: store.list('proposals') };
      if (format === 'csv') {
        return {
          format,
          fileName: 'annotations.csv',
          mediaType: 'text/csv; charset=utf-8',
          content: annotationsToCsv(annotations, { sources, ...records }),
        };
      }
      const document = toW3C(annotations, { ...textsOf(store, sources), sources, ...records }, { collectionId: newRecordId() });
      return {
        format,
        fileName: 'annotations.jsonld',
        // The media type the Web Annotation protocol asks for (§4, with its profile).
        mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        content: `${JSON.stringify(document, null, 2)}\n`,
      };
    },

    'annotations.import': async ({ content }) => {
      const parsed = readW3C(content, textsOf(store, store.list('sources')));
      const report: AnnotationImportReport = { imported: 0, unchanged: 0, failed: parsed.failed };
      // One at a time, in file order: each write is durable before the next begins, so an
      // interrupted import leaves a prefix of the file imported and can simply be run again.
      for (const annotation of parsed.annotations) {
        if (has(store, annotation.id)) {
          report.unchanged += 1;
          continue;
        }
        try {
          await store.addAnnotation(annotation);
          report.imported += 1;
        } catch (error) {
          if (!(error instanceof ParleyError)) throw error;
          report.failed.push({ id: annotation.id, message: error.message });
        }
      }
      return report;
    },
  };
}

function readW3C(content: string, texts: SourceTexts): { annotations: Annotation[]; failed: AnnotationImportReport['failed'] } {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ParleyError('unsupported-file', `That is not W3C Web Annotation JSON-LD: it is not JSON (${(error as Error).message}).`);
  }
  try {
    return fromW3C(json, texts);
  } catch (error) {
    if (error instanceof W3CDocumentError) throw new ParleyError('unsupported-file', `That is not W3C Web Annotation JSON-LD. ${error.message}`);
    throw error;
  }
}

/** The asked-for sources in notebook order (every source when none are named); an unknown id is an error. */
function sourcesOf(store: NotebookStore, ids: readonly string[] | undefined): SourceMeta[] {
  if (ids === undefined) return [...store.list('sources')];
  for (const id of ids) store.get('sources', id);
  const wanted = new Set(ids);
  return store.list('sources').filter((s) => wanted.has(s.id));
}

/** Every version's text, not only the current: orphans still name the version they were lost in. */
function textsOf(store: NotebookStore, sources: readonly SourceMeta[]): SourceTexts {
  const currentTexts = new Map<string, string>();
  const versionTexts = new Map<string, string>();
  for (const meta of sources) {
    for (const version of store.source(meta.id).versions) {
      versionTexts.set(version.id, version.text);
      if (version.id === meta.currentVersionId) currentTexts.set(meta.id, version.text);
    }
  }
  return { sources, currentTexts, versionTexts };
}

function has(store: NotebookStore, annotationId: string): boolean {
  try {
    store.annotation(annotationId);
    return true;
  } catch (error) {
    if (error instanceof ParleyError && error.code === 'not-found') return false;
    throw error;
  }
}
