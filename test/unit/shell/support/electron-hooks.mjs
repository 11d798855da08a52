// Module hooks for the desktop smoke test: `electron` resolves to the fake beside this file,
// because Electron's real runtime cannot be installed on every machine the tests run on.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new globalThis.URL('./fake-electron.mjs', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
