import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../electron/core/notebook';
import { parley } from './support/cli';
import { REPO_ROOT, serveNotebook, tempNotebookDir } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');
const CRLF_ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/corridor-monitors.txt');

describe('parley CLI', () => {
  it('imports a text file, lists it and shows it with its text and versions', async () => {
    const notebook = await tempNotebookDir('cli');
    const imported = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.json.imported).toHaveLength(1);
    const source = imported.json.imported[0];
    expect(source.title).toBe('Mediators float 48-hour pause as harbour talks resume in Valdoria');
    expect(source.id).toMatch(/^[0-9a-f-]{36}$/);

    const listed = await parley(['list', 'sources', '--notebook', notebook, '--json']);
    expect(listed.status).toBe(0);
    expect(listed.json.map((s: { id: string }) => s.id)).toEqual([source.id]);

    const shown = await parley(['show', 'source', source.id, '--notebook', notebook, '--json']);
    expect(shown.status).toBe(0);
    expect(shown.json.versions).toHaveLength(1);
    expect(shown.json.versions[0].reason).toBe('imported');
    expect(shown.json.text).toContain('pause fighting for 48 hours');
  });

  it('normalises CRLF line endings and prints a human summary without --json', async () => {
    const notebook = await tempNotebookDir('cli');
    const run = await parley(['import', CRLF_ARTICLE, '--notebook', notebook]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 imported, 0 duplicates, 0 failed/);
    const id = (await parley(['list', 'sources', '--notebook', notebook, '--json'])).json[0].id;
    const shown = await parley(['show', 'source', id, '--notebook', notebook, '--json']);
    expect(shown.json.text).not.toContain('\r');
    expect(shown.json.title).toBe('Corridor monitors named');
  });

  it('reports a duplicate instead of importing the same text twice', async () => {
    const notebook = await tempNotebookDir('cli');
    const first = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    const again = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    expect(again.status).toBe(0);
    expect(again.json.imported).toEqual([]);
    expect(again.json.duplicates).toEqual([{ file: ARTICLE, existingId: first.json.imported[0].id }]);
    expect((await parley(['list', 'sources', '--notebook', notebook, '--json'])).json).toHaveLength(1);
  });

  it('imports the good files, reports the bad ones and exits 1', async () => {
    const notebook = await tempNotebookDir('cli');
    const pdf = path.join(path.dirname(notebook), 'scan.pdf');
    await writeFile(pdf, '%PDF-1.4 not really');
    const missing = path.join(path.dirname(notebook), 'missing.txt');
    const run = await parley(['import', missing, ARTICLE, pdf, '--notebook', notebook, '--json']);
    expect(run.status).toBe(1);
    expect(run.json.imported).toHaveLength(1);
    expect(run.json.failed.map((f: { file: string }) => f.file)).toEqual([missing, pdf]);
    expect(run.json.failed[0].error.message).toContain('missing.txt');
    expect(run.json.failed[1].error.code).toBe('unsupported-file');
  });

  it('imports pasted text from standard input with --paste', async () => {
    const notebook = await tempNotebookDir('cli');
    const run = await parley(['import', '--paste', '--title', 'Radio report, Tuesday', '--notebook', notebook, '--json'], {
      input: 'PORT SELEN — The radio said a pause was agreed.\r\n\r\nNo one confirmed it.',
    });
    expect(run.status).toBe(0);
    expect(run.json.imported[0]).toMatchObject({ title: 'Radio report, Tuesday', format: 'paste' });
    const shown = await parley(['show', 'source', run.json.imported[0].id, '--notebook', notebook, '--json']);
    expect(shown.json.text).toBe('PORT SELEN — The radio said a pause was agreed.\n\nNo one confirmed it.');
  });

  it('imports a web page with its metadata and proposes its boilerplate for trimming', async () => {
    const notebook = await tempNotebookDir('cli');
    const page = path.join(REPO_ROOT, 'test/fixtures/import/article-page.html');
    const run = await parley(['import', page, '--notebook', notebook, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [source] = run.json.imported;
    expect(source.format).toBe('html');
    expect(source.title).not.toBe('');
    expect(source.outlet).not.toBe('');
    expect(Array.isArray(source.boilerplate)).toBe(true);
    const shown = await parley(['show', 'source', source.id, '--notebook', notebook, '--json']);
    expect(shown.json.text).not.toMatch(/<[a-z]/i);
  });

  it('adds entities with aliases and proposals', async () => {
    const notebook = await tempNotebookDir('cli');
    const entity = await parley(['entity', 'add', 'Daniel Ferreira', '--alias', 'D. Ferreira', '--alias', 'Ferreira', '--notebook', notebook, '--json']);
    expect(entity.status).toBe(0);
    expect(entity.json).toMatchObject({ name: 'Daniel Ferreira', kind: 'person', aliases: ['D. Ferreira', 'Ferreira'] });
    const org = await parley(['entity', 'add', 'Northern Coalition', '--kind', 'organisation', '--notebook', notebook, '--json']);
    expect(org.json.kind).toBe('organisation');
    const proposal = await parley(['proposal', 'add', 'Tessalian proposal: 48-hour pause', '--notebook', notebook, '--json']);
    expect(proposal.status).toBe(0);

    const entities = await parley(['list', 'entities', '--notebook', notebook, '--json']);
    expect(entities.json.map((e: { name: string }) => e.name).sort()).toEqual(['Daniel Ferreira', 'Northern Coalition']);
    const shown = await parley(['show', 'proposal', proposal.json.id, '--notebook', notebook]);
    expect(shown.stdout).toContain('Tessalian proposal: 48-hour pause');
  });

  it('says clearly what is wrong with bad input and exits non-zero', async () => {
    const notebook = await tempNotebookDir('cli');
    const kind = await parley(['list', 'things', '--notebook', notebook]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('Cannot list "things"');

    const nowhere = await parley(['list', 'sources', '--notebook', notebook]);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatch(/no Parley notebook at/);
    expect(nowhere.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace

    await parley(['entity', 'add', 'Port Selen', '--kind', 'place', '--notebook', notebook]);
    const unknown = await parley(['show', 'entity', '0190f1a2-0000-7000-8000-000000000000', '--notebook', notebook, '--json']);
    expect(unknown.status).toBe(1);
    expect(unknown.json.error.code).toBe('not-found');
  });

  it('refuses a second process while the notebook is open elsewhere', async () => {
    const notebook = await tempNotebookDir('cli');
    const served = await serveNotebook(notebook);
    try {
      const run = await parley(['list', 'sources', '--notebook', notebook, '--json']);
      expect(run.status).toBe(1);
      expect(run.json.error.code).toBe('notebook-locked');
      expect(run.stderr).toMatch(/open in another/i);
    } finally {
      await served.stop();
    }
    const after = await parley(['list', 'sources', '--notebook', notebook, '--json']);
    expect(after.status).toBe(0);
  });

  it('uses PARLEY_NOTEBOOK when no --notebook is given', async () => {
    const notebook = await tempNotebookDir('cli');
    await parley(['import', ARTICLE], { env: { PARLEY_NOTEBOOK: notebook } });
    const listed = await parley(['list', 'sources', '--json', '--notebook', notebook]);
    expect(listed.json).toHaveLength(1);
  });
});

describe('parley CLI: annotate, export and import annotations', () => {
  /** A notebook with the harbour article, Ferreira (with an alias) and the pause proposal. */
  async function prepared() {
    const notebook = await tempNotebookDir('cli-annotate');
    const sourceId: string = (await parley(['import', ARTICLE, '--notebook', notebook, '--json'])).json.imported[0].id;
    await parley(['entity', 'add', 'Daniel Ferreira', '--alias', 'Ferreira', '--notebook', notebook]);
    await parley(['proposal', 'add', 'Tessalian proposal: 48-hour pause', '--notebook', notebook]);
    const text: string = (await parley(['show', 'source', sourceId, '--notebook', notebook, '--json'])).json.text;
    const annotate = (...args: string[]) => parley(['annotate', sourceId, ...args, '--notebook', notebook, '--json']);
    return { notebook, sourceId, text, annotate, folder: path.dirname(notebook) };
  }

  it('annotates the Nth occurrence of a quote, linking records found by name, alias or title', async () => {
    const { text, annotate } = await prepared();
    const run = await annotate(
      '--quote', 'pause', '--occurrence', '2',
      '--entity', 'ferreira', '--proposal', 'TESSALIAN PROPOSAL: 48-hour pause',
      '--role', 'term', '--comment', 'second mention', '--tag', 'terms', '--tag', 'radio',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const second = text.indexOf('pause', text.indexOf('pause') + 1);
    expect(run.json).toMatchObject({
      target: { quote: { exact: 'pause', prefix: text.slice(second - 32, second) }, position: { start: second, end: second + 5 } },
      anchoring: 'anchored',
      links: [
        { kind: 'entity', role: 'term' },
        { kind: 'proposal', role: 'term' },
      ],
      comment: 'second mention',
      tags: ['terms', 'radio'],
    });
  });

  it('names close records when a name is unknown, and counts the occurrences there are', async () => {
    const { annotate } = await prepared();
    const misspelt = await annotate('--quote', 'pause', '--entity', 'Danial Ferreira');
    expect(misspelt.status).toBe(1);
    expect(misspelt.stderr).toMatch(/no entity with the id or name “Danial Ferreira”.*Did you mean “Daniel Ferreira”/);
    const beyond = await annotate('--quote', 'Port Selen', '--occurrence', '9');
    expect(beyond.status).toBe(1);
    expect(beyond.stderr).toMatch(/“Port Selen” appears (once|\d+ times) in the current text/);
    const absent = await annotate('--quote', 'armistice');
    expect(absent.json.error).toMatchObject({ code: 'not-found', message: expect.stringContaining('does not appear') });
  });

  it('exports W3C JSON-LD and CSV to files, and to stdout with --out -', async () => {
    const { notebook, sourceId, annotate, folder } = await prepared();
    await annotate('--quote', 'Daniel Ferreira', '--entity', 'Daniel Ferreira', '--comment', '=not a formula');
    await annotate('--quote', 'pause');

    const jsonld = path.join(folder, 'annotations.jsonld');
    const w3c = await parley(['export', 'annotations', '--format', 'w3c', '--out', jsonld, '--notebook', notebook, '--json']);
    expect(w3c.status).toBe(0);
    expect(w3c.json).toMatchObject({ file: jsonld, format: 'w3c' });
    const document = JSON.parse(await readFile(jsonld, 'utf8'));
    expect(document).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    expect(document.first.items[0].target).toMatchObject({
      source: `urn:uuid:${sourceId}`,
      selector: [{ type: 'TextQuoteSelector', exact: 'pause' }, { type: 'TextPositionSelector' }],
    });

    const csvFile = path.join(folder, 'annotations.csv');
    const csv = await parley(['export', 'annotations', '--format', 'csv', '--out', csvFile, '--source', sourceId, '--notebook', notebook]);
    expect(csv.stdout).toContain(`wrote CSV to ${csvFile}`);
    const rows = (await readFile(csvFile, 'utf8')).split('\r\n');
    expect(rows[0]).toBe('\uFEFFSource,Outlet,Published,Quote,Record,Record kind,Role,Comment,Tags,Anchoring,Source ID,Annotation ID,Record ID');
    expect(rows.filter(Boolean)).toHaveLength(3);
    expect(rows.find((r) => r.includes(',Daniel Ferreira,entity,mention,'))).toContain(",'=not a formula,");

    const piped = await parley(['export', 'annotations', '--format', 'w3c', '--out', '-', '--notebook', notebook]);
    expect(JSON.parse(piped.stdout)).toMatchObject({ total: 2 });
  });

  it('restores deleted annotations exactly from its W3C export, and refuses them in a notebook without their source', async () => {
    const { notebook, sourceId, annotate, folder } = await prepared();
    await annotate('--quote', 'pause', '--occurrence', '2', '--proposal', 'Tessalian proposal: 48-hour pause', '--role', 'term', '--tag', 'terms');
    await annotate('--quote', 'Daniel Ferreira', '--entity', 'Daniel Ferreira', '--comment', 'spokesperson, "Coalition"');
    const before = (await parley(['list', 'annotations', '--notebook', notebook, '--json'])).json;
    const file = path.join(folder, 'annotations.jsonld');
    await parley(['export', 'annotations', '--format', 'w3c', '--out', file, '--notebook', notebook]);

    const again = await parley(['import-annotations', file, '--notebook', notebook, '--json']);
    expect(again.json).toEqual({ imported: 0, unchanged: 2, failed: [] });

    // No command deletes annotations, so the test does, through the engine, between commands.
    const opened = await openNotebook(notebook);
    try {
      for (const a of before) await opened.handlers['annotations.delete']({ id: a.id });
    } finally {
      await opened.close();
    }
    expect((await parley(['list', 'annotations', '--source', sourceId, '--notebook', notebook, '--json'])).json).toEqual([]);

    const restored = await parley(['import-annotations', file, '--notebook', notebook]);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('2 imported, 0 unchanged, 0 failed');
    expect((await parley(['list', 'annotations', '--notebook', notebook, '--json'])).json).toEqual(before);

    // The same article imported into another notebook is another source, with another id.
    const other = await tempNotebookDir('cli-annotate');
    await parley(['import', ARTICLE, '--notebook', other]);
    const refused = await parley(['import-annotations', file, '--notebook', other, '--json']);
    expect(refused.status).toBe(1);
    expect(refused.json.imported).toBe(0);
    expect(refused.json.failed).toHaveLength(2);
    expect(refused.json.failed[0].message).toContain('is not in this notebook');
  });

  it('imports an updated article as a new version and reports what happened to the annotations', async () => {
    const { notebook, sourceId, text, annotate, folder } = await prepared();
    await annotate('--quote', 'Daniel Ferreira', '--entity', 'Daniel Ferreira');
    await annotate('--quote', 'aid convoys');
    const updated = path.join(folder, 'harbour-talks-updated.txt');
    await writeFile(updated, (await readFile(ARTICLE, 'utf8')).replace('aid convoys', 'relief lorries'));
    expect(text).toContain('aid convoys');

    const human = await parley(['import', updated, '--version-of', sourceId, '--notebook', notebook]);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^2 annotations: \d+ stayed, \d+ moved, \d+ fuzzy, \d+ orphaned$/m);

    const newer = path.join(folder, 'harbour-talks-newer.txt');
    await writeFile(newer, `UPDATED. ${await readFile(updated, 'utf8')}`);
    const json = await parley(['import', newer, '--version-of', sourceId, '--notebook', notebook, '--json']);
    expect(json.status).toBe(0);
    expect(json.json.source).toMatchObject({ id: sourceId, versions: [{ reason: 'imported' }, { reason: 'reimported' }, { reason: 'reimported' }] });
    expect(json.json.report).toEqual({
      anchored: expect.any(Number),
      moved: expect.any(Number),
      fuzzy: expect.any(Number),
      orphaned: expect.any(Number),
      orphans: expect.any(Array),
    });
    const { anchored, moved, fuzzy, orphaned } = json.json.report;
    expect(anchored + moved + fuzzy + orphaned).toBe(2);

    const twoFiles = await parley(['import', updated, newer, '--version-of', sourceId, '--notebook', notebook]);
    expect(twoFiles.status).toBe(2);
    expect(twoFiles.stderr).toContain('exactly one file');
  });
});

// A dozen commands per test, each starting Node and compiling the CLI: more than the default minute on a busy machine.
describe('parley CLI: entities, proposals and mentions', { timeout: 180_000 }, () => {
  const REPORTS = ['selva-pause-day-one.txt', 'selva-pause-day-two.txt', 'selva-pause-day-three.txt'].map((f) =>
    path.join(REPO_ROOT, 'test/fixtures/records', f),
  );

  /** The three Port Selva reports, the envoy recorded twice, the Front, and the pause proposal. */
  async function selva() {
    const notebook = await tempNotebookDir('cli-records');
    const run = (...args: string[]) => parley([...args, '--notebook', notebook, '--json']);
    const sources: Array<{ id: string; title: string }> = (await run('import', ...REPORTS)).json.imported;
    await run('entity', 'add', 'Ilse Brandvold', '--alias', 'Brandvold');
    await run('entity', 'add', 'Envoy Brandvold');
    const front: string = (await run('entity', 'add', 'Aurelian Front', '--kind', 'group')).json.id;
    await run('proposal', 'add', 'Northern Council draft: 72-hour pause', '--mediator', 'brandvold', '--party', 'Aurelian Front');
    const dayTwo = sources.find((s) => s.title.startsWith('Front accepts'))!.id;
    return { notebook, run, sources, dayTwo, front };
  }

  /** Each source's current text, read in this process (one open instead of a command per source). */
  async function textsOf(notebook: string): Promise<Map<string, string>> {
    const open = await openNotebook(notebook);
    try {
      const texts = new Map<string, string>();
      for (const { id } of await open.handlers['sources.list']({})) {
        const source = await open.handlers['sources.get']({ id });
        texts.set(id, source.versions.find((v) => v.id === source.currentVersionId)!.text);
      }
      return texts;
    } finally {
      await open.close();
    }
  }

  it('prints mentions as {linked, unlinked, nearMisses} and links every unlinked one', async () => {
    const { notebook, run, sources, dayTwo } = await selva();
    const before = await run('mentions', 'Ilse Brandvold');
    const texts = await textsOf(notebook);
    expect(before.status).toBe(0);
    expect(Object.keys(before.json)).toEqual(['linked', 'unlinked', 'nearMisses']);
    expect(before.json.linked).toEqual([]);
    expect(before.json.unlinked).toHaveLength(5);
    for (const mention of before.json.unlinked) {
      expect(Object.keys(mention)).toEqual(['sourceId', 'start', 'end', 'text']);
      expect(texts.get(mention.sourceId)!.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(before.json.unlinked.map((m: { text: string }) => m.text)).toContain('BRANDVOLD');
    for (const miss of before.json.nearMisses) {
      expect(Object.keys(miss)).toEqual(['sourceId', 'start', 'end', 'text', 'closestAlias', 'distance']);
    }

    const linked = await run('link-mentions', 'brandvold');
    expect(linked.status).toBe(0);
    expect(linked.json.linked).toBe(5);

    const after = await run('mentions', 'Ilse Brandvold');
    expect(after.json.unlinked).toEqual([]);
    expect(after.json.linked).toHaveLength(5);
    expect(Object.keys(after.json.linked[0])).toEqual(['annotationId', 'sourceId', 'quote']);
    expect(new Set(after.json.linked.map((l: { sourceId: string }) => l.sourceId)).size).toBe(sources.length);
    expect(after.json.linked.filter((l: { sourceId: string }) => l.sourceId === dayTwo)).toHaveLength(2);
  });

  it('merges one entity into another by name and shows the survivor with its mentions by source', async () => {
    const { notebook, run, sources } = await selva();
    const source = sources[0]!.id;
    await run('annotate', source, '--quote', 'Ilse Brandvold', '--entity', 'Envoy Brandvold');

    const merged = await run('entity', 'merge', 'Ilse Brandvold', 'Envoy Brandvold');
    expect(merged.status).toBe(0);
    expect(merged.json.survivor.aliases).toEqual(['Brandvold', 'Envoy Brandvold']);
    expect(merged.json.undo.annotationsBefore).toHaveLength(1);

    const shown = await run('entity', 'show', 'envoy brandvold');
    expect(shown.status).toBe(0);
    expect(shown.json.id).toBe(merged.json.survivor.id);
    expect(shown.json.mentions.linked).toHaveLength(1);
    expect(shown.json.bySource).toContainEqual(expect.objectContaining({ sourceId: source, linked: 1 }));

    const human = await parley(['entity', 'show', 'Ilse Brandvold', '--notebook', notebook]);
    expect(human.stdout).toMatch(/^mentions: 1 linked, 4 unlinked/m);
    expect(human.stdout).toMatch(/: 1 linked, 1 unlinked, \d+ possible misspellings\n {4}“Ilse Brandvold”/);

    const listed = await parley(['entity', 'list', '--notebook', notebook]);
    expect(listed.stdout).toMatch(/person\s+1 linked\s+Ilse Brandvold \/ Brandvold \/ Envoy Brandvold/);
    expect(listed.stdout).not.toMatch(/^\S+\s+person\s+\d+ linked\s+Envoy Brandvold/m);
    const self = await run('entity', 'merge', 'Brandvold', 'Ilse Brandvold');
    expect(self.status).toBe(2);
  });

  it('adds terms, dated status events and positions with evidence, and refuses evidence that is not an annotation', async () => {
    const { notebook, run, dayTwo, front } = await selva();
    const accepted = (await run('annotate', dayTwo, '--quote', 'it accepted the 72-hour pause')).json.id;
    const title = 'Northern Council draft: 72-hour pause';

    expect((await run('proposal', 'term', title, '--label', 'duration', '--value', '72 hours', '--evidence', accepted)).status).toBe(0);
    await run('proposal', 'status', title, '--status', 'accepted', '--date', '2031-04-09', '--actor', 'aurelian front', '--evidence', accepted);
    await run('proposal', 'status', title, '--status', 'floated', '--date', '2031-04-08', '--note', 'first reported');
    await run('proposal', 'position', title, '--party', 'Aurelian Front', '--stance', 'supports', '--evidence', accepted);

    const missing = '01980000-0000-7000-8000-00000000beef';
    const refused = await run('proposal', 'position', title, '--party', 'Aurelian Front', '--stance', 'rejects', '--evidence', missing);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`--evidence ${missing} is not an annotation in this notebook`);
    const badDate = await run('proposal', 'status', title, '--status', 'collapsed', '--date', '2031-02-30');
    expect(badDate.status).toBe(2);

    const shown = await run('proposal', 'show', title);
    expect(shown.json.terms).toEqual([{ id: expect.any(String), label: 'duration', value: '72 hours', evidence: [accepted] }]);
    // The timeline reads in date order, whatever order the events were added in.
    expect(shown.json.statusEvents.map((e: { status: string }) => e.status)).toEqual(['floated', 'accepted']);
    expect(shown.json.statusEvents[1]).toMatchObject({ date: '2031-04-09', actorId: front, evidence: [accepted] });
    expect(shown.json.positions).toEqual([{ id: expect.any(String), partyId: front, stance: 'supports', note: '', evidence: [accepted] }]);
    const human = await parley(['proposal', 'show', title, '--notebook', notebook]);
    expect(human.stdout).toContain('2031-04-09  accepted by Aurelian Front');
    expect(human.stdout).toContain(`evidence ${accepted}: “it accepted the 72-hour pause”`);
  });
});

describe('parley CLI: briefs', () => {
  it('starts a brief from cited annotations and exports it with footnotes', async () => {
    const notebook = await tempNotebookDir('cli-brief');
    const imported = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    const sourceId = imported.json.imported[0].id;
    const annotation = await parley(['annotate', sourceId, '--quote', 'pause fighting for 48 hours', '--notebook', notebook, '--json']);
    expect(annotation.status).toBe(0);
    const brief = await parley(['brief', 'new', 'First read of the harbour talks', '--cite', annotation.json.id, '--notebook', notebook, '--json']);
    expect(brief.status).toBe(0);
    expect((await parley(['brief', 'list', '--notebook', notebook, '--json'])).json.map((b: { id: string }) => b.id)).toEqual([brief.json.id]);

    const markdown = await parley(['export', 'brief', brief.json.id, '--format', 'md', '--out', '-', '--notebook', notebook]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('“pause fighting for 48 hours”[^1]');
    expect(markdown.stdout).toContain('[^1]: “pause fighting for 48 hours” — Mediators float 48-hour pause');

    const out = path.join(path.dirname(notebook), 'brief.docx');
    const docx = await parley(['export', 'brief', brief.json.id, '--format', 'docx', '--out', out, '--notebook', notebook]);
    expect(docx.stdout).toContain(`wrote docx to ${out}`);
  });
});
