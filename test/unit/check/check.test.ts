import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckProblem, CheckReport } from '../../../shared/contract';
import { newRecordId } from '../../../shared/model';
import { checkNotebook } from '../../../electron/core/check';
import { editJson, editNotebook, editSource, seededNotebook } from './seeded';

const errors = (report: CheckReport) => report.problems.filter((p) => p.severity === 'error');
const warnings = (report: CheckReport) => report.problems.filter((p) => p.severity === 'warning');
const summary = (problems: CheckProblem[]) => problems.map((p) => ({ kind: p.kind, file: p.file }));

describe('parley check on a notebook as Parley wrote it', () => {
  it('passes with nothing to report and counts what it read', async () => {
    const notebook = await seededNotebook();
    const report = await checkNotebook(notebook.path);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checked).toEqual({ files: 3, sources: 1, annotations: 2, briefs: 1 });
  });

  it('ignores what lives in backups/ and set-aside/', async () => {
    const notebook = await seededNotebook();
    await mkdir(join(notebook.path, 'set-aside', 'earlier', 'sources'), { recursive: true });
    await writeFile(join(notebook.path, 'set-aside', 'earlier', 'sources', `${newRecordId()}.json`), '{"broken');
    await writeFile(join(notebook.path, 'backups', 'stray.parley-tmp'), 'x');
    expect((await checkNotebook(notebook.path)).problems).toEqual([]);
  });
});

describe('parley check finds damaged and missing files', () => {
  it('names a truncated notebook.json', async () => {
    const notebook = await seededNotebook();
    const text = await readFile(join(notebook.path, 'notebook.json'), 'utf8');
    await writeFile(join(notebook.path, 'notebook.json'), text.slice(0, text.length / 2));
    const report = await checkNotebook(notebook.path);
    expect(report.ok).toBe(false);
    expect(summary(errors(report))).toEqual([{ kind: 'damaged-file', file: 'notebook.json' }]);
    expect(errors(report)[0]!.message).toMatch(/notebook\.json is damaged: it is not valid JSON/);
  });

  it('names a garbled source file and one that breaks its schema', async () => {
    const notebook = await seededNotebook();
    await writeFile(join(notebook.path, notebook.sourceFile), '\u0000\u0000garbage');
    await editJson(notebook.path, notebook.briefFile, (brief: { briefId: unknown }) => (brief.briefId = 42));
    const report = await checkNotebook(notebook.path);
    expect(summary(errors(report))).toEqual([
      { kind: 'damaged-file', file: notebook.sourceFile },
      { kind: 'damaged-file', file: notebook.briefFile },
    ]);
    expect(errors(report)[1]!.message).toContain('briefId');
  });

  it('says when a file was written by a newer Parley', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => ((file as { schemaVersion: number }).schemaVersion = 99));
    const [problem] = errors(await checkNotebook(notebook.path));
    expect(problem).toMatchObject({ kind: 'damaged-file', file: notebook.sourceFile, repairable: false });
    expect(problem!.message).toContain('newer Parley');
  });

  it('reports a listed source whose file is gone', async () => {
    const notebook = await seededNotebook();
    await rm(join(notebook.path, notebook.sourceFile));
    const report = await checkNotebook(notebook.path);
    expect(summary(errors(report))).toEqual([{ kind: 'missing-file', file: notebook.sourceFile }]);
    expect(errors(report)[0]!.message).toContain('Harbour talks resume');
  });

  it('reports a source file that belongs to another source', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => (file.sourceId = newRecordId()));
    expect(summary(errors(await checkNotebook(notebook.path)))).toEqual([{ kind: 'inconsistent', file: notebook.sourceFile }]);
  });

  it('reports a text that is not what Parley saved, and a current version the file lacks', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => (file.versions[0]!.text = file.versions[0]!.text.replace('Friday', 'Sunday')));
    await editNotebook(notebook, (file) => (file.sources[0]!.currentVersionId = newRecordId()));
    const report = await checkNotebook(notebook.path);
    expect(report.ok).toBe(false);
    expect(errors(report).map((p) => p.kind).sort()).toEqual(['broken-reference', 'damaged-file']);
    expect(errors(report).find((p) => p.kind === 'damaged-file')!.message).toMatch(/hash differs/);
  });
});

