import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { ParleyError, type NotebookInfo } from '../../../shared/contract';
import { importBundle } from '../../core/bundle';
import { dispatch } from '../../core/dispatch';
import { openNotebook } from '../../core/notebook';
import { expandHome } from '../../core/notebook-location';
import { isErrno, reason } from '../../core/store/durable-file';
import type { Output } from '../output';
import type { Run } from '../record-commands';
import { withNotebook, type GlobalOptions } from '../session';

/** `parley bundle export|import`: the whole notebook as one .zip, and back into a new notebook. */
export function registerBundleCommands(program: Command, run: Run): void {
  const bundle = program.command('bundle').description('move a whole notebook as one .zip file (a notebook bundle)');
  bundle
    .command('export')
    .description('write the notebook (--notebook) as one .zip that imports back losslessly')
    .option('--out <file>', 'where to write it ("-" for standard output; default: "<title>.parley.zip" here)')
    .action(run((output, options) => exportBundleFile(options as GlobalOptions & { out?: string }, output)));
  bundle
    .command('import')
    .description('make a new notebook from a bundle, in a folder that does not exist yet or is empty')
    .argument('<file>', 'the bundle (.parley.zip)')
    .requiredOption('--into <folder>', 'the new notebook’s folder')
    .action(run((output, options, command) => importBundleFile(command.processedArgs[0] as string, options as GlobalOptions & { into: string }, output)));
}

async function exportBundleFile(options: GlobalOptions & { out?: string }, output: Output): Promise<number> {
  const { exported, info } = await withNotebook(options, { create: false }, async (call) => ({
    exported: await call('notebook.exportBundle', {}),
    info: await call('notebook.info', {}),
  }));
  const bytes = Buffer.from(exported.dataBase64, 'base64');
  if (options.out === '-') {
    process.stdout.write(bytes);
    return 0;
  }
  const file = path.resolve(options.out ?? exported.fileName);
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw new ParleyError('io-failed', `Cannot write ${file}: ${reason(error)}`);
  }
  output.result({ file, bytes: bytes.byteLength, title: info.title, counts: info.counts }, () => [
    `wrote the bundle of “${info.title}” (${summary(info)}, ${kilobytes(bytes.byteLength)}) to ${file}`,
  ]);
  return 0;
}

async function importBundleFile(file: string, options: GlobalOptions & { into: string }, output: Output): Promise<number> {
  const source = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) throw new ParleyError('not-found', `There is no file at ${source}.`);
    throw new ParleyError('io-failed', `Cannot read ${source}: ${reason(error)}`);
  }
  const folder = path.resolve(expandHome(options.into, os.homedir()));
  await importBundle(bytes, folder);
  const info = await describeNotebook(folder);
  output.result({ path: folder, title: info.title, counts: info.counts }, () => [
    `imported “${info.title}” (${summary(info)}) into ${folder}`,
  ]);
  return 0;
}

/** What the new notebook holds, read the way any door reads it. */
async function describeNotebook(folder: string): Promise<NotebookInfo> {
  const notebook = await openNotebook(folder);
  try {
    const result = await dispatch(notebook.handlers, 'notebook.info', {});
    if (!result.ok) throw new ParleyError(result.error.code, result.error.message);
    return result.value as NotebookInfo;
  } finally {
    await notebook.close();
  }
}

function summary({ counts }: NotebookInfo): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    count(counts.sources, 'source', 'sources'),
    count(counts.annotations, 'annotation', 'annotations'),
    count(counts.entities, 'entity', 'entities'),
    count(counts.proposals, 'proposal', 'proposals'),
    count(counts.briefs, 'brief', 'briefs'),
  ].join(', ');
}

function kilobytes(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
