#!/usr/bin/env node
// The `parley` command. The CLI is TypeScript; tsx compiles it on the fly so a fresh clone
// needs no build step before `npx parley` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
