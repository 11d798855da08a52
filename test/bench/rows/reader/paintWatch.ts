import type { Page } from 'playwright-core';

/**
 * What to wait for after the trigger: every one of `ids` painted (opening a source), or any
 * annotation id not painted when the watch began (the highlight a link has just created).
 */
export type PaintGoal = { all: string[] } | { fresh: true };

/** The person's action the time is counted from: a click, or a key pressed. */
export type Trigger = { event: 'click' } | { event: 'keydown'; key: string };

/*
 * Runs in the page, so it is plain JavaScript in a string: functions passed to evaluate()
 * would be compiled by tsx, whose name-keeping helpers do not exist in the page.
 *
 * The clock starts in a capture listener on the document, before the app's own handlers.
 * A MutationObserver checks the marks' ids after each change; once the goal holds, the next
 * animation frame is awaited and then one task, which runs after that frame's paint.
 */
const WATCH = `function (trigger, goal) {
  var root = function () { return document.querySelector('[data-testid="reader-text"]'); };
  var painted = function () {
    var ids = new Set();
    var r = root();
    if (!r) return ids;
    r.querySelectorAll('mark[data-annotation-ids]').forEach(function (m) {
      (m.getAttribute('data-annotation-ids') || '').split(' ').forEach(function (id) { if (id) ids.add(id); });
    });
    return ids;
  };
  var known = goal.fresh ? painted() : null;
  var reached = function () {
    var ids = painted();
    if (known) return Array.from(ids).some(function (id) { return !known.has(id); });
    return goal.all.every(function (id) { return ids.has(id); });
  };
  return new Promise(function (resolve, reject) {
    var start = null;
    var done = false;
    var observer = new MutationObserver(function () { check(); });
    var timer = setTimeout(function () {
      observer.disconnect();
      reject(new Error(start === null ? 'the ' + trigger.event + ' never came' : 'the highlights were not all painted within a minute'));
    }, 60000);
    var check = function () {
      if (start === null || done || !reached()) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - start); }, 0); });
    };
    var listen = function (event) {
      if (trigger.key && event.key !== trigger.key) return;
      document.removeEventListener(trigger.event, listen, true);
      start = performance.now();
      check();
    };
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-annotation-ids'] });
    document.addEventListener(trigger.event, listen, true);
  });
}`;

/**
 * Arms the watch, performs `act` (the click or key press), and returns the milliseconds from
 * that event reaching the page to the frame after the goal was met.
 */
export async function timeToPaint(page: Page, trigger: Trigger, goal: PaintGoal, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`window.__parleyPaint = (${WATCH})(${JSON.stringify(trigger)}, ${JSON.stringify(goal)}); 0`);
  await act();
  return (await page.evaluate('window.__parleyPaint')) as number;
}
