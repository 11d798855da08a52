import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ParleyError, type BackupInfo } from '../../../shared/contract';
import { listBackups, restoreNotebook } from '../../core/backups';
import { openNotebook } from '../../core/notebook';
import { isErrno } from '../../core/store/durable-file';
import { columns, type Output } from '../output';
import type { Run } from '../record-commands';
import { notebookPathFrom, type GlobalOptions } from '../session';

/** `parley backup [--list]` and `parley restore [--backup ID] [--list]`. */
export function registerBackupCommands(program: Command, run: Run): void {
  program
    .command('backup')
    .description('back up the notebook now (backups are also taken on open and every 10 minutes of editing)')
    .option('--list', 'list the backups instead: id, time, reason, files, size')
    .action(run((output, options) => ((options as ListOption).list ? list(options, output) : backUpNow(options, output))));

  program
    .command('restore')
    .description('replace the notebook’s files with its newest intact backup; the replaced files are moved aside, never deleted')
    .option('--backup <id>', 'restore this backup (see --list) instead of the newest intact one')
    .option('--list', 'list the backups instead')
    .action(run((output, options) => {
      const { list: listing, backup } = options as ListOption & { backup?: string };
      return listing ? list(options, output) : restore(options, backup, output);
    }));
}

interface ListOption {
  list?: boolean;
}

async function backUpNow(options: GlobalOptions, output: Output): Promise<number> {
  // Its own backup only: the usual one on open would be the same files under another name.
  const notebook = await openNotebook(notebookPathFrom(options), { backups: false });
  try {
    const backup = await notebook.handlers['backups.create']({});
    output.result(backup, () => [`Backed up ${notebook.path} as ${backup.id} (${contents(backup)}).`]);
  } finally {
    await notebook.close();
  }
  return 0;
}

/** Reads only the backups folder: it works when the notebook itself is damaged. */
async function list(options: GlobalOptions, output: Output): Promise<number> {
  const folder = await notebookFolder(options);
  const backups = await listBackups(folder);
  output.result(backups, () =>
    backups.length === 0
      ? [`${folder} has no backups yet. Take one with \`parley backup\`.`]
      : columns([['ID', 'TAKEN', 'REASON', 'FILES', 'SIZE'], ...backups.map(row)]),
  );
  return 0;
}

async function restore(options: GlobalOptions, backupId: string | undefined, output: Output): Promise<number> {
  const folder = await notebookFolder(options);
  const { restored, setAside } = await restoreNotebook(folder, backupId);
  output.result({ restored, setAside }, () => [
    `Restored backup ${restored.id}, taken ${taken(restored)} ${WHY[restored.reason]} (${contents(restored)}), into ${folder}.`,
    `The files it replaced were moved to ${setAside}.`,
  ]);
  return 0;
}

async function notebookFolder(options: GlobalOptions): Promise<string> {
  const folder = resolve(notebookPathFrom(options));
  try {
    if ((await stat(folder)).isDirectory()) return folder;
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  throw new ParleyError('not-found', `There is no Parley notebook at ${folder}.`);
}

function row(backup: BackupInfo): string[] {
  return [backup.id, taken(backup), backup.reason, String(backup.files), size(backup.bytes)];
}

function contents(backup: BackupInfo): string {
  return `${backup.files === 1 ? '1 file' : `${backup.files} files`}, ${size(backup.bytes)}`;
}

const WHY: Record<BackupInfo['reason'], string> = {
  open: 'on open',
  editing: 'while editing',
  manual: 'on request',
  'before-restore': 'before a restore',
};

function taken(backup: BackupInfo): string {
  return `${backup.createdAt.slice(0, 10)} ${backup.createdAt.slice(11, 19)} UTC`;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
