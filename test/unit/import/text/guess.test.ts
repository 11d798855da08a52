import { describe, expect, it } from 'vitest';
import { MetadataHint, TEXT_CONFIDENCE, guessFromText } from '../../../../shared/import';
import { NOW, article } from './fixture';

function guess(text: string): MetadataHint[] {
  const hints = guessFromText(text, { now: NOW });
  // Every clue must be a valid hint: the importers pass them on across the contract.
  for (const hint of hints) expect(MetadataHint.parse(hint)).toEqual(hint);
  return hints;
}

function only(hints: MetadataHint[], field: MetadataHint['field'], from?: string): MetadataHint[] {
  return hints.filter((h) => h.field === field && (from === undefined || h.from === from));
}

const BODY = '\n\nNegotiators met again in Port Selen on Tuesday to discuss a pause in the fighting.';

describe('dateline', () => {
  it('reads the date and the agency of "PORT SELEN, March 3 (Agency) —"', () => {
    const hints = guess(article('dateline-agency.txt'));
    expect(only(hints, 'publishedAt')).toEqual([
      { field: 'publishedAt', value: { precision: 'day', date: '2024-03-03' }, confidence: 0.55, from: 'dateline' },
    ]);
    expect(only(hints, 'outlet')).toEqual([
      { field: 'outlet', value: 'Valdoria Press Agency', confidence: 0.4, from: 'dateline' },
    ]);
  });

  it('is surer of a dateline date that carries its year', () => {
    const [date] = only(guess(article('dateline-dated.txt')), 'publishedAt');
    expect(date).toMatchObject({ value: { precision: 'day', date: '2024-05-12' }, from: 'dateline' });
    expect(date?.confidence).toBeGreaterThan(TEXT_CONFIDENCE['dateline-date-no-year']);
  });

  it('finds nothing to guess in a dateline that is only a place', () => {
    const hints = guess(article('dateline-place-only.txt'));
    expect(only(hints, 'publishedAt')).toEqual([]);
    expect(only(hints, 'outlet')).toEqual([]);
  });

  it.each([
    ['WASHINGTON, March 3, 2024 (VPA) — Talks', '2024-03-03', 'VPA'],
    ['PORT SELEN, Valdoria, March 3 — Talks', '2024-03-03', null],
    ['ST. ALBANS, 2 Feb 2024 -- Talks', '2024-02-02', null],
  ])('reads %j', (line, date, agency) => {
    const hints = guess(`Headline about the talks${'\n\n'}${line} resumed on Tuesday.`);
    expect(only(hints, 'publishedAt', 'dateline')[0]?.value).toEqual({ precision: 'day', date });
    expect(only(hints, 'outlet', 'dateline')[0]?.value ?? null).toBe(agency);
  });

  it('does not read a label in capitals or a sentence as a dateline', () => {
    expect(only(guess(`Headline about the talks\n\nBREAKING, March 3 — Talks collapse.`), 'publishedAt')).toEqual([]);
    expect(only(guess(`Headline about the talks\n\nThe UN, March 3 — said nothing.`), 'publishedAt')).toEqual([]);
  });
});

describe('leading date', () => {
  it('prefers "Published" over "Updated"', () => {
    const dates = only(guess(article('leading-date.txt')), 'publishedAt');
    expect(dates).toEqual([
      { field: 'publishedAt', value: { precision: 'day', date: '2024-03-03' }, confidence: 0.8, from: 'published-line' },
      { field: 'publishedAt', value: { precision: 'day', date: '2024-03-04' }, confidence: 0.4, from: 'updated-line' },
    ]);
  });

  it('reads a month alone as month precision', () => {
    expect(only(guess(article('leading-month.txt')), 'publishedAt')).toEqual([
      { field: 'publishedAt', value: { precision: 'month', date: '2024-03' }, confidence: 0.6, from: 'leading-date' },
    ]);
  });

  it.each(['March 3, 2024', '3 Mar 2024', '2024-03-03', 'Posted on March 3, 2024', 'Published: 3 March 2024 10:00'])(
    'reads the head line %j',
    (line) => {
      const [date] = only(guess(`Headline about the talks\n${line}${BODY}`), 'publishedAt');
      expect(date?.value).toEqual({ precision: 'day', date: '2024-03-03' });
    },
  );

  it('ignores a bare date in the body, which is usually an event in the story', () => {
    const text = `Headline about the talks${BODY}\n\nMore.\n\nEven more.\n\nStill more.\n\nAnd more.\n\nLast.\n\nMarch 3, 2024`;
    expect(only(guess(text), 'publishedAt')).toEqual([]);
  });

  it('reads a labelled date under the story with less confidence', () => {
    const text = `Headline about the talks${BODY}\n\nMore.\n\nEven more.\n\nStill more.\n\nAnd more.\n\nPublished 3 March 2024`;
    expect(only(guess(text), 'publishedAt')).toEqual([
      { field: 'publishedAt', value: { precision: 'day', date: '2024-03-03' }, confidence: 0.6, from: 'published-line' },
    ]);
  });
});

