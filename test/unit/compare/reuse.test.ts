import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../shared/compare';
import { article, copied, original, paragraphAt, secondOutlet, unrelated } from './reuse-articles';

const harbour = { sourceId: 'harbour', text: article(original) };
const coast = { sourceId: 'coast', text: article(secondOutlet) };

type Texts = Record<string, string>;

/** Shared passages as a reader sees them: which source, and the words each side covers. */
function sharedAsRead(texts: Texts, result: ReturnType<typeof compareTexts>) {
  return result.shared.map(({ a, b }) => [a.sourceId, texts[a.sourceId]!.slice(a.start, a.end), b.sourceId, texts[b.sourceId]!.slice(b.start, b.end)]);
}

function uniqueAsRead(texts: Texts, result: ReturnType<typeof compareTexts>) {
  return result.unique.map((p) => [p.sourceId, texts[p.sourceId]!.slice(p.start, p.end)]);
}

const textsOf = (...entries: { sourceId: string; text: string }[]): Texts =>
  Object.fromEntries(entries.map((entry) => [entry.sourceId, entry.text]));

describe('compareTexts: an article and a second outlet that copied three of its paragraphs', () => {
  const result = compareTexts([harbour, coast]);
  const texts = textsOf(harbour, coast);

  it('finds exactly the three copied paragraphs, each as one passage, despite a changed word, a changed number and a dropped clause', () => {
    expect(sharedAsRead(texts, result)).toEqual([
      ['harbour', original[2], 'coast', copied.mediator],
      ['harbour', original[4], 'coast', copied.cap],
      ['harbour', original[6], 'coast', copied.survey],
    ]);
  });

  it('gives offsets at the copied paragraphs in both articles', () => {
    expect(result.shared.map(({ a, b }) => [a.start, a.end, b.start, b.end])).toEqual(
      [[2, 2], [4, 4], [6, 5]].map(([x, y]) => {
        const a = paragraphAt(original, x!);
        const b = paragraphAt(secondOutlet, y!);
        return [a.start, a.end, b.start, b.end];
      }),
    );
  });

  it('rates the edited copies as close but not identical, the dropped clause lowest', () => {
    const [mediator, cap, survey] = result.shared.map((p) => p.similarity);
    for (const similarity of [mediator!, cap!, survey!]) {
      expect(similarity).toBeGreaterThan(0.75);
      expect(similarity).toBeLessThan(1);
    }
    expect(survey).toBeLessThan(mediator!);
  });

  it('reports every other paragraph of both articles as unique, in source then text order', () => {
    expect(uniqueAsRead(texts, result)).toEqual([
      ...[0, 1, 3, 5, 7].map((p) => ['harbour', original[p]]),
      ...[0, 1, 3, 6].map((p) => ['coast', secondOutlet[p]]),
    ]);
  });

  it('takes `a` from the source earlier in the input', () => {
    const swapped = compareTexts([coast, harbour]);
    expect(sharedAsRead(texts, swapped)).toEqual([
      ['coast', copied.mediator, 'harbour', original[2]],
      ['coast', copied.cap, 'harbour', original[4]],
      ['coast', copied.survey, 'harbour', original[6]],
    ]);
  });
});

describe('compareTexts: what is not reuse', () => {
  it('finds nothing shared between unrelated articles, and every paragraph of both unique', () => {
    const tram = { sourceId: 'tram', text: article(unrelated) };
    const result = compareTexts([harbour, tram]);
    expect(result.shared).toEqual([]);
    expect(uniqueAsRead(textsOf(harbour, tram), result)).toEqual([
      ...original.map((p) => ['harbour', p]),
      ...unrelated.map((p) => ['tram', p]),
    ]);
  });

  it('does not match on a short stock sentence both articles happen to print', () => {
    const withStock = original.map((p, i) => (i === 3 ? `${p} Talks continue.` : p));
    expect(unrelated[2]).toContain('Talks continue.');
    const result = compareTexts([{ sourceId: 'harbour', text: article(withStock) }, { sourceId: 'tram', text: article(unrelated) }]);
    expect(result.shared).toEqual([]);
  });

  it('does not match two independent reports of the same talks that share names and stock phrases', () => {
    const own = secondOutlet.filter((p) => !Object.values(copied).includes(p));
    const result = compareTexts([harbour, { sourceId: 'coast', text: article(own) }]);
    expect(result.shared).toEqual([]);
  });
});