describe('parley check follows references between records', () => {
  it('reports an annotation linked to an entity that is not there, and warns of a deleted proposal', async () => {
    const notebook = await seededNotebook();
    await editNotebook(notebook, (file) => {
      file.entities = [];
      file.proposals = [];
    });
    const report = await checkNotebook(notebook.path);
    expect(report.ok).toBe(false);
    const broken = report.problems.filter((p) => p.kind === 'broken-reference');
    // The annotation's entity link and the proposal's party are damage; the proposal link and the brief's chip are what a delete leaves.
    expect(broken.filter((p) => p.severity === 'error').map((p) => p.recordId)).toEqual([notebook.annotation.id]);
    expect(broken.filter((p) => p.severity === 'warning').map((p) => p.file).sort()).toEqual([notebook.briefFile, notebook.sourceFile].sort());
  });

  it('reports a proposal whose party is not an entity of the notebook', async () => {
    const notebook = await seededNotebook();
    const stranger = newRecordId();
    await editNotebook(notebook, (file) => (file.proposals[0]!.parties = [stranger]));
    const [problem] = errors(await checkNotebook(notebook.path));
    expect(problem).toMatchObject({ kind: 'broken-reference', file: 'notebook.json', recordId: notebook.proposal.id });
    expect(problem!.message).toContain(stranger);
  });

  it('only warns when evidence and citations point at a deleted annotation: the brief shows it as orphaned', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => (file.annotations = file.annotations.filter((a) => a.id !== notebook.annotation.id)));
    const report = await checkNotebook(notebook.path);
    expect(report.ok).toBe(true);
    expect(summary(warnings(report))).toEqual([
      { kind: 'broken-reference', file: 'notebook.json' },
      { kind: 'broken-reference', file: notebook.briefFile },
    ]);
    expect(warnings(report)[1]!.message).toMatch(/cites annotation .* deleted; it shows as orphaned/);
  });

  it('reports an annotation kept in one source file that says it belongs to another, or to a version it lacks', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => {
      file.annotations[0]!.sourceId = newRecordId();
      file.annotations[1]!.versionId = newRecordId();
    });
    const report = await checkNotebook(notebook.path);
    expect(errors(report).map((p) => p.kind)).toEqual(['inconsistent', 'broken-reference']);
  });

  it('reports two records with one id', async () => {
    const notebook = await seededNotebook();
    await editNotebook(notebook, (file) => file.entities.push({ ...file.entities[0]!, name: 'Another Haddad' }));
    await editSource(notebook, (file) => file.annotations.push(file.annotations[0]!));
    const report = await checkNotebook(notebook.path);
    expect(summary(errors(report))).toEqual([
      { kind: 'inconsistent', file: 'notebook.json' },
      { kind: 'inconsistent', file: notebook.sourceFile },
    ]);
    expect(errors(report)[0]!.message).toContain('Another Haddad');
  });
});

describe('parley check compares annotations with their text', () => {
  it('reports an anchored annotation whose offsets no longer hold its quote, or run past the text', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => {
      file.annotations[0]!.target.position = { start: 0, end: 11 };
      file.annotations[1]!.target.position = { start: 150, end: 5000 };
    });
    const report = await checkNotebook(notebook.path);
    expect(summary(errors(report))).toEqual([
      { kind: 'anchoring', file: notebook.sourceFile },
      { kind: 'anchoring', file: notebook.sourceFile },
    ]);
    expect(errors(report)[0]!.message).toContain('“Amal Haddad”');
    expect(errors(report)[1]!.message).toMatch(/past the end of its text/);
  });

  it('accepts an orphaned annotation wherever its old offsets point: losing its words is its honest state', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => {
      file.annotations[0]!.anchoring = 'orphaned';
      file.annotations[0]!.target.position = { start: 150, end: 5000 };
    });
    expect((await checkNotebook(notebook.path)).problems).toEqual([]);
  });
});

describe('parley check finds files nothing owns', () => {
  it('warns of orphaned record files, leftover temp files and unknown files, and stays ok', async () => {
    const notebook = await seededNotebook();
    const orphan = `sources/${newRecordId()}.json`;
    await writeFile(join(notebook.path, orphan), await readFile(join(notebook.path, notebook.sourceFile)));
    await writeFile(join(notebook.path, 'briefs', '.draft.json.123.abc.parley-tmp'), '{"half');
    await writeFile(join(notebook.path, '.notebook.json.9.def.parley-tmp'), '');
    await writeFile(join(notebook.path, 'reading list.txt'), 'to read');
    const report = await checkNotebook(notebook.path);
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => [p.kind, p.file, p.repairable])).toEqual([
      ['leftover-temp-file', '.notebook.json.9.def.parley-tmp', true],
      ['orphaned-file', 'reading list.txt', false],
      ['orphaned-file', orphan, true],
      ['leftover-temp-file', 'briefs/.draft.json.123.abc.parley-tmp', true],
    ]);
  });
});

describe('parley check on a folder without notebook.json', () => {
  it('says the notebook file is missing, and does not call every other file orphaned', async () => {
    const notebook = await seededNotebook();
    await rm(join(notebook.path, 'notebook.json'));
    const report = await checkNotebook(notebook.path);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'missing-file', file: 'notebook.json', repairable: false })]);
    expect(report.problems[0]!.message).toContain('not a Parley notebook');
  });
});
