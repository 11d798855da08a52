import { francAll } from 'franc-min';
import type { MetadataHint } from './hints';

/**
 * franc names languages in ISO 639-3; sources store BCP 47, which uses the two-letter ISO
 * 639-1 code where one exists. Macrolanguage members map to their macrolanguage's code
 * (Standard Arabic "arb" is "ar", Iranian Persian "pes" is "fa"). Languages without a
 * two-letter code keep their three letters, which BCP 47 allows.
 */
const TWO_LETTER: Record<string, string> = {
  eng: 'en', arb: 'ar', heb: 'he', fra: 'fr', deu: 'de', spa: 'es', rus: 'ru', tur: 'tr', pes: 'fa',
  urd: 'ur', ita: 'it', por: 'pt', nld: 'nl', ukr: 'uk', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi',
  ben: 'bn', pol: 'pl', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', ell: 'el', tha: 'th', vie: 'vi',
  ind: 'id', zlm: 'ms', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', amh: 'am',
  bel: 'be', bul: 'bg', kaz: 'kk', srp: 'sr', hrv: 'hr', bos: 'bs', uzn: 'uz', azj: 'az', pbu: 'ps',
  tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my', pan: 'pa', sin: 'si', mar: 'mr',
  npi: 'ne', jav: 'jv', sun: 'su', tgl: 'tl', kin: 'rw', run: 'rn', nya: 'ny', lin: 'ln', plt: 'mg',
};

/** franc reads at most this much; sampling it ourselves avoids copying a 5 MB text. */
const SAMPLE = 2048;

/** Runner-up gap (score × characters) below which two languages are a toss-up; measured on fixtures: 30–40 for clear texts. */
const CLOSE_CALL = 5;

/** Fewer letters than this and trigram statistics are noise. */
const MIN_LETTERS = 30;

/**
 * The text's language as a BCP 47 tag. Confidence grows with the sample (short texts fool
 * trigram models) and shrinks when the runner-up scores almost as well as the winner
 * (Spanish against Portuguese, Serbian against Croatian).
 */
export function guessLanguage(text: string): MetadataHint | null {
  const sample = text.slice(0, SAMPLE);
  const letters = countLetters(sample);
  if (letters < MIN_LETTERS) return null;
  const ranked = francAll(sample);
  const [best, second] = ranked;
  if (!best) return null;
  let code = best[0];
  // franc-min has no Hebrew model: a Hebrew-script text is Hebrew (Yiddish is rare in news).
  if (code === 'und' && hebrewShare(sample) > 0.5) code = 'heb';
  if (code === 'und') return null;
  const value = TWO_LETTER[code] ?? code;
  const base = letters < 150 ? 0.35 : letters < 600 ? 0.6 : 0.8;
  // franc scales scores by the sample's length, so the runner-up's gap is compared per character.
  const close = second !== undefined && (1 - second[1]) * sample.length < CLOSE_CALL;
  const confidence = close ? Math.round((base - 0.2) * 100) / 100 : base;
  return { field: 'language', value, confidence, from: 'language-detector' };
}

function countLetters(sample: string): number {
  return sample.match(/\p{L}/gu)?.length ?? 0;
}

function hebrewShare(sample: string): number {
  const hebrew = sample.match(/\p{Script=Hebrew}/gu)?.length ?? 0;
  return hebrew / Math.max(1, countLetters(sample));
}

/** Scripts written right to left; a majority of their letters makes a text rtl. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/gu;
const DIRECTION_SAMPLE = 20_000;

/**
 * Direction from the letters themselves rather than the language guess, so a short or mixed
 * text still gets it right: quoted English names in an Arabic article stay a minority.
 */
export function guessDirection(text: string): MetadataHint | null {
  const sample = text.slice(0, DIRECTION_SAMPLE);
  const letters = countLetters(sample);
  if (letters === 0) return null;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  const share = rtl / letters;
  const value = share > 0.5 ? 'rtl' : 'ltr';
  // Sure when one side clearly dominates a fair sample; a near half-and-half text is not.
  const lopsided = Math.abs(share - 0.5) * 2;
  const confidence = letters < 40 ? 0.5 : Math.round((0.6 + 0.35 * lopsided) * 100) / 100;
  return { field: 'direction', value, confidence, from: 'script' };
}
