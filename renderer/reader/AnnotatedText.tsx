import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Annotation } from '../../shared/model';
import { CiteKeyPlugin } from '../cite/CiteKeyPlugin';
import type { TextRange } from '../state/WorkspaceStore';
import { useAnnotate } from '../state/stores';
import { HighlightDragPlugin } from './HighlightDragPlugin';
import { MarkPaintPlugin, type HoveredMark } from './MarkPaintPlugin';
import { MarkPopover } from './MarkPopover';
import { ReaderContentPlugin } from './ReaderContentPlugin';
import { ReadingGuardPlugin } from './ReadingGuardPlugin';
import { RevealSpanPlugin } from './RevealSpanPlugin';
import { SelectionPlugin } from './SelectionPlugin';

const THEME = { paragraph: 'reader__paragraph', mark: 'highlight', markOverlap: 'highlight--overlap' };

type Props = {
  text: string;
  annotations: readonly Annotation[];
  editing: boolean;
  /** Lets the reader's Save read the edited text out of the editor. */
  editorRef: RefObject<LexicalEditor | null>;
  headlineInText: boolean;
  /** A stretch of text to select once it is shown: the source was opened at it. */
  revealSpan?: TextRange;
};

/** The source text as a Lexical document: read-only with annotation marks, or editable. */
export function AnnotatedText({ text, annotations, editing, editorRef, headlineInText, revealSpan }: Props) {
  const [annotate, store] = useAnnotate();
  const [hovered, setHovered] = useState<HoveredMark>(null);
  const onHover = useCallback((h: HoveredMark) => setHovered(h), []);
  const config = {
    namespace: 'parley-reader',
    nodes: [MarkNode],
    theme: THEME,
    onError: (error: Error) => {
      throw error;
    },
  };
  const classes = ['reader__text', editing ? 'reader__text--editing' : '', headlineInText && !editing ? 'reader__text--headline' : ''];
  return (
    <LexicalComposer initialConfig={config}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className={classes.filter(Boolean).join(' ')}
            data-testid="reader-text"
            aria-label={editing ? 'Source text (editing)' : 'Source text'}
            aria-readonly={!editing}
            spellCheck={editing}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <EditorRef editorRef={editorRef} />
      <ReaderContentPlugin text={text} annotations={annotations} editing={editing} />
      {/* After the content plugin: it must select in the document that plugin has just built. */}
      {!editing && <RevealSpanPlugin span={revealSpan} annotations={annotations} />}
      <ReadingGuardPlugin editing={editing} />
      <SelectionPlugin store={store} editing={editing} />
      <MarkPaintPlugin annotations={annotations} activeId={annotate.activeId} reveal={annotate.reveal} store={store} onHover={onHover} />
      {!editing && <CiteKeyPlugin />}
      {!editing && <HighlightDragPlugin annotations={annotations} />}
      {editing && <HistoryPlugin />}
      {hovered && !editing && <MarkPopover hovered={hovered} annotations={annotations} />}
    </LexicalComposer>
  );
}

function EditorRef({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editorRef.current = editor;
    return () => {
      editorRef.current = null;
    };
  }, [editor, editorRef]);
  return null;
}
