/** One of the sample's articles: pasted text and the metadata a researcher would confirm. */
export interface SampleArticle {
  title: string;
  outlet: string;
  authors: string[];
  /** YYYY-MM-DD. */
  publishedAt: string;
  text: string;
}

/** Paragraphs are written one per array entry and joined as pasted text joins them. */
export function paragraphs(...lines: string[]): string {
  return lines.join('\n\n');
}
