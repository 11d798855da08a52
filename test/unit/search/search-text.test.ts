import { describe, expect, it } from 'vitest';
import { matchesIn, matcherFor, parseQuery, plainTextOf, publishedWithin, snippetOf } from '../../../shared/search';

const spans = (text: string, matcher: RegExp | null) => matchesIn(text, matcher).map(([s, e]) => text.slice(s, e));

describe('reading a query', () => {
  it('splits words from phrases in straight or typographic quotes, folded', () => {
    expect(parseQuery('Doha "Humanitarian  Corridor" “São Tomé” talks')).toEqual({
      words: ['doha', 'talks'],
      phrases: [
        ['humanitarian', 'corridor'],
        ['sao', 'tome'],
      ],
    });
    expect(parseQuery('three-day "unclosed')).toEqual({ words: ['three', 'day', 'unclosed'], phrases: [] });
    expect(parseQuery('  ""  ')).toEqual({ words: [], phrases: [] });
  });
});

describe('finding folded words in the text as written', () => {
  it('matches any case and accent, precomposed or combining, as whole words only', () => {
    const text = 'SÃO TOMÉ, São Tomé, Sa\u0303o Tome\u0301 and sao tome; not Saoirse or Tomes.';
    expect(spans(text, matcherFor(['sao']))).toEqual(['SÃO', 'São', 'Sa\u0303o', 'sao']);
    expect(spans(text, matcherFor([], [['sao', 'tome']]))).toEqual(['SÃO TOMÉ', 'São Tomé', 'Sa\u0303o Tome\u0301', 'sao tome']);
  });

  it('takes a phrase across a line break or punctuation but not across another word', () => {
    const text = 'a humanitarian\ncorridor, a humanitarian aid corridor, a humanitarian—corridor';
    expect(spans(text, matcherFor([], [['humanitarian', 'corridor']]))).toEqual(['humanitarian\ncorridor', 'humanitarian—corridor']);
  });

  it('finds words in right-to-left and astral text', () => {
    const text = 'وصل الوفد إلى الدوحة 🕊️ 𝐏𝐞𝐚𝐜𝐞 talks';
    expect(spans(text, matcherFor(['الدوحة', 'talks']))).toEqual(['الدوحة', 'talks']);
    expect(spans(text, matcherFor(['peace']))).toEqual(['𝐏𝐞𝐚𝐜𝐞']);
  });

  it('matches nothing without terms', () => {
    expect(matcherFor([])).toBeNull();
    expect(matchesIn('anything', null)).toEqual([]);
  });
});

describe('snippets', () => {
  const text = `${'Earlier paragraphs about the weather and the market. '.repeat(6)}Negotiators met to discuss a humanitarian corridor for the harbour. ${'Later paragraphs about fishing. '.repeat(8)}`;

  it('shows about 160 characters around the match, cut between words, with … where cut', () => {
    const at = text.indexOf('humanitarian');
    const { snippet, highlights } = snippetOf(text, [at, at + 'humanitarian corridor'.length], matcherFor([], [['humanitarian', 'corridor']]));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(162);
    expect(snippet).toContain('Negotiators met to discuss a humanitarian corridor');
    expect(snippet.split(' ').slice(1, -1).every((word) => text.includes(word))).toBe(true);
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(['humanitarian corridor']);
  });

  it('starts at the beginning when there is no match to show, on one line', () => {
    const { snippet, highlights } = snippetOf('Title\n\nFirst line\nsecond line', null, null);
    expect(snippet).toBe('Title First line second line');
    expect(highlights).toEqual([]);
  });
});

describe('published dates in a range', () => {
  it('takes a day as it is and a month as all its days', () => {
    const day = { precision: 'day', date: '2024-02-29' } as const;
    const month = { precision: 'month', date: '2024-02' } as const;
    expect(publishedWithin(day, '2024-02-29', '2024-02-29')).toBe(true);
    expect(publishedWithin(day, '2024-03-01')).toBe(false);
    expect(publishedWithin(month, '2024-02-29')).toBe(true);
    expect(publishedWithin(month, '2024-03-01')).toBe(false);
    expect(publishedWithin(month, undefined, '2024-02-01')).toBe(true);
    expect(publishedWithin(month, undefined, '2024-01-31')).toBe(false);
    expect(publishedWithin(null, '1900-01-01')).toBe(false);
    expect(publishedWithin(null)).toBe(true);
  });
});

describe('the words of a Lexical document', () => {
  it('reads text, citation quotes and record chips, a block per line', () => {
    const document = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Where things stand' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Talks with ' },
              { type: 'record-mention', kind: 'entity', recordId: 'x', label: 'Rami Haddad' },
              { type: 'text', text: ' went on: ' },
              { type: 'citation', annotationId: 'a', sourceId: 's', quote: 'the pause could be accepted' },
              { type: 'link', children: [{ type: 'text', text: ' (link)' }] },
            ],
          },
        ],
      },
    };
    expect(plainTextOf(document)).toBe('Where things stand\nTalks with Rami Haddad went on: the pause could be accepted (link)');
    expect(plainTextOf(null)).toBe('');
    expect(plainTextOf({ root: 'garbage' })).toBe('');
  });
});
