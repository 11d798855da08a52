import { useEffect, useMemo } from 'react';
import { currentVersion, type Source } from '../../shared/model';
import { formatPublished } from '../logic/dates';
import { splitParagraphs } from '../logic/paragraphs';
import { useReader } from '../state/stores';
import { EmptyState } from './EmptyState';

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
    <article className="reader" dir={fixed} lang={source.language ?? undefined} aria-labelledby="reader-title">
      <header className="reader__header">
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
      </header>
      <div className="reader__text" data-testid="reader-text">
        {paragraphs.length === 0 ? (
          <p className="reader__blank">This source has no text.</p>
        ) : (
          body.map((p) => (
            <p key={p.start} dir={perParagraph} data-start={p.start}>
              {p.text}
            </p>
          ))
        )}
      </div>
    </article>
  );
}
