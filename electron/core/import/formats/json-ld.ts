/** What one schema.org article node in a page's JSON-LD says about the article. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  language: string | null;
}

const articleTypes = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle', 'blogposting', 'report']);
/** JSON-LD in real pages is a few levels deep; deeper is not metadata anyone wrote by hand. */
const maxDepth = 6;
const maxNodes = 5_000;

type JsonObject = Record<string, unknown>;

/**
 * Article nodes in a page's JSON-LD blocks: a node itself, an array of nodes, or an `@graph`,
 * where authors and publishers are often separate nodes referred to by `@id`. Blocks that
 * are not JSON are ignored, as browsers do; nothing here runs code.
 */
export function articlesInJsonLd(blocks: string[]): JsonLdArticle[] {
  const nodes: JsonObject[] = [];
  for (const block of blocks) {
    try {
      collectNodes(JSON.parse(block) as unknown, nodes, 0);
    } catch {
      // Not JSON: a CMS template error, or not metadata at all.
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
    return value;
  };
  return nodes.filter(isArticle).map((node) => ({
    headline: firstString(node.headline) ?? firstString(node.name),
    datePublished: firstString(node.datePublished) ?? firstString(node.dateCreated),
    authors: asList(node.author).map(resolve).map(nameOf).filter((name): name is string => name !== null),
    publisher: nameOf(resolve(asList(node.publisher)[0])),
    url: firstString(node.url) ?? urlOf(resolve(node.mainEntityOfPage)),
    language: firstString(node.inLanguage) ?? nameOf(node.inLanguage),
  }));
}

function collectNodes(value: unknown, into: JsonObject[], depth: number): void {
  if (depth > maxDepth || into.length >= maxNodes) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
  } else if (isObject(value)) {
    into.push(value);
    if (Array.isArray(value['@graph'])) collectNodes(value['@graph'], into, depth + 1);
  }
}

function isArticle(node: JsonObject): boolean {
  return asList(node['@type']).some((type) => typeof type === 'string' && articleTypes.has(type.replace(/^.*[/#:]/, '').toLowerCase()));
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return isObject(value) ? firstString(value.name) : null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return isObject(value) ? (firstString(value['@id']) ?? firstString(value.url)) : null;
}

function firstString(value: unknown): string | null {
  const first = asList(value)[0];
  return typeof first === 'string' ? first : null;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
