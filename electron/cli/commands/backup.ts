import type { Command } from 'commander';
import type { Run } from '../record-commands';

/** `parley backup` and `parley restore`. STUB: registered by the lead; the issue 10 work fills it in. */
export function registerBackupCommands(_program: Command, _run: Run): void {}
