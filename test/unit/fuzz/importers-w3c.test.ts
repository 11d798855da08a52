import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { OpenNotebook } from '../../../electron/core/notebook';
import type { AnnotationImportReport } from '../../../shared/contract';
import { must, newNotebook } from '../core/support/notebook';
import { filesUnder } from '../bundle/support';

const TEXT = 'PORT SELEN — Mediators floated a 48-hour pause. Ferreira said 停火 would hold 🕊️ from dawn.';

/** A notebook with a source, an entity and an annotation linking them; its W3C export to mutate. */
async function annotatedNotebook(): Promise<{ notebook: OpenNotebook; sourceId: string; exported: string }> {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text: TEXT, title: 'Harbour talks' });
  if (outcome.status !== 'imported') throw new Error('expected a new source');
  const ferreira = await must(notebook, 'entities.create', { name: 'Daniel Ferreira' });
  const start = TEXT.indexOf('Ferreira');
  await must(notebook, 'annotations.create', {
    sourceId: outcome.source.id,
    start,
    end: start + 'Ferreira'.length,
    links: [{ kind: 'entity', recordId: ferreira.id }],
    comment: 'named here',
  });
  const { content } = await must(notebook, 'annotations.export', { format: 'w3c' });
  return { notebook, sourceId: outcome.source.id, exported: content };
}

/** The notebook's own files (not its lock or backups), byte for byte. */
async function notebookFiles(notebook: OpenNotebook): Promise<Map<string, string>> {
  const all = await filesUnder(notebook.path);
  return new Map([...all].filter(([path]) => /^(notebook\.json|sources\/|briefs\/)/.test(path)));
}

/** Anything in any place: the shapes an importer meets when a file is not what it claims. */
const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.integer(), fc.constant(null), fc.constant(-1), fc.constant(1e308));

/** Documents shaped like Web Annotations, with junk where the values go. */
function w3cLike(sourceId: string) {
  const selector = fc.record({
    type: fc.oneof(fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'RangeSelector'), junk),
    exact: fc.oneof(fc.constantFrom('Ferreira', '停火', '🕊️', ''), junk),
    prefix: junk,
    suffix: junk,
    start: fc.oneof(fc.integer({ min: -5, max: 200 }), junk),
    end: fc.oneof(fc.integer({ min: -5, max: 200 }), junk),
  });
  const annotation = fc.record(
    {
      '@context': fc.oneof(fc.constant('http://www.w3.org/ns/anno.jsonld'), junk),
      id: fc.oneof(fc.uuid().map((u) => `urn:uuid:${u}`), junk),
      type: fc.oneof(fc.constant('Annotation'), junk),
      motivation: junk,
      body: fc.oneof(fc.array(fc.record({ type: junk, value: junk, purpose: junk, source: junk })), junk),
      target: fc.oneof(
        fc.record({ source: fc.oneof(fc.constant(`urn:uuid:${sourceId}`), junk), selector: fc.oneof(fc.array(selector), selector, junk) }),
        junk,
      ),
    },
    { requiredKeys: [] },
  );
  const page = fc.record({ type: fc.constant('AnnotationPage'), items: fc.oneof(fc.array(annotation, { maxLength: 4 }), junk) });
  return fc.oneof(
    annotation,
    fc.array(annotation, { maxLength: 4 }),
    page,
    fc.record({ type: fc.constant('AnnotationCollection'), first: fc.oneof(page, junk), total: junk }),
  ).map((document) => JSON.stringify(document));
}

/** A real export with some of its values replaced by junk or removed. */
function mutatedExport(exported: string) {
  const changes = fc.array(fc.record({ at: fc.nat(), value: fc.option(junk, { nil: undefined }) }), { minLength: 1, maxLength: 5 });
  return changes.map((list) => {
    const document = JSON.parse(exported) as unknown;
    for (const { at, value } of list) {
      const slots = slotsOf(document);
      const [parent, key] = slots[at % slots.length]!;
      if (value === undefined && !Array.isArray(parent)) delete parent[key as string];
      else (parent as Record<string | number, unknown>)[key] = value ?? null;
    }
    return JSON.stringify(document);
  });
}

type Container = Record<string, unknown> | unknown[];
function slotsOf(value: unknown, found: Array<[Container, string | number]> = []): Array<[Container, string | number]> {
  if (typeof value !== 'object' || value === null) return found;
  for (const key of Object.keys(value)) {
    const slot = Array.isArray(value) ? Number(key) : key;
    found.push([value as Container, slot]);
    slotsOf((value as Record<string, unknown>)[key], found);
  }
  return found;
}

describe('fuzzing the W3C annotation importer', () => {
  it('answers any input with a value; a refusal is a clear error code and leaves the files byte-identical', async () => {
    const { notebook, sourceId, exported } = await annotatedNotebook();
    const content = fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 }), w3cLike(sourceId), mutatedExport(exported));
    await fc.assert(
      fc.asyncProperty(content, async (input) => {
        const before = await notebookFiles(notebook);
        const result = await dispatch(notebook.handlers, 'annotations.import', { content: input });
        if (result.ok) {
          const report = result.value as AnnotationImportReport;
          expect(report.failed.every((f) => typeof f.message === 'string' && f.message.length > 0)).toBe(true);
          if (report.imported > 0) return;
        } else {
          // Not JSON or not Web Annotations is an unsupported file; a malformed request is a bad request.
          expect(['bad-request', 'unsupported-file']).toContain(result.error.code);
        }
        expect(await notebookFiles(notebook)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  }, 180_000);
});
