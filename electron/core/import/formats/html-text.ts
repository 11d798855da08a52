/** Elements that start and end a paragraph of their own. */
const blocks = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text, even if a sanitised page still holds one. */
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED']);

/** Site furniture by its own markup: menus, sidebars, page headers and footers. */
const furniture = new Set(['NAV', 'ASIDE', 'HEADER', 'FOOTER']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The plain text of a (sanitised) DOM subtree: each block element is a paragraph, inline
 * text runs together with HTML's whitespace collapsed, `<br>` is a line break and `<pre>`
 * keeps its lines. With `skipFurniture`, nav/aside/header/footer elements are left out. Iterative, so a page nested a hundred thousand levels deep cannot
 * overflow the stack, and linear in the size of the tree.
 */
export function plainTextOf(root: Node, { skipFurniture = false } = {}): string {
  const paragraphs: string[] = [];
  let line: string[] = [];
  const flush = () => {
    const text = line
      .join('')
      .split('\n')
      .map((l) => l.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .trim();
    if (text) paragraphs.push(text);
    line = [];
  };

  // Each stack entry is a node to enter, or (as `leave`) a block element being left.
  const stack: { node: Node; leave?: true }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop() as { node: Node; leave?: true };
    if (leave) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      // HTML whitespace only: a no-break space is the author's and stays.
      line.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (skipped.has(tag) || (skipFurniture && furniture.has(tag)) || (node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute('hidden'))) continue;
    if (tag === 'BR') {
      line.push('\n');
      continue;
    }
    if (tag === 'PRE') {
      flush();
      const pre = (node.textContent ?? '').replace(/^\n/, '');
      for (const part of pre.split(/\n[ \t]*\n/)) if (part.trim()) paragraphs.push(part.replace(/\s+$/, ''));
      continue;
    }
    const isBlock = blocks.has(tag);
    if (isBlock) {
      flush();
      stack.push({ node, leave: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node });
  }
  flush();
  return paragraphs.join('\n\n');
}

/** How many elements deep the tree under `root` goes, found without recursion. */
export function nestingDepthOf(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (depth > deepest) deepest = depth;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
  }
  return deepest;
}
