import { config } from 'zod';

/**
 * Our CSP has no 'unsafe-eval'. Zod would otherwise probe `new Function` before its first
 * object parse; the probe fails safely but Chromium still reports a CSP violation, which
 * would be noise in every console and every e2e run. Imported first by main.tsx.
 */
config({ jitless: true });
