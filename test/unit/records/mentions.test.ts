import { describe, expect, it } from 'vitest';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { call, must, newNotebook, reopen } from '../core/support/notebook';
import { addPerson, allAnnotations, annotateWords, entityLink, importSelvaReports, offsetOf, textOf } from './support';

/** The envoy as first recorded: her name and surname, no misspellings known yet. */
async function envoyNotebook() {
  const notebook = await newNotebook();
  const [one, two, three] = (await importSelvaReports(notebook)) as [string, string, string];
  const envoy = await addPerson(notebook, 'Ilse Brandvold', { aliases: ['Brandvold'] });
  return { notebook, one, two, three, envoy };
}

async function span(notebook: OpenNotebook, sourceId: string, text: string, occurrence = 1) {
  const start = await offsetOf(notebook, sourceId, text, occurrence);
  return { sourceId, start, end: start + text.length, text };
}

describe('entities.mentions', () => {
  it('lists linked mentions, unlinked names and aliases in every source, and possible misspellings', async () => {
    const { notebook, one, two, three, envoy } = await envoyNotebook();
    const linked = await annotateWords(notebook, three, 'Ilse Brandvold', [entityLink(envoy.id)]);

    const mentions = await must(notebook, 'entities.mentions', { id: envoy.id });
    expect(mentions.linked).toEqual([
      { annotationId: linked.id, sourceId: three, start: linked.target.position.start, end: linked.target.position.end, quote: 'Ilse Brandvold' },
    ]);
    expect(mentions.unlinked).toEqual([
      await span(notebook, one, 'Ilse Brandvold'),
      // The possessive is not part of the name.
      await span(notebook, one, 'Brandvold', 2),
      // Across a line break, and in capitals.
      await span(notebook, two, 'Ilse\nBrandvold'),
      await span(notebook, two, 'BRANDVOLD'),
    ]);
    // "Ilse Marchetti" shares a first name only and is someone else.
    expect(mentions.unlinked.map((m) => m.text)).not.toContain('Ilse Marchetti');
    expect(mentions.nearMisses).toEqual([{ ...(await span(notebook, two, 'Brandvald')), closestAlias: 'Brandvold', distance: 1 }]);
  });

  it('remembers an ignored mention and an ignored name across a reopen', async () => {
    const setup = await envoyNotebook();
    const possessive = await span(setup.notebook, setup.one, 'Brandvold', 2);
    await must(setup.notebook, 'entities.ignoreMention', { id: setup.envoy.id, mention: possessive });
    const again = await must(setup.notebook, 'entities.ignoreMention', { id: setup.envoy.id, mention: possessive });
    expect(again.ignoredMentions).toEqual([{ sourceId: setup.one, start: possessive.start, text: 'Brandvold' }]);
    const ignored = await must(setup.notebook, 'entities.ignoreName', { id: setup.envoy.id, name: 'Brandvald' });
    expect(ignored.ignoredNames).toEqual(['Brandvald']);

    const notebook = await reopen(setup.notebook);
    const entity = await must(notebook, 'entities.get', { id: setup.envoy.id });
    expect(entity.ignoredNames).toEqual(['Brandvald']);
    const mentions = await must(notebook, 'entities.mentions', { id: setup.envoy.id });
    expect(mentions.unlinked).not.toContainEqual(possessive);
    expect(mentions.unlinked).toHaveLength(4);
    expect(mentions.nearMisses).toEqual([]);
  });
});

describe('entities.linkMentions', () => {
  it('annotates exactly the named words, reuses an annotation already on the span, and leaves nothing unlinked', async () => {
    const { notebook, one, two, envoy } = await envoyNotebook();
    const proposal = await must(notebook, 'proposals.create', { title: 'Northern Council draft' });
    const existing = await annotateWords(notebook, one, 'Ilse Brandvold', [{ kind: 'proposal', recordId: proposal.id, role: 'mention' }]);

    const { unlinked } = await must(notebook, 'entities.mentions', { id: envoy.id });
    const annotations = await must(notebook, 'entities.linkMentions', { id: envoy.id, mentions: unlinked });
    expect(annotations).toHaveLength(5);
    for (const [i, annotation] of annotations.entries()) {
      const mention = unlinked[i]!;
      expect(annotation.sourceId).toBe(mention.sourceId);
      expect(annotation.target.position).toEqual({ start: mention.start, end: mention.end });
      expect(annotation.target.quote.exact).toBe(mention.text);
      expect((await textOf(notebook, mention.sourceId)).slice(mention.start, mention.end)).toBe(mention.text);
      expect(annotation.anchoring).toBe('anchored');
      expect(annotation.links).toContainEqual(entityLink(envoy.id));
    }
    expect(annotations[0]!.id).toBe(existing.id);
    expect(annotations[0]!.links).toEqual([{ kind: 'proposal', recordId: proposal.id, role: 'mention' }, entityLink(envoy.id)]);

    const after = await must(await reopen(notebook), 'entities.mentions', { id: envoy.id });
    expect(after.unlinked).toEqual([]);
    expect(after.linked.map((l) => l.quote)).toEqual(['Ilse Brandvold', 'Brandvold', 'Ilse\nBrandvold', 'BRANDVOLD', 'Ilse Brandvold']);
    expect(after.linked.filter((l) => l.sourceId === two)).toHaveLength(2);
  });

  it('refuses a mention whose words are no longer at its offsets, and writes none of the others', async () => {
    const { notebook, one, two, envoy } = await envoyNotebook();
    const good = await span(notebook, one, 'Ilse Brandvold');
    const stale = { ...(await span(notebook, two, 'BRANDVOLD')), start: 3, end: 12 };
    const refused = await call(notebook, 'entities.linkMentions', { id: envoy.id, mentions: [good, stale] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await allAnnotations(notebook)).toEqual([]);

    // A text edit moves the words: the list found before it is stale.
    const text = await textOf(notebook, one);
    await must(notebook, 'sources.editText', { id: one, text: `UPDATED. ${text}` });
    expect(await call(notebook, 'entities.linkMentions', { id: envoy.id, mentions: [good] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
