// The decision behind `npm start`, apart from the spawning so it can be tested: open the
// desktop app when Electron's runtime is there and can show a window, otherwise say so in
// one line and serve the same notebook to the browser.
import { isAbsolute, join, resolve } from 'node:path';

export const NO_RUNTIME = 'Electron’s runtime is not available on this machine; serving Parley in your browser instead.';
export const NO_DISPLAY = 'There is no display for Parley’s window here; serving Parley in your browser instead.';

/**
 * Both run from the folder where `npm start` was typed, so a relative notebook path means
 * what the person meant by it.
 * @typedef {{ kind: 'desktop', script: string, args: string[], cwd: string }
 *   | { kind: 'browser', notice: string, script: string, args: string[], cwd: string }} StartPlan
 */

/**
 * @param {{
 *   runtimeInstalled: boolean,
 *   root: string,
 *   args: readonly string[],
 *   platform: NodeJS.Platform,
 *   env: Record<string, string | undefined>,
 *   cwd: string,
 * }} input
 * @returns {StartPlan}
 */
export function startPlan({ runtimeInstalled, root, args, platform, env, cwd }) {
  const desktopReady = runtimeInstalled && hasDisplay(platform, env);
  if (desktopReady) return { kind: 'desktop', script: join(root, 'dist', 'electron', 'main.mjs'), args: [...args], cwd };
  return {
    kind: 'browser',
    notice: runtimeInstalled ? NO_DISPLAY : NO_RUNTIME,
    script: join(root, 'bin', 'parley.mjs'),
    args: ['serve', ...serveArgs(args, cwd)],
    cwd,
  };
}

/** Linux shows windows through X11 or Wayland; without either, Electron would only crash. */
/** @param {NodeJS.Platform} platform @param {Record<string, string | undefined>} env */
function hasDisplay(platform, env) {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim());
}

/**
 * The desktop takes a notebook as `--notebook P` or as a bare folder path; `parley serve`
 * takes only the flag. A relative path is made absolute here, because serve runs from the
 * repository folder, not from where `npm start` was typed. Other desktop flags mean
 * nothing to serve and are left out, except the port.
 * @param {readonly string[]} args
 * @param {string} cwd
 */
function serveArgs(args, cwd) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if ((arg === '--notebook' || arg === '--port') && args[i + 1] !== undefined) {
      out.push(arg, arg === '--notebook' ? absolute(args[++i], cwd) : args[++i]);
    } else if (arg.startsWith('--notebook=')) {
      out.push('--notebook', absolute(arg.slice('--notebook='.length), cwd));
    } else if (arg.startsWith('--port=')) {
      out.push('--port', arg.slice('--port='.length));
    } else if (!arg.startsWith('-') && !out.includes('--notebook')) {
      out.push('--notebook', absolute(arg, cwd));
    }
  }
  return out;
}

/** @param {string} path @param {string} cwd */
function absolute(path, cwd) {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
