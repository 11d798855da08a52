import type { Annotation, Entity, Proposal, SourceMeta } from '../../../shared/model';
import type { BriefExportContext } from '../../../shared/brief';

/** A brief with headings, a nested list, emphasis, links, three citations and two record chips. */
export const ids = {
  sourceA: '00000000-0000-4000-8000-00000000000a',
  sourceB: '00000000-0000-4000-8000-00000000000b',
  ann1: '00000000-0000-4000-8000-000000000001',
  ann2: '00000000-0000-4000-8000-000000000002',
  ann3: '00000000-0000-4000-8000-000000000003',
  entity: '00000000-0000-4000-8000-0000000000e1',
  deletedEntity: '00000000-0000-4000-8000-0000000000e2',
  version: '00000000-0000-4000-8000-0000000000f1',
};

const stamp = { createdAt: '2024-03-03T10:00:00Z', updatedAt: '2024-03-03T10:00:00Z', rev: 1 };
const text = (t: string, format = 0) => ({ type: 'text', text: t, format, version: 1, detail: 0, mode: 'normal', style: '' });
const cite = (annotationId: string, sourceId: string, quote: string) => ({ type: 'citation', version: 1, annotationId, sourceId, quote });
const para = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children });
const item = (...children: unknown[]) => ({ type: 'listitem', version: 1, value: 1, children });

export const briefDocument = {
  root: {
    type: 'root',
    version: 1,
    children: [
      { type: 'heading', tag: 'h2', version: 1, children: [text('Where the talks stand')] },
      para(
        text('The '),
        text('draft', 1),
        text(' was '),
        text('leaked', 2),
        text(' and '),
        text('signed', 8),
        text(': '),
        cite(ids.ann1, ids.sourceA, 'a 48-hour pause'),
        text(' according to '),
        { type: 'record-mention', version: 1, kind: 'entity', recordId: ids.entity, label: 'Old Name' },
        text('.'),
      ),
      para(text('Escapes: a < b && c *not bold* _nor italic_ #1')),
      {
        type: 'list',
        listType: 'bullet',
        version: 1,
        children: [
          item(text('First point '), cite(ids.ann2, ids.sourceA, 'hostages released')),
          item({ type: 'list', listType: 'number', version: 1, children: [item(text('nested one')), item(text('nested two'))] }),
          item(text('Second point, see '), { type: 'link', url: 'https://example.org/a?b=1', version: 1, children: [text('the report')] }),
        ],
      },
      { type: 'heading', tag: 'h3', version: 1, children: [text('Reactions')] },
      { type: 'quote', version: 1, children: [text('One line'), { type: 'linebreak', version: 1 }, text('two lines')] },
      para(
        cite(ids.ann3, ids.sourceB, 'rejected outright'),
        text(' by '),
        { type: 'record-mention', version: 1, kind: 'entity', recordId: ids.deletedEntity, label: 'Gone Person' },
        text(' '),
        { type: 'link', url: 'javascript:alert(1)', version: 1, children: [text('bad link')] },
      ),
    ],
  },
};

function source(id: string, title: string, outlet: string, publishedAt: SourceMeta['publishedAt'], url: string | null): SourceMeta {
  return {
    id, ...stamp, title, outlet, authors: [], publishedAt, url, language: 'en', direction: 'ltr', metadataConfirmed: true,
    importedAt: stamp.createdAt, fileName: null, format: 'txt', currentVersionId: ids.version, contentHash: '0'.repeat(64), guesses: {},
  };
}

export function annotation(id: string, sourceId: string, exact: string, anchoring: Annotation['anchoring'] = 'anchored'): Annotation {
  return {
    id, ...stamp, sourceId, versionId: ids.version, anchoring, links: [], comment: '', tags: [],
    target: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
  };
}

const entity: Entity = {
  id: ids.entity, ...stamp, kind: 'person', name: 'Current Name', aliases: [], title: '', description: '', notes: null,
  ignoredMentions: [], ignoredNames: [],
};

export const context: BriefExportContext = {
  title: 'Ceasefire <brief> & notes',
  annotations: new Map([
    [ids.ann1, annotation(ids.ann1, ids.sourceA, 'a 48-hour pause')],
    [ids.ann2, annotation(ids.ann2, ids.sourceA, 'hostages released')],
    [ids.ann3, annotation(ids.ann3, ids.sourceB, 'rejected outright')],
  ]),
  sources: new Map([
    [ids.sourceA, source(ids.sourceA, 'Talks resume', 'Daily Wire', { precision: 'day', date: '2024-03-03' }, 'https://news.example/talks')],
    [ids.sourceB, source(ids.sourceB, 'A firm no', 'Evening Post', { precision: 'month', date: '2024-04' }, null)],
  ]),
  entities: new Map([[ids.entity, entity]]),
  proposals: new Map<string, Proposal>(),
};
