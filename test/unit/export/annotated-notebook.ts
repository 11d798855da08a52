import { must, newNotebook } from '../core/support/notebook';

const TEXT = [
  'Harbour talks resume',
  'A government official said the pause could be accepted if the corridor is monitored.',
  'Mediator Rami Haddad said talks would continue on Thursday.',
].join('\n\n');

/** A real notebook: a source with an entity span, a proposal span overlapping it, and one span the next edit loses. */
export async function annotatedNotebook() {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text: TEXT, title: 'Harbour talks resume' });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  const sourceId = outcome.source.id;
  await must(notebook, 'sources.update', { id: sourceId, fields: { outlet: 'Harbour Gazette', publishedAt: { precision: 'day', date: '2031-03-04' } } });
  const haddad = await must(notebook, 'entities.create', { name: 'Rami Haddad', kind: 'person' });
  const pause = await must(notebook, 'proposals.create', { title: 'Tessalian proposal: 48-hour pause' });
  const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
  await must(notebook, 'annotations.create', { sourceId, ...at('the pause could be accepted'), links: [{ kind: 'proposal', recordId: pause.id, role: 'status' }], comment: 'Conditional yes.' });
  await must(notebook, 'annotations.create', { sourceId, ...at('accepted if the corridor'), comment: 'Condition.' });
  await must(notebook, 'annotations.create', { sourceId, ...at('Rami Haddad'), links: [{ kind: 'entity', recordId: haddad.id, role: 'mention' }] });
  await must(notebook, 'annotations.create', { sourceId, ...at('talks would continue on Thursday'), comment: 'Date to watch.' });
  // The last span's words go, so that annotation is orphaned.
  await must(notebook, 'sources.editText', { id: sourceId, text: TEXT.replace('said talks would continue on Thursday', 'declined to comment') });
  return { notebook, sourceId };
}
