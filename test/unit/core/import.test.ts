import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../electron/core/import/decode';
import { base64, call, must, newNotebook } from './support/notebook';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);

describe('decodeTextFile', () => {
  const text = 'Talks in Doha — “a pause” 🕊️ عربي';

  it('reads UTF-8 and strips its BOM', () => {
    expect(decodeTextFile(utf8(text), 'a.txt')).toBe(text);
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'a.txt')).toBe(text);
  });

  it('reads UTF-16 little- and big-endian announced by a BOM', () => {
    expect(decodeTextFile(utf16le(text), 'a.txt')).toBe(text);
    expect(decodeTextFile(utf16be(text), 'a.txt')).toBe(text);
  });

  it('refuses invalid UTF-8, naming the file', () => {
    expect(() => decodeTextFile(new Uint8Array([0x48, 0x69, 0xe9, 0x20, 0x6c]), 'latin1.txt')).toThrow(
      expect.objectContaining({ code: 'unsupported-file', message: expect.stringContaining('latin1.txt') }),
    );
  });

  it('refuses NUL bytes (binary files, UTF-16 without a BOM)', () => {
    expect(() => decodeTextFile(new Uint8Array(Buffer.from('Hi', 'utf16le')), 'raw16.txt')).toThrow(
      expect.objectContaining({ code: 'unsupported-file', message: expect.stringContaining('raw16.txt') }),
    );
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    expect(() => decodeTextFile(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00]), 'odd.txt')).toThrow(
      expect.objectContaining({ code: 'unsupported-file' }),
    );
  });
});

describe('sources.importFile', () => {
  it('imports a Markdown file, titled by its heading, with normalised text', async () => {
    const notebook = await newNotebook();
    const bytes = utf8('\r\n# Harbour talks resume\r\n\r\n\r\nCafe\u0301 owners said  \r\nlittle.\r\n\r\n');
    const outcome = await must(notebook, 'sources.importFile', { fileName: 'C:\\news\\harbour.md', dataBase64: base64(bytes) });
    if (outcome.status !== 'imported') throw new Error('expected an import');
    expect(outcome.source).toMatchObject({ title: 'Harbour talks resume', format: 'md', fileName: 'harbour.md', direction: 'ltr' });
    const source = await must(notebook, 'sources.get', { id: outcome.source.id });
    expect(source.versions).toHaveLength(1);
    expect(source.versions[0]).toMatchObject({
      text: '# Harbour talks resume\n\nCaf\u00e9 owners said\nlittle.',
      reason: 'imported',
      hash: outcome.source.contentHash,
    });
  });

  it('imports a UTF-16 text file titled by its first line', async () => {
    const notebook = await newNotebook();
    const outcome = await must(notebook, 'sources.importFile', {
      fileName: 'wire.TXT',
      dataBase64: base64(utf16be('  Envoys meet again  \n\nMore text.')),
    });
    expect(outcome).toMatchObject({ status: 'imported', source: { title: 'Envoys meet again', format: 'txt' } });
  });

  it('imports the repository’s fixture articles', async () => {
    const notebook = await newNotebook();
    const folder = new URL('../../fixtures/articles/', import.meta.url);
    for (const name of await readdir(folder)) {
      const bytes = await readFile(new URL(name, folder));
      expect(await must(notebook, 'sources.importFile', { fileName: name, dataBase64: base64(bytes) })).toMatchObject({ status: 'imported' });
    }
  });

  it('finds an identical text already in the notebook and writes nothing', async () => {
    const notebook = await newNotebook();
    const first = await must(notebook, 'sources.importFile', { fileName: 'a.txt', dataBase64: base64('Same words.\n') });
    if (first.status !== 'imported') throw new Error('expected an import');
    const before = await readFile(join(notebook.path, 'notebook.json'), 'utf8');
    // Same text once normalised: CRLF, BOM and trailing blank lines do not make it new.
    const again = await must(notebook, 'sources.importFile', {
      fileName: 'b.txt',
      dataBase64: base64(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Same words.\r\n\r\n')])),
    });
    expect(again).toEqual({ status: 'duplicate', existingId: first.source.id, title: 'Same words.' });
    const pasted = await must(notebook, 'sources.importText', { text: 'Same words.' });
    expect(pasted).toMatchObject({ status: 'duplicate', existingId: first.source.id });
    expect(await readFile(join(notebook.path, 'notebook.json'), 'utf8')).toBe(before);
    expect(await readdir(join(notebook.path, 'sources'))).toHaveLength(1);
  });

  it('makes one source of the same text imported twice at once', async () => {
    const notebook = await newNotebook();
    const request = { fileName: 'a.txt', dataBase64: base64('Twice at once.') };
    const outcomes = await Promise.all([must(notebook, 'sources.importFile', request), must(notebook, 'sources.importFile', request)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'imported']);
  });

  it('refuses formats it cannot read, naming the file and what it reads', async () => {
    const notebook = await newNotebook();
    const result = await call(notebook, 'sources.importFile', { fileName: 'report.odt', dataBase64: base64('PK') });
    expect(result).toEqual({ ok: false, error: { code: 'unsupported-file', message: expect.stringMatching(/report\.odt.*\.docx/) } });
  });

  it('refuses empty and blank files, and binary ones, leaving the notebook unchanged', async () => {
    const notebook = await newNotebook();
    for (const [fileName, data] of [
      ['empty.txt', base64('')],
      ['blank.md', base64(' \r\n\t\r\n')],
      ['image.txt', base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))],
    ] as const) {
      const result = await call(notebook, 'sources.importFile', { fileName, dataBase64: data });
      expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-file', message: expect.stringContaining(fileName) } });
    }
    expect(await must(notebook, 'sources.list', {})).toEqual([]);
  });
});

describe('sources.importText', () => {
  it('imports pasted text with a given title, or its first line', async () => {
    const notebook = await newNotebook();
    expect(await must(notebook, 'sources.importText', { text: 'Line one\nline two', title: 'Clipping' })).toMatchObject({
      status: 'imported',
      source: { title: 'Clipping', format: 'paste', fileName: null },
    });
    expect(await must(notebook, 'sources.importText', { text: '\n\nFirst real line\n' })).toMatchObject({
      source: { title: 'First real line' },
    });
  });

  it('refuses an empty paste', async () => {
    const notebook = await newNotebook();
    expect(await call(notebook, 'sources.importText', { text: '\n \n' })).toMatchObject({ ok: false, error: { code: 'unsupported-file' } });
  });
});