describe('byline', () => {
  it.each([
    ['byline-single.txt', ['Mira Okonjo'], 0.8],
    ['byline-two.txt', ['Mira Okonjo', 'Tomas Reyes'], 0.8],
    ['byline-three.txt', ['Mira Okonjo', 'Tomas Reyes', 'Li Wen'], 0.8],
    ['byline-role.txt', ['Mira Okonjo'], 0.65],
  ])('%s names %j', (file, authors, confidence) => {
    expect(only(guess(article(file)), 'authors')).toEqual([{ field: 'authors', value: authors, confidence, from: 'byline' }]);
  });

  it.each([
    ['By MIRA OKONJO', ['Mira Okonjo']],
    ['By Mira Okonjo in Port Selen', ['Mira Okonjo']],
    ['By Mira Okonjo, Diplomatic Correspondent', ['Mira Okonjo']],
    ['By Omar al-Sayed and Ana de la Cruz', ['Omar al-Sayed', 'Ana de la Cruz']],
    ['By Mira Okonjo | March 3, 2024', ['Mira Okonjo']],
    ['Mira Okonjo · 3 March 2024', ['Mira Okonjo']],
  ])('reads %j', (line, authors) => {
    expect(only(guess(`Headline about the talks\n${line}${BODY}`), 'authors')[0]?.value).toEqual(authors);
  });

  it('takes the outlet named beside the author', () => {
    const hints = guess(`Headline about the talks\nBy Mira Okonjo, Harbour Gazette${BODY}`);
    expect(only(hints, 'authors')[0]?.value).toEqual(['Mira Okonjo']);
    expect(only(hints, 'outlet')[0]).toMatchObject({ value: 'Harbour Gazette', from: 'byline', confidence: 0.5 });
  });

  it.each([
    'by the end of the week, nothing had changed',
    'By Tuesday the talks had stalled',
    'By 2024 the corridor was closed',
    'By the Harbour Gazette staff',
    'Mira Okonjo | Port Selen',
  ])('does not read %j as a byline', (line) => {
    expect(only(guess(`Headline about the talks\n${line}${BODY}`), 'authors')).toEqual([]);
  });
});

describe('copyright, credits and bios', () => {
  it('reads the holder of a copyright line', () => {
    expect(only(guess(article('copyright.txt')), 'outlet')).toEqual([
      { field: 'outlet', value: 'The Valdoria Times', confidence: 0.7, from: 'copyright' },
    ]);
  });

  it.each([
    ['© 2024 Harbour Gazette', 'Harbour Gazette'],
    ['© Harbour Gazette 2024', 'Harbour Gazette'],
    ['Copyright © 2020–2024 Harbour Gazette Ltd. All rights reserved.', 'Harbour Gazette'],
    ['(c) 2024 VPA NEWS', 'VPA News'],
  ])('reads %j', (line, outlet) => {
    expect(only(guess(`Headline about the talks${BODY}\n\n${line}`), 'outlet', 'copyright')[0]?.value).toBe(outlet);
  });

  it('does not read a sentence about copyright as a copyright line', () => {
    expect(only(guess(article('clean-traps.txt')), 'outlet')).toEqual([]);
    expect(only(guess(`Headline${BODY}\n\nCopyright law in Valdoria is strict`), 'outlet')).toEqual([]);
  });

  it('reads a trailing "— OUTLET" credit and un-shouts it', () => {
    expect(only(guess(article('trailing-credit.txt')), 'outlet')).toEqual([
      { field: 'outlet', value: 'Harbour Gazette', confidence: 0.6, from: 'trailing-credit' },
    ]);
  });

  it('reads reporters, not editors, from a wire credit', () => {
    expect(only(guess(article('reporting-credit.txt')), 'authors')).toEqual([
      { field: 'authors', value: ['Mira Okonjo', 'Li Wen'], confidence: 0.6, from: 'reporting-credit' },
    ]);
  });

  it('reads author and outlet from "X is a … correspondent for Y"', () => {
    const hints = guess(article('reporter-bio.txt'));
    expect(only(hints, 'authors')).toEqual([{ field: 'authors', value: ['Tomas Reyes'], confidence: 0.7, from: 'author-bio' }]);
    expect(only(hints, 'outlet')).toEqual([{ field: 'outlet', value: 'Harbour Gazette', confidence: 0.65, from: 'author-bio' }]);
  });

  it.each([
    ['Mira Okonjo is a reporter for the Harbour Gazette.', 'Mira Okonjo', 'Harbour Gazette'],
    ['Li Wen is a correspondent at The Valdoria Times in Cairo.', 'Li Wen', 'The Valdoria Times'],
    ['Tomas Reyes covers diplomacy for the Harbour Gazette.', 'Tomas Reyes', 'Harbour Gazette'],
    ["Li Wen is the Harbour Gazette's Cairo correspondent.", 'Li Wen', 'Harbour Gazette'],
  ])('reads the bio %j', (line, author, outlet) => {
    const hints = guess(`Headline about the talks${BODY}\n\nMore.\n\n${line}`);
    expect(only(hints, 'authors', 'author-bio')[0]?.value).toEqual([author]);
    expect(only(hints, 'outlet', 'author-bio')[0]?.value).toBe(outlet);
  });

  it('does not take a source quoted in the story for the author', () => {
    const hints = guess(article('clean-traps.txt'));
    expect(only(hints, 'authors')).toEqual([]);
  });
});