describe('compareTexts: edits a copy survives', () => {
  const [found, quoted, reyl] = [
    'The breakthrough came after Dr. Ilse Varga, the mediator appointed by the Northern Maritime Council, spent three days shuttling between the two delegations in the port city of Salden.',
    'According to people familiar with the discussions, she persuaded both sides to set aside the question of historic quotas until a joint survey of fish stocks is complete.',
    'Mr. Tomas Reyl, who leads the Tolvian delegation, called the arrangement “a sensible pause, not a surrender.”',
  ];

  it('reads the mediator paragraph as the three sentences the tests edit', () => {
    expect(original[2]).toBe(`${found} ${quoted} ${reyl}`);
  });

  it('finds a paragraph with a sentence moved and a clause added as one passage over both whole paragraphs', () => {
    const edited = `${found} ${reyl} ${quoted.replace('discussions,', 'discussions, which ran late into Wednesday night,')}`;
    const text = article([unrelated[1]!, edited, unrelated[3]!]);
    const result = compareTexts([harbour, { sourceId: 'wire', text }]);
    expect(sharedAsRead(textsOf(harbour, { sourceId: 'wire', text }), result)).toEqual([['harbour', original[2], 'wire', edited]]);
  });

  it('covers only the copied sentences of a paragraph that adds its own, and does not call that paragraph unique', () => {
    const own = 'Harbour master Olek Brandt said the mood on the quays had lifted since the news broke. Fuel costs have already forced several smaller boats out of business this spring.';
    const mixed = `${found} ${own}`;
    const text = article([unrelated[0]!, mixed]);
    const wire = { sourceId: 'wire', text };
    const result = compareTexts([harbour, wire]);
    expect(sharedAsRead(textsOf(harbour, wire), result)).toEqual([['harbour', found, 'wire', found]]);
    expect(uniqueAsRead(textsOf(harbour, wire), result).filter(([id]) => id === 'wire')).toEqual([['wire', unrelated[0]]]);
    // The original's paragraph is partly shared too, so it is not unique either.
    expect(uniqueAsRead(textsOf(harbour, wire), result).map(([, p]) => p)).not.toContain(original[2]);
  });

  it('takes a short sentence next to a copied one into the passage when both print it', () => {
    const closing = `${original[3]} Talks continue.`;
    const a = { sourceId: 'a', text: article([original[1]!, closing]) };
    const b = { sourceId: 'b', text: article([unrelated[0]!, closing.replace('14 trawlers', 'fourteen trawlers')]) };
    expect(sharedAsRead(textsOf(a, b), compareTexts([a, b]))).toEqual([['a', closing, 'b', closing.replace('14 trawlers', 'fourteen trawlers')]]);
  });
});

describe('compareTexts: more than two sources', () => {
  it('pairs every two sources when two outlets copied from the same original', () => {
    const b = { sourceId: 'b', text: article([secondOutlet[1]!, copied.mediator, secondOutlet[3]!]) };
    const c = { sourceId: 'c', text: article([unrelated[0]!, copied.cap, original[2]!, unrelated[3]!]) };
    const texts = textsOf(harbour, b, c);
    const result = compareTexts([harbour, b, c]);
    expect(sharedAsRead(texts, result)).toEqual([
      ['harbour', original[2], 'b', copied.mediator],
      ['harbour', original[2], 'c', original[2]],
      ['harbour', original[4], 'c', copied.cap],
      ['b', copied.mediator, 'c', original[2]],
    ]);
    expect(uniqueAsRead(texts, result)).toEqual([
      ...[0, 1, 3, 5, 6, 7].map((p) => ['harbour', original[p]]),
      ['b', secondOutlet[1]],
      ['b', secondOutlet[3]],
      ['c', unrelated[0]],
      ['c', unrelated[3]],
    ]);
  });
});

describe('compareTexts: edge cases', () => {
  it('finds identical texts shared paragraph by paragraph with similarity 1 and nothing unique', () => {
    const copy = { sourceId: 'copy', text: harbour.text };
    const result = compareTexts([harbour, copy]);
    expect(sharedAsRead(textsOf(harbour, copy), result)).toEqual(original.map((p) => ['harbour', p, 'copy', p]));
    expect(result.shared.every((p) => p.similarity === 1)).toBe(true);
    expect(result.unique).toEqual([]);
  });

  it('compares an empty text with nothing, leaving the other source all unique', () => {
    expect(compareTexts([])).toEqual({ shared: [], unique: [] });
    const empty = { sourceId: 'empty', text: '' };
    const blank = { sourceId: 'blank', text: ' \n\n \n' };
    const result = compareTexts([empty, blank, coast]);
    expect(result.shared).toEqual([]);
    expect(uniqueAsRead(textsOf(coast), result)).toEqual(secondOutlet.map((p) => ['coast', p]));
  });

  it('keeps offsets right in right-to-left text and after astral characters', () => {
    const arabic =
      'بدأت جولة جديدة من المحادثات بين مارين وتولفيا في مدينة سالدن صباح الاثنين. وقال الوسيط إن الطرفين وافقا على تأجيل مسألة الحصص التاريخية حتى انتهاء المسح المشترك. هل تصمد الهدنة حتى نهاية العام؟';
    // Another outlet: "evening" for "morning", and a vowel mark written on one word.
    const arabicCopy = arabic.replace('صباح', 'مساء').replace('المحادثات', 'المُحادثات');
    const cheer = 'Crews cheered 🎉 as the first trawlers left Salden harbour at dawn on Tuesday, their holds empty and their nets freshly mended.';
    const a = { sourceId: 'a', text: article(['🌊🐟 Live: the talks, hour by hour', arabic, original[1]!, cheer]) };
    const b = { sourceId: 'b', text: article(['𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🚢 from the quays of Salden, where the fleet waits for word', cheer.replace('🎉', '🎉🎉'), arabicCopy]) };
    const result = compareTexts([a, b]);
    expect(sharedAsRead(textsOf(a, b), result)).toEqual([
      ['a', arabic, 'b', arabicCopy],
      ['a', cheer, 'b', cheer.replace('🎉', '🎉🎉')],
    ]);
    expect(uniqueAsRead(textsOf(a, b), result)).toEqual([
      ['a', '🌊🐟 Live: the talks, hour by hour'],
      ['a', original[1]],
      ['b', '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🚢 from the quays of Salden, where the fleet waits for word'],
    ]);
  });
});
