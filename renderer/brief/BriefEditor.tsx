import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { isBriefDocument } from '../../shared/brief';
import type { Brief } from '../../shared/model';
import { AutosavePlugin } from './AutosavePlugin';
import { BriefInsertPlugin } from './BriefInsertPlugin';
import { BriefTitle } from './BriefTitle';
import { BriefToolbar } from './BriefToolbar';
import { ChipKeysPlugin } from './ChipKeysPlugin';
import { CitationHealthLine } from './CitationHealthLine';
import { CiteTypeaheadPlugin } from './CiteTypeaheadPlugin';
import { DeleteBrief } from './DeleteBrief';
import { ExportMenu } from './ExportMenu';
import { LinkGuardPlugin } from './LinkGuardPlugin';
import { isSafeLinkUrl } from './linkUrl';
import { MentionTypeaheadPlugin } from './MentionTypeaheadPlugin';
import { CitationNode } from './nodes/CitationNode';
import { RecordMentionNode } from './nodes/RecordMentionNode';
import { SaveStatus } from './SaveStatus';
import { SelectionSyncPlugin } from './SelectionSyncPlugin';
import { BRIEF_MARKDOWN, BRIEF_THEME } from './theme';

const NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, CitationNode, RecordMentionNode];

/** A brief being written: title, toolbar, the document with its citations and chips, and their health. */
export function BriefEditor({ brief, title }: { brief: Brief; title: string }) {
  const config = {
    namespace: 'parley-brief',
    nodes: NODES,
    theme: BRIEF_THEME,
    // Written by this same editor (or by the engine's draft, in the same node shapes).
    editorState: isBriefDocument(brief.content) ? JSON.stringify(brief.content) : undefined,
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <article className="brief" aria-label={`Brief: ${title}`} data-testid="brief-editor">
        <header className="brief__header">
          <div className="brief__bar">
            <p className="record__kind">Brief</p>
            <SaveStatus />
            <ExportMenu />
          </div>
          <BriefTitle saved={title} />
        </header>
        <BriefToolbar />
        <div className="brief__page">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="brief__text"
                aria-label="Brief text"
                aria-placeholder="Write your brief"
                data-testid="brief-text"
                placeholder={<p className="brief__placeholder">Write here. Type “/cite” to quote an annotation, “@” to mention an entity or proposal, “# ” for a heading.</p>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <CitationHealthLine />
        <footer className="brief__footer">
          <DeleteBrief title={title} />
        </footer>
      </article>
      <SelectionSyncPlugin />
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <LinkGuardPlugin />
      <MarkdownShortcutPlugin transformers={BRIEF_MARKDOWN} />
      <MentionTypeaheadPlugin />
      <CiteTypeaheadPlugin />
      <ChipKeysPlugin />
      <BriefInsertPlugin />
      <AutosavePlugin />
    </LexicalComposer>
  );
}
