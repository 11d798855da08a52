import type { Command } from 'commander';
import type { Run } from '../record-commands';

/** `parley bundle export|import`. STUB: registered by the lead; the issue 10 work fills it in. */
export function registerBundleCommands(_program: Command, _run: Run): void {}