describe('title, language and direction', () => {
  it('offers the first line as the title with modest confidence', () => {
    const [title] = only(guess(article('byline-two.txt')), 'title');
    expect(title).toEqual({ field: 'title', value: 'Aid convoys wait as corridor talks stall', confidence: 0.45, from: 'headline' });
  });

  it('skips navigation furniture before the headline, less surely', () => {
    const [title] = only(guess(article('furniture.txt')), 'title');
    expect(title).toMatchObject({ value: 'Harbour talks: mediators float 48-hour pause', confidence: 0.4 });
  });

  it('does not take a sentence for a headline', () => {
    expect(only(guess('Negotiators met again in Port Selen on Tuesday.\n\nMore text.'), 'title')).toEqual([]);
  });

  it('detects English and left-to-right', () => {
    const hints = guess(article('near-duplicate-original.txt'));
    expect(only(hints, 'language')).toEqual([{ field: 'language', value: 'en', confidence: 0.8, from: 'language-detector' }]);
    expect(only(hints, 'direction')[0]).toMatchObject({ value: 'ltr', from: 'script' });
  });

  it('detects Arabic and right-to-left', () => {
    const hints = guess(article('arabic.txt'));
    expect(only(hints, 'language')[0]).toMatchObject({ value: 'ar', from: 'language-detector' });
    expect(only(hints, 'direction')[0]).toMatchObject({ value: 'rtl', from: 'script' });
    expect(only(hints, 'direction')[0]?.confidence).toBeGreaterThan(0.9);
  });

  it('detects Hebrew, which franc-min has no model for, from its script', () => {
    const hebrew = 'המתווכים הציעו הפסקת אש של ארבעים ושמונה שעות בשיחות בעיר הנמל, כך אמרו גורמים המעורים בפרטים.';
    const hints = guess(hebrew);
    expect(only(hints, 'language')[0]?.value).toBe('he');
    expect(only(hints, 'direction')[0]?.value).toBe('rtl');
  });

  it('keeps an Arabic text rtl despite Latin names quoted in it', () => {
    const text = `${article('arabic.txt')}\n\nHarbour Gazette, Port Selen, Daniel Ferreira.`;
    expect(only(guess(text), 'direction')[0]?.value).toBe('rtl');
  });

  it('is less sure of the language of a short text and silent on a tiny one', () => {
    const [short] = only(guess('The talks resumed today in the harbour city.'), 'language');
    expect(short?.value).toBe('en');
    expect(short?.confidence).toBeLessThan(0.5);
    expect(only(guess('Talks, 2024'), 'language')).toEqual([]);
    expect(guess('')).toEqual([]);
  });
});

describe('confidence ordering', () => {
  it('rates explicit labels above inferred clues', () => {
    const c = TEXT_CONFIDENCE;
    expect(c['published-line']).toBeGreaterThan(c['leading-date']);
    expect(c['leading-date']).toBeGreaterThan(c['dateline-date-no-year']);
    expect(c['dateline-date']).toBeGreaterThan(c['dateline-date-no-year']);
    expect(c['dateline-date-no-year']).toBeGreaterThan(c['updated-line']);
    expect(c.byline).toBeGreaterThan(c['author-bio']);
    expect(c['author-bio']).toBeGreaterThan(c['reporting-credit']);
    expect(c.copyright).toBeGreaterThan(c['trailing-credit']);
    expect(c['trailing-credit']).toBeGreaterThan(c['dateline-agency']);
    expect(c.headline).toBeLessThan(0.5);
  });
});
