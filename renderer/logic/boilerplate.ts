import type { BoilerplateReason, BoilerplateSpan } from '../../shared/model';

/** The engine's reasons, in the words a researcher would use for them. */
export const REASON_LABELS: Record<BoilerplateReason, string> = {
  navigation: 'Navigation',
  'share-prompt': 'Share prompt',
  copyright: 'Copyright line',
  'photo-credit': 'Photo credit',
  caption: 'Caption',
  'author-bio': 'Author bio',
  newsletter: 'Newsletter sign-up',
  'related-links': 'Related links',
  advertisement: 'Advertisement',
  comments: 'Comments',
};

/** Spans are whole lines or paragraphs; counting their lines matches what the reader sees. */
export function furnitureLineCount(spans: readonly BoilerplateSpan[]): number {
  return spans.reduce((sum, span) => sum + Math.max(1, span.text.split('\n').filter((l) => l.trim()).length), 0);
}

export function furnitureSentence(spans: readonly BoilerplateSpan[]): string {
  const lines = furnitureLineCount(spans);
  return `Parley found ${lines} ${lines === 1 ? 'line that looks' : 'lines that look'} like outlet furniture`;
}

/**
 * The spans the researcher kept ticked, in text order and without overlaps: the engine
 * removes them from one text, and overlapping or unordered spans would be ambiguous.
 */
export function spansToTrim(spans: readonly BoilerplateSpan[], checked: ReadonlySet<number>): Array<{ start: number; end: number }> {
  const chosen = spans
    .filter((_, index) => checked.has(index))
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of chosen) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}
