import { createHash } from 'node:crypto';
import { describeSpan } from '../../../shared/anchoring/describe';
import { SCHEMA_VERSION, type Annotation, type RecordLink, type SourceFile, type SourceMeta } from '../../../shared/model';
import type { Article } from './article';
import type { Cast } from './cast';
import type { Random } from './random';
import { dayOf, instantOf, stampOf } from './stamps';
import { ENDINGS, FIRST_NAMES, ONSETS, OUTLETS } from './vocabulary';

const TAGS = ['check', 'disputed', 'wire copy', 'first report', 'numbers'];

/** A source as an import would have left it, with `annotationCount` annotations on its text. */
export function sourceOf(random: Random, cast: Cast, article: Article, index: number, annotationCount: number): { meta: SourceMeta; file: SourceFile } {
  const day = random.int(0, 90);
  const stamp = stampOf(random, day);
  const outlet = random.pick(OUTLETS);
  const version = {
    id: random.uuid(),
    text: article.text,
    hash: createHash('sha256').update(article.text, 'utf8').digest('hex'),
    createdAt: stamp.createdAt,
    reason: 'imported' as const,
  };
  const meta: SourceMeta = {
    ...stamp,
    title: article.title,
    outlet,
    authors: [`${random.pick(FIRST_NAMES)} ${random.pick(ONSETS)}${random.pick(ENDINGS)}`],
    publishedAt: { precision: 'day', date: dayOf(day - random.int(0, 2)) },
    url: `https://news.example/${outlet.toLowerCase().replace(/[^a-z]+/g, '-')}/${index + 1}`,
    language: 'en',
    direction: 'auto',
    metadataConfirmed: true,
    importedAt: stamp.createdAt,
    fileName: `article-${index + 1}.html`,
    format: 'html',
    currentVersionId: version.id,
    contentHash: version.hash,
    guesses: {},
  };
  const annotations = annotate(random, cast, article, meta.id, version.id, day, annotationCount);
  return { meta, file: { schemaVersion: SCHEMA_VERSION, sourceId: meta.id, versions: [version], annotations, tombstones: [] } };
}

/**
 * A researcher's annotations: proposal claims linked as terms or status steps, names linked
 * to their entities, and a few plain highlights with a comment and tags.
 */
function annotate(random: Random, cast: Cast, article: Article, sourceId: string, versionId: string, day: number, count: number): Annotation[] {
  const annotations: Annotation[] = [];
  const entityById = new Map(cast.entities.map((e) => [e.id, e]));
  for (let i = 0; i < count; i += 1) {
    const roll = random.next();
    let span: { start: number; end: number } | undefined;
    let links: RecordLink[] = [];
    if (roll < 0.3 && article.claims.length > 0) {
      const claim = random.pick(article.claims);
      span = claim;
      links = [{ kind: 'proposal', recordId: claim.proposalId, role: claim.role }];
    } else if (roll < 0.9 && article.mentions.length > 0) {
      const mention = random.pick(article.mentions);
      span = mention;
      if (entityById.has(mention.entityId)) links = [{ kind: 'entity', recordId: mention.entityId, role: 'mention' }];
    }
    span ??= plainSpan(random, article.text);
    annotations.push({
      ...stampOf(random, day + random.int(0, 5)),
      links,
      comment: links.length === 0 ? 'Check this against the wire copy.' : '',
      tags: links.length === 0 || random.chance(0.1) ? [random.pick(TAGS)] : [],
      sourceId,
      versionId,
      target: describeSpan(article.text, span.start, span.end),
      anchoring: 'anchored',
    });
  }
  return annotations;
}

/** A few whole words somewhere in the text: they start after a space and end before one. */
function plainSpan(random: Random, text: string): { start: number; end: number } {
  const from = random.int(0, Math.max(0, text.length - 80));
  const start = from === 0 ? 0 : text.indexOf(' ', from) + 1;
  let end = start;
  for (let w = random.int(1, 6); w > 0; w -= 1) {
    const next = text.indexOf(' ', end + 1);
    if (next < 0) return { start, end: text.length };
    end = next;
  }
  return { start, end: Math.max(end, start + 1) };
}

/** When a moment of the corpus happened, for records created after the sources they cite. */
export function laterInstant(random: Random): string {
  return instantOf(random, 95);
}
