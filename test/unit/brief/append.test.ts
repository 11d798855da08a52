import { describe, expect, it } from 'vitest';
import { renderBriefMarkdown, type CitationNodeJson } from '../../../shared/brief';
import { appendCitation } from '../../../shared/brief/append';
import { briefDocument, context, ids } from './fixture';

const citation: CitationNodeJson = { type: 'citation', version: 1, annotationId: ids.ann3, sourceId: ids.sourceB, quote: 'rejected outright' };

/** The paragraph Lexical itself would serialize around the citation. */
const paragraphOf = (node: CitationNodeJson) => ({ type: 'paragraph', version: 1, children: [node], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });

describe('appendCitation', () => {
  it('makes a brief never edited into a document of the one cited paragraph', () => {
    expect(appendCitation(null, citation)).toEqual({
      root: { type: 'root', version: 1, children: [paragraphOf(citation)], direction: null, format: '', indent: 0 },
    });
  });

  it('adds the citation as a new last paragraph and leaves the brief it was given untouched', () => {
    const before = JSON.stringify(briefDocument);
    const after = appendCitation(briefDocument, citation);
    expect(after?.root.children).toHaveLength(briefDocument.root.children.length + 1);
    expect(after?.root.children.slice(0, -1)).toEqual(briefDocument.root.children);
    expect(after?.root.children.at(-1)).toEqual(paragraphOf(citation));
    expect(JSON.stringify(briefDocument)).toBe(before);
  });

  it('replaces the lone empty paragraph a new editor starts with', () => {
    const fresh = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, children: [] }] } };
    expect(appendCitation(fresh, citation)?.root.children).toEqual([paragraphOf(citation)]);
  });

  it('refuses content that is not a brief document rather than overwrite it', () => {
    expect(appendCitation({ blocks: ['something else'] }, citation)).toBeNull();
  });

  it('gives a brief whose export carries the appended quote as a footnote', () => {
    const markdown = renderBriefMarkdown(appendCitation(null, citation)!, context);
    expect(markdown).toMatch(/\[\^1\]/);
    expect(markdown).toMatch(/\[\^1\]: .*rejected outright/);
  });
});
