/** mammoth's block elements: each one is a paragraph of Parley text. */
const blockTag = /<\/?(?:p|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|blockquote|dl|dt|dd)(?:\s[^>]*)?>/g;

/**
 * mammoth's HTML for a Word document to plain text. mammoth writes a small, regular subset
 * of HTML and escapes every character of the document's text, so a linear pass over tags is
 * exact here (this is never used on HTML from elsewhere, which goes through DOMPurify).
 * Its raw-text mode is not used because it drops Word's line breaks, gluing sentences.
 */
export function textOfWordHtml(html: string): string {
  return decodeEntities(
    html
      // The "↑" links mammoth adds after each footnote, back to its reference.
      .replace(/<a href="#(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>/g, '')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(blockTag, '\n\n')
      .replace(/<[^>]*>/g, ''),
  );
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return named[name.toLowerCase()] ?? whole;
    const code = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
