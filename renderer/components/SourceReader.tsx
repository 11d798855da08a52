import { useEffect, useMemo, useRef } from 'react';
import type { LexicalEditor } from 'lexical';
import { currentVersion, type Annotation, type Source } from '../../shared/model';
import { formatPublished } from '../logic/dates';
import { splitParagraphs } from '../logic/paragraphs';
import { CiteNotice } from '../cite/CiteNotice';
import { AnnotatedText } from '../reader/AnnotatedText';
import { useAnnotate, useCite, useMetadata, useReader, useTextVersions, useWorkspace } from '../state/stores';
import { BoilerplatePanel } from './BoilerplatePanel';
import { SelectionToolbar } from './SelectionToolbar';
import { TextVersionBar } from './TextVersionBar';
import { EmptyState } from './EmptyState';
import { MetadataBanner } from './MetadataBanner';
import { MetadataForm } from './MetadataForm';

/** A Markdown source's first line is usually "# Title"; the marker is not part of the title. */
const MARKDOWN_HEADING = /^#{1,6}[^\S\n]+/;

/** The open source: its header, and its text as an annotating Lexical reader. */
export function SourceReader({ sourceId }: { sourceId: string }) {
  const [reader, store] = useReader();
  const [, annotate] = useAnnotate();
  const [, textVersions] = useTextVersions();
  const [, cite] = useCite();
  useEffect(() => {
    annotate.reset();
    cite.cancel();
    cite.dismiss();
    textVersions.cancelEditing();
    textVersions.dismiss();
    void store.open(sourceId);
  }, [sourceId, store, annotate, textVersions, cite]);
  useUndoKeys();

  if (reader.sourceId !== sourceId || reader.status === 'loading' || reader.status === 'idle') {
    return (
      <p className="centre__loading" role="status">
        Opening source…
      </p>
    );
  }
  if (reader.status === 'failed' || !reader.source) {
    return <EmptyState title="This source could not be opened">{reader.error}</EmptyState>;
  }
  return <SourceText source={reader.source} annotations={reader.annotations} />;
}

/** Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z undo annotation changes anywhere but in a text field. */
function useUndoKeys() {
  const [, annotate] = useAnnotate();
  const [{ editing }] = useTextVersions();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (editing || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // The reader's own editor turns these keys into the same commands itself.
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      void (event.shiftKey ? annotate.redo() : annotate.undo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [annotate, editing]);
}

/** A source opened from a mention or a piece of evidence scrolls to that annotation. */
function useRevealOnOpen(sourceId: string) {
  const [{ open }] = useWorkspace();
  const [, annotate] = useAnnotate();
  useEffect(() => {
    const at = open?.kind === 'source' && open.id === sourceId ? open.at : undefined;
    if (!at) return;
    // The editor builds its marks after this render commits; a frame later they can be found.
    const frame = requestAnimationFrame(() => annotate.activate(at, true));
    return () => cancelAnimationFrame(frame);
  }, [open, sourceId, annotate]);
}

function SourceText({ source, annotations }: { source: Source; annotations: Annotation[] }) {
  const [{ editingId }, metadata] = useMetadata();
  const editing = editingId === source.id;
  const [{ editing: editingText }] = useTextVersions();
  const editorRef = useRef<LexicalEditor | null>(null);
  useRevealOnOpen(source.id);
  const [{ open }] = useWorkspace();
  const revealSpan = open?.kind === 'source' && open.id === source.id ? open.span : undefined;
  const text = currentVersion(source).text;
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  // A fixed direction applies to the whole article; 'auto' is decided paragraph by paragraph,
  // so an Arabic quote inside an English article still reads right to left.
  const fixed = source.direction === 'auto' ? undefined : source.direction;
  const perParagraph = fixed ? undefined : 'auto';
  const byline = [source.outlet, formatPublished(source.publishedAt)].filter(Boolean).join(' · ');
  // Import takes the title from the first line but the text keeps it: show it once, as the
  // heading, still marked with its offset so annotations on the headline will have a home.
  const [first] = paragraphs;
  const headlineInText = first !== undefined && first.text.replace(MARKDOWN_HEADING, '') === source.title;

  return (
    // Notices and the form sit outside the article: they speak Parley's language and direction, not the source's.
    <div className="reader">
      <MetadataBanner source={source} />
      {/* The form takes the header's place: it edits what the header shows, with the text below to check against. */}
      {editing && <MetadataForm key={`${source.id}:${source.rev}`} source={source} />}
      <BoilerplatePanel source={source} />
      <article dir={fixed} lang={source.language ?? undefined} aria-labelledby="reader-title">
        <header className="reader__header" hidden={editing}>
          <h1
            id="reader-title"
            className="reader__title"
            data-testid="reader-title"
            dir={perParagraph}
            data-start={headlineInText ? first.start : undefined}
          >
            {source.title}
          </h1>
          <p className="reader__byline">{byline}</p>
          {source.authors.length > 0 && (
            <p className="reader__authors" dir={perParagraph}>
              By {source.authors.join(', ')}
            </p>
          )}
          {/* The context panel has the same action; it is hidden in narrow windows, this is not. */}
          <button type="button" className="link reader__edit" onClick={() => metadata.edit(source.id)}>
            Edit metadata
          </button>
        </header>
        <TextVersionBar editorRef={editorRef} />
        {paragraphs.length === 0 && !editingText && <p className="reader__blank">This source has no text.</p>}
        <AnnotatedText text={text} annotations={annotations} editing={editingText} editorRef={editorRef} headlineInText={headlineInText} revealSpan={revealSpan} />
      </article>
      <SelectionToolbar />
      <CiteNotice />
    </div>
  );
}
