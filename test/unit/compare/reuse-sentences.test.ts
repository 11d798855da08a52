import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../shared/compare/sentences';

/** The sentences of a text as a reader would list them, each with the paragraph it is in. */
function sentencesOf(text: string) {
  return splitSentences(text, splitParagraphs(text)).map((s) => [s.paragraph, text.slice(s.start, s.end)]);
}

describe('splitParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    const text = '  First line\nstill first.\n\n\n Second. \n \nThird';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['First line\nstill first.', 'Second.', 'Third']);
  });

  it('finds no paragraph in an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n\t\n')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at a title, an initial, an acronym or a decimal', () => {
    expect(sentencesOf('Mr. Reyl met Dr. Varga and Sen. Holt. J. K. Osei of the U.S. delegation said 3.5 per cent was fair. No. 4 was last.')).toEqual([
      [0, 'Mr. Reyl met Dr. Varga and Sen. Holt.'],
      [0, 'J. K. Osei of the U.S. delegation said 3.5 per cent was fair.'],
      [0, 'No. 4 was last.'],
    ]);
  });

  it('keeps closing quotes with the sentence they end and does not end one before a lowercase word', () => {
    expect(sentencesOf('“We have been here before.” She paused… then went on. Why now? “Because!” said Holt.')).toEqual([
      [0, '“We have been here before.”'],
      [0, 'She paused… then went on.'],
      [0, 'Why now?'],
      [0, '“Because!” said Holt.'],
    ]);
  });

  it('never lets a sentence cross a paragraph, and ends one at a line break unless the next line goes on in lowercase', () => {
    expect(sentencesOf('Talks resume\nMonday in Salden\n\nThe fleet waits for\nword from the capital')).toEqual([
      [0, 'Talks resume'],
      [0, 'Monday in Salden'],
      [1, 'The fleet waits for\nword from the capital'],
    ]);
  });

  it('ends sentences at Arabic and Chinese marks, with offsets right after astral characters', () => {
    expect(sentencesOf('🌊 هل تصمد الهدنة؟ نعم. 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🚢 news! 谈判恢复。渔船等待。')).toEqual([
      [0, '🌊 هل تصمد الهدنة؟'],
      [0, 'نعم.'],
      [0, '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🚢 news!'],
      [0, '谈判恢复。'],
      [0, '渔船等待。'],
    ]);
  });
});
