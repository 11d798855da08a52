import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook, type OpenNotebook } from '../../../electron/core/notebook';
import { SAMPLE_FOLDER_NAME, writeSampleNotebook } from '../../../electron/core/sample';
import { currentVersion } from '../../../shared/model';
import { must, track } from '../core/support/notebook';
import { tempFolder } from '../core/support/temp';

/** The sample written into a fresh notebooks folder and opened, as the app opens it. */
async function openSample(): Promise<{ notebook: OpenNotebook; folder: string }> {
  const folder = join(await tempFolder(), SAMPLE_FOLDER_NAME);
  await writeSampleNotebook(folder);
  return { notebook: track(await openNotebook(folder)), folder };
}

async function sourceByOutlet(notebook: OpenNotebook) {
  const sources = await must(notebook, 'sources.list', {});
  const byOutlet = (outlet: string) => sources.find((s) => s.outlet === outlet)!.id;
  return { wire: byOutlet('Meridian Wire'), courier: byOutlet('The Halvard Courier'), ledger: byOutlet('The Eastern Ledger') };
}

async function entityNamed(notebook: OpenNotebook, name: string) {
  return (await must(notebook, 'entities.list', {})).find((e) => e.name === name)!;
}

async function briefMarkdown(notebook: OpenNotebook): Promise<string> {
  const [brief] = await must(notebook, 'briefs.list', {});
  const file = await must(notebook, 'briefs.export', { id: brief!.id, format: 'md' });
  return Buffer.from(file.dataBase64, 'base64').toString('utf8');
}

