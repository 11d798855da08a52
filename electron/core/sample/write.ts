import { ParleyError, type OperationName, type RequestOf, type ResponseOf } from '../../../shared/contract';
import { currentVersion, type Annotation, type RecordLink } from '../../../shared/model';
import { dispatch } from '../dispatch';
import type { OpenNotebook } from '../notebook';
import { SAMPLE_ANNOTATIONS, SAMPLE_ARTICLES, type SampleAnnotationKey, type SampleArticleKey, type SampleLink } from './annotations';
import { sampleBrief } from './brief';
import { proposalFacts } from './proposal';
import { SAMPLE_BRIEF_TITLE, SAMPLE_ENTITIES, SAMPLE_PROPOSAL, type SampleEntityKey } from './records';

type Ask = <K extends OperationName>(operation: K, request: RequestOf<K>) => Promise<ResponseOf<K>>;

/**
 * Fills an open, empty notebook with the sample through the contract, exactly as the
 * researcher's own clicks would: paste, confirm metadata, create records, annotate, write.
 */
export async function fillSample(notebook: OpenNotebook): Promise<void> {
  const ask: Ask = async (operation, request) => {
    const result = await dispatch(notebook.handlers, operation, request);
    if (!result.ok) throw new ParleyError(result.error.code, `The sample notebook could not be written (${operation}): ${result.error.message}`);
    return result.value as never;
  };

  const sources = new Map<SampleArticleKey, { id: string; text: string }>();
  for (const [key, article] of Object.entries(SAMPLE_ARTICLES) as [SampleArticleKey, (typeof SAMPLE_ARTICLES)[SampleArticleKey]][]) {
    const outcome = await ask('sources.importText', { text: article.text, title: article.title });
    if (outcome.status !== 'imported') throw new ParleyError('conflict', `The sample article “${article.title}” was imported twice.`);
    const { id } = outcome.source;
    await ask('sources.update', {
      id,
      fields: {
        title: article.title,
        outlet: article.outlet,
        authors: article.authors,
        publishedAt: { precision: 'day', date: article.publishedAt },
        language: 'en',
        direction: 'ltr',
        metadataConfirmed: true,
      },
    });
    // Offsets are taken from the text as the notebook stored it, not as it was pasted.
    sources.set(key, { id, text: currentVersion(await ask('sources.get', { id })).text });
  }

  const entities = new Map<SampleEntityKey, string>();
  for (const [key, fields] of Object.entries(SAMPLE_ENTITIES) as [SampleEntityKey, (typeof SAMPLE_ENTITIES)[SampleEntityKey]][]) {
    entities.set(key, (await ask('entities.create', fields)).id);
  }
  const entity = (key: SampleEntityKey) => entities.get(key)!;
  const proposal = await ask('proposals.create', SAMPLE_PROPOSAL);

  const annotations = new Map<SampleAnnotationKey, Annotation>();
  for (const [key, plan] of Object.entries(SAMPLE_ANNOTATIONS) as [SampleAnnotationKey, (typeof SAMPLE_ANNOTATIONS)[SampleAnnotationKey]][]) {
    const source = sources.get(plan.article)!;
    const start = onlyPlaceOf(source.text, plan.quote);
    const links = plan.links.map((link: SampleLink): RecordLink =>
      'proposal' in link
        ? { kind: 'proposal', recordId: proposal.id, role: link.proposal }
        : { kind: 'entity', recordId: entity(link.entity), role: link.role ?? 'mention' },
    );
    const comment = 'comment' in plan ? plan.comment : '';
    const created = await ask('annotations.create', { sourceId: source.id, start, end: start + plan.quote.length, links, comment, tags: plan.tags });
    annotations.set(key, created);
  }
  const annotation = (key: SampleAnnotationKey) => annotations.get(key)!;

  await ask('proposals.update', { id: proposal.id, fields: proposalFacts({ entity, annotation: (key) => annotation(key).id }) });

  const brief = await ask('briefs.create', { title: SAMPLE_BRIEF_TITLE });
  await ask('briefs.update', { id: brief.id, fields: { content: sampleBrief({ annotation, entity, proposalId: proposal.id }) } });
}

/** A quote found twice would anchor an annotation to the wrong words: the sample's texts must say each once. */
function onlyPlaceOf(text: string, quote: string): number {
  const start = text.indexOf(quote);
  if (start < 0 || text.indexOf(quote, start + 1) >= 0) {
    throw new ParleyError('internal', `The sample’s quote “${quote}” is not found exactly once in its article.`);
  }
  return start;
}
