import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import type { Annotation } from '../../shared/model';
import { useBrief, useNotebook } from '../state/stores';
import { citationOf } from './citeBus';
import { shortQuote } from './citationLabel';
import { $replaceTrigger } from './insertNodes';
import { $createCitationNode } from './nodes/CitationNode';
import { matchCiteTrigger } from './triggers';
import { TypeaheadMenu } from './TypeaheadMenu';

class CiteOption extends MenuOption {
  constructor(readonly annotation: Annotation) {
    super(annotation.id);
  }
}

/** "/cite" and some words: annotations whose quote, comment or tags hold them, cited in place. */
export function CiteTypeaheadPlugin() {
  const [notebook] = useNotebook();
  const [, brief] = useBrief();
  const [query, setQuery] = useState<string | null>(null);
  const [found, setFound] = useState<{ query: string; options: CiteOption[] } | null>(null);
  const triggerFn = useCallback((text: string) => matchCiteTrigger(text), []);

  useEffect(() => {
    if (query === null) return;
    let current = true;
    // Answers can come back out of order while typing; only the latest query's is shown.
    void brief.findAnnotations(query).then((annotations) => {
      if (current) setFound({ query, options: annotations.map((a) => new CiteOption(a)) });
    });
    return () => {
      current = false;
    };
  }, [brief, query]);

  const onSelect = useCallback((option: CiteOption, typed: TextNode | null, close: () => void) => {
    const citation = $createCitationNode(citationOf(option.annotation));
    $replaceTrigger(typed, matchCiteTrigger, citation);
    citation.selectNext();
    close();
  }, []);

  const titleOf = (sourceId: string) => notebook.sources.find((s) => s.id === sourceId)?.title ?? 'Source no longer in the notebook';
  const options = query !== null && found ? found.options : [];
  return (
    <LexicalTypeaheadMenuPlugin<CiteOption>
      onQueryChange={(typed) => {
        setQuery(typed);
        if (typed === null) setFound(null);
      }}
      onSelectOption={onSelect}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchor, { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }, typed) => (
        <TypeaheadMenu
          anchor={anchor}
          label="Cite an annotation"
          testId="cite-typeahead"
          options={shown}
          selectedIndex={selectedIndex}
          choose={selectOptionAndCleanUp}
          highlight={setHighlightedIndex}
          empty={found === null ? 'Searching your annotations…' : typed ? `No annotation mentions “${typed}”.` : 'No annotations yet: highlight passages in a source first.'}
          render={({ annotation }) => (
            <>
              <span className="brief-typeahead__quote" dir="auto">
                “{shortQuote(annotation.target.quote.exact, 120)}”
              </span>
              <span className="brief-typeahead__detail" dir="auto">
                {titleOf(annotation.sourceId)}
                {annotation.anchoring === 'orphaned' ? ' · passage no longer found' : ''}
              </span>
            </>
          )}
        />
      )}
    />
  );
}
