import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, type ILevelsOptions } from 'docx';
import { isBriefDocument, type BriefExportContext } from '../../../shared/brief/document';
import { asNode, childrenOf, renderInline } from './docx-inline';
import { BriefReferences } from './docx-references';

const HEADINGS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
} as const;

const BULLETS = 'brief-bullet';
const NUMBERS = 'brief-number';
const QUOTE_STYLE = 'Quote';
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list']);
const BULLET_GLYPHS = ['\u2022', '\u25e6', '\u25aa'];

function levels(ordered: boolean): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : (BULLET_GLYPHS[level % BULLET_GLYPHS.length] ?? '\u2022'),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/** Walks the brief's blocks; every Lexical list becomes its own Word list instance so numbering restarts at 1. */
class BriefBody {
  private listCount = 0;

  constructor(private readonly refs: BriefReferences) {}

  blocks(nodes: readonly unknown[]): Paragraph[] {
    return nodes.flatMap((value) => {
      const node = asNode(value);
      return node ? this.block(node) : [];
    });
  }

  list(items: readonly string[], ordered: boolean): Paragraph[] {
    const instance = ++this.listCount;
    const reference = ordered ? NUMBERS : BULLETS;
    return items.map((text) => new Paragraph({ text, numbering: { reference, level: 0, instance } }));
  }

  private block(node: Record<string, unknown>): Paragraph[] {
    const children = childrenOf(node);
    switch (node.type) {
      case 'paragraph':
        return [new Paragraph({ children: renderInline(children, this.refs) })];
      case 'heading': {
        const heading = HEADINGS[String(node.tag) as keyof typeof HEADINGS] ?? HeadingLevel.HEADING_1;
        return [new Paragraph({ heading, children: renderInline(children, this.refs) })];
      }
      case 'quote':
        return [new Paragraph({ style: QUOTE_STYLE, children: renderInline(children, this.refs) })];
      case 'list':
        return this.lexicalList(node, 0);
    }
    // A container we don't know (a plugin's node, say) keeps its blocks; anything else its text.
    if (children.some((child) => BLOCK_TYPES.has(String(asNode(child)?.type)))) return this.blocks(children);
    return [new Paragraph({ children: renderInline([node], this.refs) })];
  }

  private lexicalList(list: Record<string, unknown>, level: number): Paragraph[] {
    const reference = list.listType === 'number' ? NUMBERS : BULLETS;
    const instance = ++this.listCount;
    const depth = Math.min(level, 8);
    return childrenOf(list).flatMap((value) => {
      const item = asNode(value);
      if (!item) return [];
      // Lexical nests a sub-list inside a list item of its own, beside the item's words.
      const parts = childrenOf(item);
      const words = parts.filter((part) => asNode(part)?.type !== 'list');
      const nested = parts.flatMap((part) => {
        const child = asNode(part);
        return child?.type === 'list' ? this.lexicalList(child, level + 1) : [];
      });
      const own = words.length > 0 ? [new Paragraph({ numbering: { reference, level: depth, instance }, children: renderInline(words, this.refs) })] : [];
      return [...own, ...nested];
    });
  }
}

/**
 * Renders a brief (Lexical JSON) as a Word document: heading styles, real numbering, real
 * footnotes for citations, then the sources cited and the records mentioned.
 */
export async function renderBriefDocx(document: unknown, context: BriefExportContext): Promise<Buffer> {
  if (!isBriefDocument(document)) throw new Error('Not a brief document: expected Lexical JSON with a root node.');
  const refs = new BriefReferences(context);
  const body = new BriefBody(refs);
  const content = [new Paragraph({ heading: HeadingLevel.TITLE, text: context.title }), ...body.blocks(document.root.children)];

  const sources = refs.sources();
  if (sources.length > 0) content.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Sources' }), ...body.list(sources, true));
  const records = refs.records();
  if (records.length > 0) content.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Records mentioned' }), ...body.list(records, false));

  const doc = new Document({
    title: context.title,
    creator: 'Parley',
    styles: {
      paragraphStyles: [
        {
          id: QUOTE_STYLE,
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          paragraph: { indent: { left: 720, right: 720 } },
          run: { italics: true },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels(false) },
        { reference: NUMBERS, levels: levels(true) },
      ],
    },
    // Footnotes are known only after the body is walked, which is why the body is built first.
    footnotes: refs.footnotes(),
    sections: [{ children: content }],
  });
  return Packer.toBuffer(doc);
}
