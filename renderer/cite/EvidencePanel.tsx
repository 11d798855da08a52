import { useState } from 'react';
import type { Annotation } from '../../shared/model';
import type { BriefInsert } from '../brief/citeBus';
import { EvidenceSearch } from './EvidenceSearch';
import { insertCitation, insertIntoBrief } from './insertIntoBrief';
import { RecordInsertList } from './RecordInsertList';
import { SideReader } from './SideReader';

/**
 * Beside an open brief: annotations to cite, records to mention, and a source to read and
 * drag highlights from. Everything lands at the editor's cursor.
 */
export function EvidencePanel() {
  const [problem, setProblem] = useState<string | null>(null);
  const cite = (annotation: Annotation) => setProblem(insertCitation(annotation));
  const mention = (node: BriefInsert) => setProblem(insertIntoBrief(node));
  return (
    <>
      {problem && <p className="context__error evidence-problem" role="alert">{problem}</p>}
      <EvidenceSearch onInsert={cite} />
      <RecordInsertList onInsert={mention} />
      <SideReader onInsert={cite} />
    </>
  );
}
