import { beforeAll, describe, expect, it } from 'vitest';
import { parley } from './support/cli';
import { tempNotebookDir } from './support/serve';

// A wire story, a paper that runs two of its paragraphs and adds its own, and an unrelated report.
const WIRE_PARAGRAPHS = [
  'Harbour talks resume under mediator pressure',
  'PORT SELVA — Mediator Rami Haddad opened a fresh round of talks on Tuesday, telling delegations that a 48-hour pause in fighting around the harbour was within reach if both sides agreed to independent monitors.',
  'Under the draft seen by reporters, the first phase would see 200 prisoners released in exchange for the return of fishing crews detained since the winter, with a joint committee overseeing each transfer.',
  'Delegates from the coastal provinces arrived late after their convoy was held at a checkpoint for several hours, and the opening session was pushed back to the afternoon.',
];
const WIRE = WIRE_PARAGRAPHS.join('\n\n');
const PAPER = [
  'Pause within reach, mediator says',
  WIRE_PARAGRAPHS[1],
  'Local traders in the old market said they had heard such promises before and would believe in a pause when the boats could leave the harbour again without being turned back.',
  WIRE_PARAGRAPHS[2],
].join('\n\n');
const UNRELATED = [
  'Fishing season opens early in the northern bays',
  'Grace Okafor, who chairs the fishermen’s cooperative, opened the season on Monday with a blessing of the boats, a custom the villages have kept for more than a century.',
  'Prices for the first catch were higher than expected, buyers said, because cold water had kept the shoals close to shore.',
].join('\n\n');

async function paste(notebook: string, title: string, text: string): Promise<string> {
  const run = await parley(['import', '--paste', '--title', title, '--notebook', notebook, '--json'], { input: text });
  expect(run.status).toBe(0);
  return run.json.imported[0].id;
}

async function ok(args: string[]): Promise<void> {
  const run = await parley(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

/** Three sources, annotated through the CLI as a person would. */
async function threeSources() {
  const notebook = await tempNotebookDir('compare');
  const wire = await paste(notebook, 'Harbour talks resume', WIRE);
  const paper = await paste(notebook, 'Pause within reach', PAPER);
  const fishing = await paste(notebook, 'Fishing season opens', UNRELATED);
  const nb = ['--notebook', notebook];
  await ok(['entity', 'add', 'Rami Haddad', '--alias', 'Haddad', ...nb]);
  await ok(['entity', 'add', 'Grace Okafor', ...nb]);
  await ok(['annotate', wire, '--quote', 'Mediator Rami Haddad', '--entity', 'Rami Haddad', ...nb]);
  await ok(['annotate', paper, '--quote', 'Mediator Rami Haddad', '--entity', 'Haddad', ...nb]);
  await ok(['annotate', paper, '--quote', 'Haddad', '--entity', 'Rami Haddad', '--role', 'quote', ...nb]);
  await ok(['annotate', fishing, '--quote', 'Grace Okafor', '--entity', 'Grace Okafor', ...nb]);
  return { notebook, wire, paper, fishing, texts: { [wire]: WIRE, [paper]: PAPER, [fishing]: UNRELATED } as Record<string, string> };
}

describe('parley compare', () => {
  // Comparing only reads, so the three tests share one notebook (each CLI run starts a process).
  let setup: Awaited<ReturnType<typeof threeSources>>;
  beforeAll(async () => {
    setup = await threeSources();
  });

  it('prints the comparison of three sources as JSON: sources, shared passages, unique passages, coverage', async () => {
    const { notebook, wire, paper, fishing, texts } = setup;
    const run = await parley(['compare', wire, paper, fishing, '--notebook', notebook, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = run.json;
    expect(Object.keys(result)).toEqual(['sources', 'shared', 'unique', 'coverage']);
    expect(result.sources.map((s: { id: string; title: string }) => [s.id, s.title])).toEqual([
      [wire, 'Harbour talks resume'],
      [paper, 'Pause within reach'],
      [fishing, 'Fishing season opens'],
    ]);

    // The wire copy the paper ran is shared between those two only.
    expect(result.shared.length).toBeGreaterThan(0);
    for (const passage of result.shared) {
      expect(Object.keys(passage).sort()).toEqual(['a', 'b', 'similarity']);
      expect(new Set([passage.a.sourceId, passage.b.sourceId])).toEqual(new Set([wire, paper]));
      expect(passage.similarity).toBeGreaterThan(0);
      expect(passage.similarity).toBeLessThanOrEqual(1);
      for (const side of [passage.a, passage.b]) {
        expect(Object.keys(side).sort()).toEqual(['end', 'sourceId', 'start']);
        expect(side.end).toBeLessThanOrEqual(texts[side.sourceId]!.length);
        expect(side.start).toBeLessThan(side.end);
      }
    }
    const unique = result.unique as Array<{ sourceId: string; start: number; end: number }>;
    expect(unique.every((p) => Object.keys(p).sort().join() === 'end,sourceId,start')).toBe(true);
    expect(unique.some((p) => p.sourceId === fishing)).toBe(true);

    // Coverage: one row per linked record, counts per source, no mention ids.
    expect(result.coverage).toEqual([
      { recordId: expect.any(String), name: 'Rami Haddad', kind: 'entity', counts: { [wire]: 1, [paper]: 2, [fishing]: 0 } },
      { recordId: expect.any(String), name: 'Grace Okafor', kind: 'entity', counts: { [wire]: 0, [paper]: 0, [fishing]: 1 } },
    ]);
  });

  it('prints a readable summary without --json', async () => {
    const { notebook, wire, paper, fishing } = setup;
    const run = await parley(['compare', wire, paper, fishing, '--notebook', notebook]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Comparing 3 sources:\n\s+A\s+—\s+undated\s+Harbour talks resume/);
    expect(run.stdout).toMatch(/Shared by (A and B|B and A): \d+ passages?/);
    expect(run.stdout).toMatch(/\d+%\s+“/);
    expect(run.stdout).toMatch(/C\s+\d+ paragraphs?/);
    expect(run.stdout).toMatch(/record\s+kind\s+A\s+B\s+C\n\s+Rami Haddad\s+entity\s+1\s+2\s+0\n\s+Grace Okafor\s+entity\s+0\s+0\s+1/);
  });

  it('refuses fewer than two sources, a malformed id and an unknown source, with a sentence', async () => {
    const { notebook, wire } = setup;
    const one = await parley(['compare', wire, '--notebook', notebook]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('Name at least two sources to compare');
    const malformed = await parley(['compare', wire, 'harbour', '--notebook', notebook, '--json']);
    expect(malformed.status).toBe(2);
    expect(malformed.json.error.message).toContain('“harbour” is not a source id');
    const missing = '00000000-0000-4000-8000-00000000dead';
    const unknown = await parley(['compare', wire, missing, '--notebook', notebook, '--json']);
    expect(unknown.status).toBe(1);
    expect(unknown.json.error).toEqual({ code: 'not-found', message: `There is no source with id ${missing} in this notebook.` });
  });
});
