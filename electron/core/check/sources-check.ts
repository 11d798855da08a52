import { createHash } from 'node:crypto';
import type { Annotation, SourceFile, SourceMeta, TextVersion } from '../../../shared/model';
import type { Findings } from './findings';
import { relative } from './read-files';

/**
 * One listed source's file: its versions are what their hashes say, notebook.json points at
 * a version the file holds, and every annotation belongs to this source, to one of its
 * versions, and (unless orphaned) sits on the words it quotes.
 */
export function checkSource(meta: SourceMeta, data: SourceFile, findings: Findings): void {
  const file = relative.source(meta.id);
  const versions = new Map<string, TextVersion>();
  for (const version of data.versions) {
    if (versions.has(version.id)) {
      findings.error('inconsistent', file, `${file} holds text version ${version.id} twice.`, { recordId: meta.id });
    }
    versions.set(version.id, version);
    if (sha256(version.text) !== version.hash) {
      findings.error('damaged-file', file, `${file}: the text of version ${version.id} is not the text Parley saved (its hash differs).`, {
        recordId: meta.id,
      });
    }
  }

  const current = versions.get(meta.currentVersionId);
  if (!current) {
    findings.error('broken-reference', file, `The source “${meta.title}” names ${meta.currentVersionId} as its current text, but ${file} has no such version.`, {
      recordId: meta.id,
    });
  } else if (current.hash !== meta.contentHash) {
    findings.error('inconsistent', relative.notebook, `notebook.json gives the source “${meta.title}” a content hash that is not its current text’s.`, {
      recordId: meta.id,
    });
  }

  for (const annotation of data.annotations) checkAnnotationPlace(annotation, meta, versions, findings);
}

function checkAnnotationPlace(annotation: Annotation, meta: SourceMeta, versions: ReadonlyMap<string, TextVersion>, findings: Findings): void {
  const file = relative.source(meta.id);
  const recordId = annotation.id;
  if (annotation.sourceId !== meta.id) {
    findings.error('inconsistent', file, `Annotation ${recordId} is kept in ${file} but says it belongs to source ${annotation.sourceId}.`, { recordId });
    return;
  }
  const version = versions.get(annotation.versionId);
  if (!version) {
    findings.error('broken-reference', file, `Annotation ${recordId} points into text version ${annotation.versionId}, which ${file} does not hold.`, { recordId });
    return;
  }
  // An orphan's selectors describe words that are no longer there; that is its honest state.
  if (annotation.anchoring === 'orphaned') return;
  const { start, end } = annotation.target.position;
  const quote = annotation.target.quote.exact;
  if (end > version.text.length) {
    findings.error('anchoring', file, `Annotation ${recordId} is marked ${annotation.anchoring} at ${start}–${end}, past the end of its text (${version.text.length} characters).`, {
      recordId,
    });
  } else if (version.text.slice(start, end) !== quote) {
    findings.error('anchoring', file, `Annotation ${recordId} is marked ${annotation.anchoring}, but its text at ${start}–${end} is not the quote “${excerpt(quote)}”.`, {
      recordId,
    });
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
