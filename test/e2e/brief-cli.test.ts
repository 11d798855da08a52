import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parley } from './support/cli';
import { REPO_ROOT, tempNotebookDir } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');
const PROPOSAL = 'Tessalian proposal: 48-hour pause';

/** The harbour article with a proposal whose terms, status and position are backed by annotations, all made with the CLI. */
async function proposalWithEvidence() {
  const notebook = await tempNotebookDir('cli-brief-draft');
  const run = (...args: string[]) => parley([...args, '--notebook', notebook, '--json']);
  const sourceId = (await run('import', ARTICLE)).json.imported[0].id;
  await run('entity', 'add', 'Northern Coalition', '--kind', 'organisation');
  await run('entity', 'add', 'Daniel Ferreira', '--alias', 'Ferreira');
  const proposal = (await run('proposal', 'add', PROPOSAL, '--party', 'Northern Coalition')).json;
  const annotate = async (quote: string, ...links: string[]) => (await run('annotate', sourceId, '--quote', quote, ...links)).json.id as string;
  const duration = await annotate('pause fighting for 48 hours', '--proposal', PROPOSAL, '--role', 'term');
  const convoys = await annotate('allow aid convoys through the eastern corridor', '--proposal', PROPOSAL, '--role', 'term');
  const study = await annotate('would "study the text carefully"', '--entity', 'Daniel Ferreira');
  await run('proposal', 'term', PROPOSAL, '--label', 'duration', '--value', '48 hours', '--evidence', duration);
  await run('proposal', 'term', PROPOSAL, '--label', 'aid', '--value', 'convoys through the eastern corridor', '--evidence', convoys);
  await run('proposal', 'status', PROPOSAL, '--status', 'floated', '--date', '2031-03-04', '--evidence', duration);
  await run('proposal', 'position', PROPOSAL, '--party', 'Northern Coalition', '--stance', 'undecided', '--evidence', study);
  return { notebook, run, proposalId: proposal.id as string, annotations: { duration, convoys, study } };
}

describe('parley brief new: drafts from a record', () => {
  // Built once (each CLI run starts a process); every test only adds briefs to it.
  let prepared: Awaited<ReturnType<typeof proposalWithEvidence>>;
  beforeAll(async () => {
    prepared = await proposalWithEvidence();
  });

  it('drafts a brief from a proposal whose Markdown export lists the terms with their footnoted quotes', async () => {
    const { notebook, run, proposalId } = prepared;
    const drafted = await run('brief', 'new', 'Pause: where it stands', '--from-proposal', proposalId);
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    expect(drafted.json.title).toBe('Pause: where it stands');

    const exported = await parley(['export', 'brief', drafted.json.id, '--format', 'md', '--out', '-', '--notebook', notebook]);
    expect(exported.status).toBe(0);
    const markdown = exported.stdout;
    expect(markdown).toContain('### Terms');
    expect(markdown).toContain('- **duration**: 48 hours “pause fighting for 48 hours”[^1]');
    expect(markdown).toContain('- **aid**: convoys through the eastern corridor “allow aid convoys through the eastern corridor”[^2]');
    expect(markdown).toContain('- **Floated**, 4 March 2031 “pause fighting for 48 hours”[^3]');
    expect(markdown).toMatch(/- Northern Coalition is undecided “would \\?"study the text carefully\\?"”\[\^4\]/);
    expect(markdown).toMatch(/\[\^1\]: “pause fighting for 48 hours” — Mediators float 48-hour pause as harbour talks resume in Valdoria/);
    expect(markdown).toMatch(/\[\^2\]: “allow aid convoys through the eastern corridor” — Mediators float/);
    expect(markdown).toContain('- Northern Coalition — organisation');
  });

  it('drafts from an entity by name, with extra citations, and says so in plain words', async () => {
    const { notebook, annotations } = prepared;
    const drafted = await parley(['brief', 'new', 'Ferreira', '--from-entity', 'Ferreira', '--cite', annotations.convoys, '--notebook', notebook]);
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toMatch(/^created brief [0-9a-f-]{36} {2}Ferreira \(drafted from the entity, with 1 citation\)$/m);
    const id = /created brief (\S+)/.exec(drafted.stdout)![1]!;
    const markdown = (await parley(['export', 'brief', id, '--format', 'md', '--out', '-', '--notebook', notebook])).stdout;
    expect(markdown).toContain('### Mentions by source');
    expect(markdown).toMatch(/#### Mediators float 48-hour pause as harbour talks resume in Valdoria/);
    expect(markdown).toMatch(/- “would \\?"study the text carefully\\?"”\[\^1\]\n\n“allow aid convoys through the eastern corridor”\[\^2\]/);
  });

  it('refuses a proposal and an entity at once, and names a record that is not there', async () => {
    const { notebook, run, proposalId } = prepared;
    const before = (await run('brief', 'list')).json.length;
    const both = await parley(['brief', 'new', 'Both', '--from-proposal', proposalId, '--from-entity', 'Ferreira', '--notebook', notebook]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('give --from-proposal or --from-entity, not both');
    const unknown = await parley(['brief', 'new', 'Nobody', '--from-entity', 'Someone Else', '--notebook', notebook]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Someone Else');
    expect((await run('brief', 'list')).json).toHaveLength(before);
  });
});
