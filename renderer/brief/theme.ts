import { BOLD_ITALIC_STAR, BOLD_STAR, BOLD_UNDERSCORE, HEADING, ITALIC_STAR, ITALIC_UNDERSCORE, LINK, ORDERED_LIST, QUOTE, UNORDERED_LIST, type Transformer } from '@lexical/markdown';
import type { EditorThemeClasses } from 'lexical';

/** Class names for the brief's blocks and marks; the look lives in styles/brief.css. */
export const BRIEF_THEME: EditorThemeClasses = {
  paragraph: 'brief-doc__p',
  heading: { h1: 'brief-doc__h1', h2: 'brief-doc__h2', h3: 'brief-doc__h3', h4: 'brief-doc__h3', h5: 'brief-doc__h3', h6: 'brief-doc__h3' },
  quote: 'brief-doc__quote',
  list: { ul: 'brief-doc__ul', ol: 'brief-doc__ol', listitem: 'brief-doc__li', nested: { listitem: 'brief-doc__li--nested' } },
  link: 'brief-doc__link',
  text: { bold: 'brief-doc__bold', italic: 'brief-doc__italic', underline: 'brief-doc__underline' },
};

/**
 * Markdown typed as you go: headings, quotes, lists, emphasis and links. No code blocks or
 * inline code: a brief is prose, and the exports have no place for them.
 */
export const BRIEF_MARKDOWN: Transformer[] = [HEADING, QUOTE, UNORDERED_LIST, ORDERED_LIST, BOLD_ITALIC_STAR, BOLD_STAR, BOLD_UNDERSCORE, ITALIC_STAR, ITALIC_UNDERSCORE, LINK];
