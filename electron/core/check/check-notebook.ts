import type { CheckReport } from '../../../shared/contract/upkeep';
import type { Annotation } from '../../../shared/model';
import { checkBrief } from './briefs-check';
import { Findings } from './findings';
import { checkFolderFiles } from './folder-files';
import { readNotebookOnDisk, relative } from './read-files';
import { checkLinks, checkProposal, checkUniqueIds, type KnownRecords } from './records-check';
import { repairProblems } from './repair';
import { checkSource } from './sources-check';

export interface CheckOptions {
  repair?: boolean;
}

/**
 * Checks the notebook in `folder` as it is on disk: every file against its schema, the
 * references between records, the annotations' anchoring, and files nothing owns. The
 * caller makes sure no one writes meanwhile (the lock, or the store kept quiet). With
 * `repair`, what is safe to fix is fixed and the notebook checked again, so the report
 * says what is still wrong.
 */
export async function checkNotebook(folder: string, options: CheckOptions = {}): Promise<CheckReport> {
  const first = await checkOnce(folder);
  if (!options.repair) return first;
  const repaired = await repairProblems(folder, first.problems);
  if (repaired.length === 0) return first;
  return { ...(await checkOnce(folder)), repaired };
}

async function checkOnce(folder: string): Promise<CheckReport> {
  const findings = new Findings();
  const onDisk = await readNotebookOnDisk(folder, findings);
  const { notebook } = onDisk;
  let annotationCount = 0;
  if (notebook) {
    const annotations: Array<{ file: string; annotation: Annotation }> = [];
    for (const [sourceId, data] of onDisk.sources) {
      for (const annotation of data.annotations) annotations.push({ file: relative.source(sourceId), annotation });
    }
    annotationCount = annotations.length;
    checkUniqueIds(notebook, annotations, findings);
    const known: KnownRecords = {
      entities: new Set(notebook.entities.map((e) => e.id)),
      proposals: new Set(notebook.proposals.map((p) => p.id)),
      annotations: new Map(annotations.map(({ annotation }) => [annotation.id, annotation])),
    };
    for (const meta of notebook.sources) {
      const data = onDisk.sources.get(meta.id);
      if (data) checkSource(meta, data, findings);
    }
    for (const { file, annotation } of annotations) checkLinks(file, annotation, known, findings);
    for (const proposal of notebook.proposals) checkProposal(proposal, known, findings);
    for (const meta of notebook.briefs) {
      const data = onDisk.briefs.get(meta.id);
      if (data) checkBrief(meta, data, known, findings);
    }
  }
  await checkFolderFiles(folder, notebook, findings);
  return {
    ok: findings.ok,
    checked: { files: onDisk.filesRead, sources: onDisk.sources.size, annotations: annotationCount, briefs: onDisk.briefs.size },
    problems: findings.problems,
    repaired: [],
  };
}
