/**
 * A brief document as lines a person can read in a test: "# heading" (one # per level),
 * "- item" for list items, plain lines for paragraphs; citations as [“quote”] and record
 * chips as @label, so a test states what the researcher would see, in order.
 */
type Node = { type: string; children?: Node[]; [field: string]: unknown };

export function outline(document: unknown): string[] {
  const root = (document as { root: Node }).root;
  return (root.children ?? []).flatMap(block);
}

function block(node: Node): string[] {
  switch (node.type) {
    case 'heading':
      return [`${'#'.repeat(Number(String(node.tag).slice(1)))} ${inline(node.children ?? [])}`];
    case 'list':
      return (node.children ?? []).map((item) => `- ${inline(item.children ?? [])}`);
    default:
      return [inline(node.children ?? [])];
  }
}

function inline(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return String(node.text);
      if (node.type === 'citation') return `[“${String(node.quote)}”]`;
      if (node.type === 'record-mention') return `@${String(node.label)}`;
      return inline(node.children ?? []);
    })
    .join('');
}
