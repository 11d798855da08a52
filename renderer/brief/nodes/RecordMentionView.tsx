import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import { useNotebook, useWorkspace } from '../../state/stores';

type Props = { nodeKey: NodeKey; kind: 'entity' | 'proposal'; recordId: string; label: string };

/** A record chip: the record's name today; a record deleted since reads as such and opens nothing. */
export function RecordMentionView({ nodeKey, kind, recordId, label }: Props) {
  const [notebook] = useNotebook();
  const [, workspace] = useWorkspace();
  const [selected] = useLexicalNodeSelection(nodeKey);
  const record = kind === 'entity' ? notebook.entities.find((e) => e.id === recordId) : notebook.proposals.find((p) => p.id === recordId);
  const name = record ? ('name' in record ? record.name : record.title) : label;
  const gone = notebook.status === 'ready' && !record;
  return (
    <span
      className={`mention mention--${kind}${gone ? ' mention--deleted' : ''}${selected ? ' mention--selected' : ''}`}
      role="link"
      aria-disabled={gone || undefined}
      aria-label={gone ? `${name} (${kind} deleted from the notebook)` : `${name}, ${kind}. Opens the ${kind} page.`}
      title={gone ? `This ${kind} is no longer in the notebook.` : `Open the ${kind} “${name}”`}
      data-testid="record-mention"
      data-kind={kind}
      onClick={() => !gone && workspace.open({ kind, id: recordId })}
      dir="auto"
    >
      {name}
    </span>
  );
}
