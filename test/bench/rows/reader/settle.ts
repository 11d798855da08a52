import type { Page } from 'playwright-core';

const inFlight = new WeakMap<Page, Set<unknown>>();

/** Starts counting the page's requests in flight; call once, right after the page is made. */
export function trackRequests(page: Page): void {
  const open = new Set<unknown>();
  inFlight.set(page, open);
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until no request has been in flight for a short while. After opening a source or
 * changing an annotation the app asks the host for entity suggestions, which keeps the host
 * busy for a while; a timed action starts only once that has been answered, so each figure
 * is the reader's own time and not the wait behind the previous repetition's work.
 */
export async function settle(page: Page): Promise<void> {
  const open = inFlight.get(page);
  if (!open) throw new Error('trackRequests(page) was not called');
  let quiet = 0;
  while (quiet < 3) {
    await pause(50);
    quiet = open.size === 0 ? quiet + 1 : 0;
  }
}

/** How long the host took to answer each request whose URL ends with `operation`. */
export async function answerTimes(page: Page, operation: string): Promise<number[]> {
  const script = `performance.getEntriesByType('resource').filter(function (e) { return e.name.endsWith('/api/${operation}'); }).map(function (e) { return e.duration; })`;
  return (await page.evaluate(script)) as number[];
}
