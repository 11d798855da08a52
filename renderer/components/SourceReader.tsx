import { useEffect, useMemo } from 'react';
import { currentVersion, type Source } from '../../shared/model';
import { formatPublished } from '../logic/dates';
import { splitParagraphs } from '../logic/paragraphs';
import { useBoilerplate, useMetadata, useReader } from '../state/stores';
import { BoilerplatePanel } from './BoilerplatePanel';
import { EmptyState } from './EmptyState';
import { MetadataBanner } from './MetadataBanner';
import { MetadataForm } from './MetadataForm';

/** A Markdown source's first line is usually "# Title"; the marker is not part of the title. */
const MARKDOWN_HEADING = /^#{1,6}[^\S\n]+/;

/** Plain reader for now; the Lexical surface with annotation marks replaces the text part. */
export function SourceReader({ sourceId }: { sourceId: string }) {
  const [reader, store] = useReader();
  useEffect(() => {
    void store.open(sourceId);
  }, [sourceId, store]);

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
  return <SourceText source={reader.source} />;
}

function SourceText({ source }: { source: Source }) {
  const [{ editingId }, metadata] = useMetadata();
  const editing = editingId === source.id;
  const [boilerplate] = useBoilerplate();
  // While furniture is up for review, the text shows where each proposed line sits.
  const reviewing =
    boilerplate.versionId === source.currentVersionId && !boilerplate.dismissed.has(source.currentVersionId) ? boilerplate.spans : [];
  // Only whole paragraphs are marked: striking a paragraph for one furniture line inside it would mislead.
  const isFurniture = (p: { start: number; end: number }) => reviewing.some((s) => s.start <= p.start && p.end <= s.end);
  const text = currentVersion(source).text;
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  // A fixed direction applies to the whole article; 'auto' is decided paragraph by paragraph,
  // so an Arabic quote inside an English article still reads right to left.
  const fixed = source.direction === 'auto' ? undefined : source.direction;
  const perParagraph = fixed ? undefined : 'auto';
  const byline = [source.outlet, formatPublished(source.publishedAt)].filter(Boolean).join(' · ');
  // Import takes the title from the first line but the text keeps it: show it once, as the
  // heading, still marked with its offset so annotations on the headline will have a home.
  const [first, ...rest] = paragraphs;
  const headlineInText = first !== undefined && first.text.replace(MARKDOWN_HEADING, '') === source.title;
  const body = headlineInText ? rest : paragraphs;

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
        <div className="reader__text" data-testid="reader-text">
          {paragraphs.length === 0 ? (
            <p className="reader__blank">This source has no text.</p>
          ) : (
            body.map((p) => (
              <p key={p.start} dir={perParagraph} data-start={p.start} className={isFurniture(p) ? 'reader__furniture' : undefined}>
                {p.text}
              </p>
            ))
          )}
        </div>
      </article>
    </div>
  );
}
