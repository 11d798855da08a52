import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import { useBrief, useNotebook, useWorkspace } from '../../state/stores';
import { shortQuote, sourceLine } from '../citationLabel';
import { standingOf, type CitationStanding } from '../healthSummary';

const SAID: Record<CitationStanding, string> = {
  exact: '',
  drifted: 'The source now words this differently.',
  orphaned: 'This passage is no longer found in its source.',
};

type Props = { nodeKey: NodeKey; annotationId: string; sourceId: string; quote: string };

/** A citation as the writer sees it: the quote, where it is from, and whether it still holds. */
export function CitationView({ nodeKey, annotationId, sourceId, quote }: Props) {
  const [notebook] = useNotebook();
  const [{ health }] = useBrief();
  const [, workspace] = useWorkspace();
  const [selected] = useLexicalNodeSelection(nodeKey);
  const standing = standingOf(health, annotationId, quote);
  const line = sourceLine(notebook.sources.find((s) => s.id === sourceId));
  const said = SAID[standing];
  return (
    <span
      className={`citation citation--${standing}${selected ? ' citation--selected' : ''}`}
      role="link"
      aria-label={`Citation: “${quote}” — ${line}. ${said} Opens the source.`.replace(/\s+/g, ' ')}
      title={`“${quote}”\n— ${line}${said ? `\n${said}` : ''}\nClick to open the source at this passage.`}
      data-testid="citation"
      data-standing={standing}
      onClick={() => workspace.open({ kind: 'source', id: sourceId, at: annotationId })}
    >
      <span className="citation__quote" dir="auto">
        “{shortQuote(quote)}”
      </span>
      <span className="citation__source" dir="auto">
        {' '}— {line}
      </span>
    </span>
  );
}
