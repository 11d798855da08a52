import type { Command } from 'commander';
import type { Run } from '../record-commands';

/** `parley check [--json] [--repair]`. STUB: registered by the lead; the issue 10 work fills it in. */
export function registerCheckCommand(_program: Command, _run: Run): void {}
