import { onMac } from './keys';

/** Whether key hints say ⌘ or Ctrl: decided once, from the browser's own report. */
export const MAC = typeof navigator !== 'undefined' && onMac(navigator.platform || navigator.userAgent);
