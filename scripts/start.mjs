// `npm start`: build, then open the desktop app, or, where Electron's runtime cannot be
// installed (offline machines, locked-down laptops, CI), serve the same app to the browser.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { startPlan } from './start-plan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

// npm sets npm_execpath when it runs this script; calling it through node avoids the
// npm/npm.cmd difference on Windows.
const npmCli = process.env.npm_execpath;
const built = npmCli
  ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);

// Electron's own installer downloads the runtime on first use and exits at once when it is
// already there. Its output is captured: offline, it is a long network stack trace.
const install = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
  cwd: root,
  encoding: 'utf8',
  stdio: 'pipe',
  timeout: 10 * 60_000,
});

const plan = startPlan({
  runtimeInstalled: install.status === 0,
  root,
  args,
  platform: process.platform,
  env: process.env,
  // npm runs scripts from the package folder; INIT_CWD is where `npm start` was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
if (plan.kind === 'desktop') {
  // Required only now: before the runtime exists, the package tries to download it loudly.
  const electron = createRequire(import.meta.url)('electron');
  run(electron, [plan.script, ...plan.args], plan.cwd);
} else {
  console.log(plan.notice);
  run(process.execPath, [plan.script, ...plan.args], plan.cwd);
}

/** Runs the app in the foreground and exits with its status once it has shut down. */
function run(command, commandArgs, cwd) {
  const child = spawn(command, commandArgs, { cwd, stdio: 'inherit' });
  // Ctrl+C already reaches the child from the terminal; passing it on as well would be a
  // second interrupt, which can cut the notebook's close short. So wait for the child.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
