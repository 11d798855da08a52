import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parley } from './support/cli';
import { tempNotebookDir } from './support/serve';

/** An article page as an outlet publishes it: the outlet and the day in its metadata. */
function article(title: string, outlet: string, day: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${day}T09:00:00Z"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

const HARBOUR = article('Corridor talks stall', 'Harbour Gazette', '2031-03-04', [
  'Negotiators met in São Tomé on Tuesday to discuss a humanitarian corridor for the harbour.',
  'The ceasefire held overnight, officials said, though shelling resumed near the port at dawn.',
]);
const CONVOY = article('Aid convoy waits', 'Coastal Wire', '2031-04-10', [
  'Humanitarian aid reached the edge of the corridor before the convoy was turned back.',
  'Delegates who flew in from Sao Tome said the talks would continue in Doha.',
]);

const RESULT_KEYS = ['kind', 'id', 'title', 'sourceId', 'start', 'end', 'snippet', 'score'];

async function ok(args: string[]) {
  const run = await parley(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run;
}

describe('parley search', () => {
  let notebook: string;
  let nb: string[];
  let harbour: { id: string; text: string };
  let convoy: string;

  // Searching only reads, so the tests share one notebook built through the CLI.
  beforeAll(async () => {
    notebook = await tempNotebookDir('search');
    nb = ['--notebook', notebook];
    const files = [join(dirname(notebook), 'harbour.html'), join(dirname(notebook), 'convoy.html')];
    await writeFile(files[0]!, HARBOUR);
    await writeFile(files[1]!, CONVOY);
    const imported = (await ok(['import', ...files, ...nb, '--json'])).json.imported as Array<{ id: string; title: string }>;
    const harbourId = imported.find((s) => s.title === 'Corridor talks stall')!.id;
    convoy = imported.find((s) => s.title === 'Aid convoy waits')!.id;
    harbour = { id: harbourId, text: (await ok(['show', 'source', harbourId, ...nb, '--json'])).json.text };
    await ok(['entity', 'add', 'Rami Haddad', ...nb]);
    await ok(['annotate', harbourId, '--quote', 'Negotiators met in São Tomé', '--entity', 'Rami Haddad', '--tag', 'venue', ...nb]);
    await ok(['annotate', convoy, '--quote', 'the talks would continue in Doha', '--tag', 'venue', ...nb]);
  });

  it('prints a phrase’s results as JSON with exactly the documented keys, landing on the words in the text', async () => {
    const run = await ok(['search', '"humanitarian corridor"', ...nb, '--json']);
    expect(Object.keys(run.json)).toEqual(['results']);
    expect(run.json.results).toHaveLength(1); // the convoy story has both words, but apart
    const [result] = run.json.results;
    expect(Object.keys(result)).toEqual(RESULT_KEYS);
    expect(result).toMatchObject({ kind: 'source', id: harbour.id, title: 'Corridor talks stall', sourceId: harbour.id });
    expect(harbour.text.slice(result.start, result.end)).toBe('humanitarian corridor');
    expect(result.snippet).toContain('discuss a humanitarian corridor for the harbour');
    expect(result.score).toBeGreaterThan(0);
  });

  /** What a search finds: sources by name, other results by kind. */
  async function ids(args: string[]): Promise<string[]> {
    const results = (await ok(['search', ...args, ...nb, '--json'])).json.results as Array<{ id: string; kind: string }>;
    return results.map((r) => (r.id === harbour.id ? 'harbour' : r.id === convoy ? 'convoy' : r.kind));
  }

  it('finds words by prefix and despite accents, and keeps the kind and outlet asked for', async () => {
    expect((await ids(['sao', 'tome'])).sort()).toEqual(['annotation', 'convoy', 'harbour']);
    expect(await ids(['negot', '--kind', 'source'])).toEqual(['harbour']);
    expect(await ids(['talks', '--kind', 'source', '--outlet', 'coastal wire'])).toEqual(['convoy']);
  });

  it('keeps sources in a date range, a linked record’s annotations and sources, a tag, and at most the limit', async () => {
    expect(await ids(['--kind', 'source', '--from', '2031-04'])).toEqual(['convoy']);
    expect(await ids(['--kind', 'source', '--to', '2031-03-04'])).toEqual(['harbour']);
    expect((await ids(['--record', 'Rami Haddad'])).sort()).toEqual(['annotation', 'entity', 'harbour']);
    expect(await ids(['--tag', 'venue', '--outlet', 'Harbour Gazette'])).toEqual(['annotation']);
    expect(await ids(['--tag', 'venue', '--limit', '1'])).toHaveLength(1);
  });

  it('prints readable lines with the matched words marked', async () => {
    const run = await ok(['search', 'ceasfire', ...nb]);
    expect(run.stdout).toMatch(/^1 result for “ceasfire”:/);
    expect(run.stdout).toMatch(new RegExp(`source\\s+Corridor talks stall  ${harbour.id} @\\d+-\\d+\\n\\s+.*The \\[ceasefire\\] held overnight`));
    const none = await ok(['search', 'lighthouse', ...nb]);
    expect(none.stdout).toBe('Nothing found for “lighthouse”.\n');
  });

  it('refuses a date that is not one, a backwards range and an unknown kind, with exit status 2', async () => {
    const badDate = await parley(['search', 'talks', '--from', '2031-02-30', ...nb]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--from “2031-02-30” is not a date');
    const backwards = await parley(['search', 'talks', '--from', '2031-05-01', '--to', '2031-04-01', ...nb, '--json']);
    expect(backwards.status).toBe(2);
    expect(backwards.json.error.message).toContain('2031-05-01 is after 2031-04-01');
    const kind = await parley(['search', 'talks', '--kind', 'tweet', ...nb]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('--kind “tweet” is not a kind');
  });
});
