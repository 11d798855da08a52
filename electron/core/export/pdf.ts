import { existsSync } from 'node:fs';
import { ParleyError } from '../../../shared/contract';
import { findChromium } from './chromium-path';

/** Prints a self-contained HTML page to PDF bytes. */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

/** A4 margins in millimetres, the same for every printer (the desktop app's too); the page's print styles do the rest. */
export const PDF_MARGINS_MM = { top: 18, right: 16, bottom: 18, left: 16 } as const;

const NO_BROWSER =
  'PDF export needs Chromium or Google Chrome, and none was found on this computer. Install one (Debian or Ubuntu: apt-get install chromium) ' +
  'or set PARLEY_CHROMIUM to its path. The desktop app prints PDF itself and needs neither.';

/** The browser to print with, or an 'unavailable' error that says how to get one. */
export function locateChromium(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const lookup = findChromium(platform, env, existsSync);
  if ('found' in lookup) return lookup.found;
  if ('missing' in lookup) {
    const { variable, path } = lookup.missing;
    throw new ParleyError('unavailable', `PDF export looked for Chromium at ${path} (from ${variable}), but there is no file there. Correct ${variable} or unset it.`);
  }
  throw new ParleyError('unavailable', NO_BROWSER);
}

/** Loaded only when printing: the engine must open and run where playwright-core is absent. */
async function loadChromium() {
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    throw new ParleyError('unavailable', 'PDF export from the command line and browser mode needs the playwright-core package; run npm install in Parley’s folder.');
  }
}

/** The page is self-contained; anything it would fetch is refused, so a print never touches the network. */
function isInline(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('about:');
}

/**
 * Prints with the system's Chromium through playwright-core, headless, JavaScript off and
 * every request but inline data refused. The browser is closed whatever happens.
 */
export const printPdfWithChromium: PrintPdf = async (html) => {
  const executablePath = locateChromium();
  const chromium = await loadChromium();
  const browser = await chromium
    .launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--no-first-run'],
    })
    .catch((error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new ParleyError('unavailable', `PDF export could not start the browser at ${executablePath}: ${reason}`);
    });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => (isInline(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
    await page.setContent(html, { waitUntil: 'load' });
    const margin = Object.fromEntries(Object.entries(PDF_MARGINS_MM).map(([side, mm]) => [side, `${mm}mm`]));
    return new Uint8Array(await page.pdf({ format: 'A4', margin, printBackground: true }));
  } finally {
    await browser.close();
  }
};
