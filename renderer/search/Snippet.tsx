import { Fragment } from 'react';
import { snippetParts } from './highlight';

/** A result's snippet with the words that matched marked. */
export function Snippet({ text, highlights }: { text: string; highlights: ReadonlyArray<readonly [number, number]> }) {
  return (
    <span className="search-result__snippet" dir="auto" data-testid="search-snippet">
      {snippetParts(text, highlights).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </span>
  );
}