describe('the sample notebook', () => {
  it('holds three dated articles from three outlets, eight records of people, groups and places, a proposal, fourteen annotations and a brief', async () => {
    const { notebook } = await openSample();
    const info = await must(notebook, 'notebook.info', {});
    expect(info.title).toBe('Sample notebook');
    expect(info.counts).toEqual({ sources: 3, entities: 8, proposals: 1, annotations: 14, briefs: 1 });
    const sources = await must(notebook, 'sources.list', {});
    expect(sources.map((s) => [s.outlet, s.publishedAt?.date, s.metadataConfirmed])).toEqual([
      ['Meridian Wire', '2031-04-14', true],
      ['The Halvard Courier', '2031-04-15', true],
      ['The Eastern Ledger', '2031-04-18', true],
    ]);
    const kinds = (await must(notebook, 'entities.list', {})).map((e) => e.kind).sort();
    expect(kinds).toEqual(['organisation', 'organisation', 'organisation', 'person', 'person', 'person', 'place', 'place']);
    const [proposal] = await must(notebook, 'proposals.list', {});
    expect(proposal!.parties).toHaveLength(2);
    expect(proposal!.positions.map((p) => p.stance).sort()).toEqual(['conditions', 'supports']);
  });

  it('has every annotation anchored on the words it quotes, with its links, and some with comments and tags', async () => {
    const { notebook } = await openSample();
    const annotations = [];
    for (const source of await must(notebook, 'sources.list', {})) {
      const text = currentVersion(await must(notebook, 'sources.get', { id: source.id })).text;
      for (const annotation of await must(notebook, 'annotations.list', { sourceId: source.id })) {
        expect(annotation.anchoring).toBe('anchored');
        const { start, end } = annotation.target.position;
        expect(text.slice(start, end)).toBe(annotation.target.quote.exact);
        annotations.push(annotation);
      }
    }
    expect(annotations).toHaveLength(14);
    expect(annotations.every((a) => a.links.length > 0 && a.tags.length > 0)).toBe(true);
    expect(annotations.filter((a) => a.comment !== '').length).toBeGreaterThanOrEqual(3);
    const roles = new Set(annotations.flatMap((a) => a.links.map((l) => l.role)));
    expect([...roles].sort()).toEqual(['mention', 'position', 'quote', 'status', 'term']);
  });

  it('lets compare find the two wire paragraphs the Courier reprinted nearly word for word', async () => {
    const { notebook } = await openSample();
    const { wire, courier } = await sourceByOutlet(notebook);
    const wireText = currentVersion(await must(notebook, 'sources.get', { id: wire })).text;
    const comparison = await must(notebook, 'compare.sources', { sourceIds: [wire, courier] });
    const reprinted = comparison.shared.map((passage) => wireText.slice(passage.a.start, passage.a.end));
    expect(reprinted).toHaveLength(2);
    expect(reprinted[0]).toMatch(/^Under the draft, the Committee would release 120 detainees/);
    expect(reprinted[1]).toMatch(/^Marchbank, a former magistrate/);
    // Edited copy, not identical copy: "each convoy" became "every convoy", the name was misspelt.
    expect(comparison.shared.every((passage) => passage.similarity < 1)).toBe(true);
  });

  it('flags the length of the pause in the terms table: the Courier’s 48 hours against 72 elsewhere', async () => {
    const { notebook } = await openSample();
    const [proposal] = await must(notebook, 'proposals.list', {});
    const table = await must(notebook, 'compare.terms', { proposalId: proposal!.id });
    const disagreements = Object.fromEntries(table.rows.map((row) => [row.label, row.disagreement]));
    expect(disagreements).toEqual({
      'Length of the pause': 'Meridian Wire: 72 hours; The Halvard Courier: 48 hours; The Eastern Ledger: 72 hours',
      'Detainees released': null,
      'Aid corridor': null,
    });
  });

  it('shows the proposal floated, then under negotiation, then accepted in principle, each reported by the outlet of that day', async () => {
    const { notebook } = await openSample();
    const { wire, courier, ledger } = await sourceByOutlet(notebook);
    const [proposal] = await must(notebook, 'proposals.list', {});
    const timeline = await must(notebook, 'compare.timeline', { proposalId: proposal!.id });
    expect(timeline.events.map((e) => [e.date, e.status, e.reports.map((r) => r.sourceId)])).toEqual([
      ['2031-04-14', 'floated', [wire]],
      ['2031-04-15', 'under-negotiation', [courier]],
      ['2031-04-17', 'accepted', [ledger]],
    ]);
  });

  it('leaves aliases unlinked for the entity pages to offer, and the Courier’s misspelling of the envoy as a possible slip', async () => {
    const { notebook } = await openSample();
    const { courier } = await sourceByOutlet(notebook);
    const envoy = await must(notebook, 'entities.mentions', { id: (await entityNamed(notebook, 'Hélène Marchbank')).id });
    expect(envoy.linked).toHaveLength(1);
    expect(envoy.unlinked.map((m) => m.text)).toContain('Marchbank');
    expect(envoy.nearMisses).toEqual([expect.objectContaining({ sourceId: courier, text: 'Hélène Marchbanks', closestAlias: 'Hélène Marchbank', distance: 1 })]);
    const committee = await must(notebook, 'entities.mentions', { id: (await entityNamed(notebook, 'Oryn Defence Committee')).id });
    expect(committee.unlinked.filter((m) => m.text === 'ODC')).toHaveLength(3);
  });

  it('has a brief whose Markdown export carries its record chips and a footnote for each of its nine citations, all still exact', async () => {
    const { notebook } = await openSample();
    const [brief] = await must(notebook, 'briefs.list', {});
    const health = await must(notebook, 'briefs.health', { id: brief!.id });
    expect(health).toEqual({ exact: 9, drifted: [], orphaned: [] });
    const markdown = await briefMarkdown(notebook);
    expect(markdown).toMatch(/^# Oryn pause: where the talks stand\n/);
    expect(markdown).toContain('the Halvard Courier alone gives 48 (“a 48-hour pause”[^8])');
    expect(markdown).toContain('[^8]: “a 48-hour pause” — Committee weighs two-day truce as envoys wait in Halvard, The Halvard Courier, 15 April 2031.');
    expect(markdown.match(/^\[\^\d+\]: /gm)).toHaveLength(9);
    expect(markdown).toContain('- Oryn humanitarian pause — proposal');
    expect(markdown).toContain('- Hélène Marchbank — person');
  });

  it('is the same notebook each time it is written, ids aside', async () => {
    const first = await openSample();
    const second = await openSample();
    expect(await briefMarkdown(second.notebook)).toBe(await briefMarkdown(first.notebook));
    const quotes = async (notebook: OpenNotebook) => {
      const all = [];
      for (const source of await must(notebook, 'sources.list', {})) {
        for (const a of await must(notebook, 'annotations.list', { sourceId: source.id })) all.push([source.title, a.target.quote.exact, a.comment, a.tags]);
      }
      return all;
    };
    expect(await quotes(second.notebook)).toEqual(await quotes(first.notebook));
  });

  it('refuses to write over a notebook or into a folder that holds files, and leaves them as they were', async () => {
    const { notebook, folder } = await openSample();
    await notebook.close();
    await expect(writeSampleNotebook(folder)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('already a notebook') });
    const reopened = track(await openNotebook(folder));
    expect((await must(reopened, 'notebook.info', {})).counts.sources).toBe(3);

    const papers = join(await tempFolder(), 'Papers');
    await mkdir(papers);
    await writeFile(join(papers, 'thesis.txt'), 'mine');
    await expect(writeSampleNotebook(papers)).rejects.toMatchObject({ code: 'conflict' });
    expect(await readdir(papers)).toEqual(['thesis.txt']);
  });

  it('makes the notebooks folder when there is none yet, and leaves nothing in it but the sample', async () => {
    const notebooks = join(await tempFolder(), 'Documents', 'Parley');
    await writeSampleNotebook(join(notebooks, SAMPLE_FOLDER_NAME));
    expect(await readdir(notebooks)).toEqual([SAMPLE_FOLDER_NAME]);
  });
});
