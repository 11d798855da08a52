import { describe, expect, it } from 'vitest';
import { PDF_MARGINS_MM } from '../../../electron/core/export/pdf';
import { isPrintRequestAllowed, PRINT_MARGINS_INCHES, PRINT_WINDOW_PREFERENCES } from '../../../electron/main/print-window';

describe('the desktop app’s PDF printing window', () => {
  it('runs no script, gets no preload and keeps its own in-memory session', () => {
    expect(PRINT_WINDOW_PREFERENCES).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(PRINT_WINDOW_PREFERENCES).not.toHaveProperty('preload');
    expect(PRINT_WINDOW_PREFERENCES.partition).not.toMatch(/^persist:/);
  });

  it('loads the page being printed and refuses everything else, look-alikes included', () => {
    const page = 'file:///tmp/parley-print-Ab12/export.html';
    const pages = new Set([page]);
    expect(isPrintRequestAllowed(page, pages)).toBe(true);
    for (const url of [
      'file:///tmp/parley-print-Ab12/secret.txt',
      'file:///etc/passwd',
      'https://tracker.example/pixel.png',
      'file:///tmp/parley-print-Ab12/export.html.evil',
      'data:text/html,<p>hi</p>',
      'app://parley/index.html',
    ]) {
      expect(isPrintRequestAllowed(url, pages), url).toBe(false);
    }
    expect(isPrintRequestAllowed(page, new Set())).toBe(false);
  });

  it('prints with the same margins as the command line’s Chromium, in Electron’s inches', () => {
    expect(PRINT_MARGINS_INCHES.top * 25.4).toBeCloseTo(PDF_MARGINS_MM.top);
    expect(PRINT_MARGINS_INCHES.left * 25.4).toBeCloseTo(PDF_MARGINS_MM.left);
  });
});
