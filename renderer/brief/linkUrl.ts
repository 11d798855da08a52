/**
 * Where a link in a brief may point. A brief is exported and opened by other people, so
 * only addresses that cannot run anything are kept: web pages and e-mail addresses.
 */
export type LinkTarget = { ok: true; url: string } | { ok: false; reason: string };

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function linkTarget(input: string): LinkTarget {
  const typed = input.trim();
  if (!typed) return { ok: false, reason: 'Type a web address (https://…) or an e-mail address.' };
  // People paste "example.org/report" or "someone@example.org" without a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(typed) ? `mailto:${typed}` : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: `“${typed}” is not a web address.` };
  }
  if (!ALLOWED.has(url.protocol)) {
    return { ok: false, reason: `Links may point to web pages (http, https) or e-mail addresses, not ${url.protocol.replace(':', '')}: addresses.` };
  }
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, reason: `“${typed}” is not a web address.` };
  }
  return { ok: true, url: url.href };
}

/** For Lexical's LinkPlugin: links pasted or typed in Markdown are held to the same rule. */
export function isSafeLinkUrl(url: string): boolean {
  const target = linkTarget(url);
  return target.ok && /^(https?|mailto):/i.test(url.trim());
}
