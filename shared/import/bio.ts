import { TEXT_CONFIDENCE } from './clues';
import type { MetadataHint } from './hints';
import { cleanOutlet, personName } from './names';

// Newsroom jobs only: "is a senior analyst at the Tessaly Institute" is a source, not a bio.
const ROLE = '(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|photographer|photojournalist)';
// The outlet runs to the end of the clause: a full stop, a comma, or "based in …", "who …".
const OUTLET = "(\\p{Lu}[^.,;:()]{1,70}?|the \\p{Lu}[^.,;:()]{1,70}?)(?=[.,;:(]|\\s+(?:based|who|where|since|and|covering|in|from)\\b|$)";
// "is a reporter for", "is the senior diplomatic correspondent at", "was a writer with".
const IS_ROLE = new RegExp(`^(.{3,60}?) (?:is|was|has been) (?:a|an|the) (?:[\\p{L}-]+ ){0,5}?${ROLE}s? (?:for|at|with|of) ${OUTLET}`, 'u');
// "covers diplomacy for", "reports on the talks for", "writes about security for".
const COVERS = new RegExp(`^(.{3,60}?) (?:covers|reports on|writes about|writes on|reports for) (?:[^.;]{1,80}? )?for ${OUTLET}`, 'u');
// "is the Harbour Gazette's diplomatic correspondent".
const POSSESSIVE = new RegExp(`^(.{3,60}?) (?:is|was) (?:the )?(\\p{Lu}[^.,;:()']{1,60}?)['’]s (?:[\\p{L}-]+ ){0,5}?${ROLE}\\b`, 'u');

export interface Bio {
  author: string;
  outlet: string;
}

/**
 * "Mira Okonjo is a reporter for the Harbour Gazette", "Tomas Reyes covers diplomacy for The
 * Valdoria Times", "Li Wen is the Harbour Gazette's correspondent in Cairo". The sentence
 * must open its line with a name, which is what tells a bio from a story about a reporter.
 */
export function readBio(line: string): Bio | null {
  const head = line.trim().slice(0, 300);
  for (const pattern of [IS_ROLE, COVERS, POSSESSIVE]) {
    const m = pattern.exec(head);
    if (!m) continue;
    const author = personName(m[1] ?? '');
    const outlet = cleanOutlet(m[2] ?? '');
    if (author && outlet) return { author, outlet };
  }
  return null;
}

export function bioHints(line: string): MetadataHint[] {
  const bio = readBio(line);
  if (!bio) return [];
  return [
    { field: 'authors', value: [bio.author], confidence: TEXT_CONFIDENCE['author-bio'], from: 'author-bio' },
    { field: 'outlet', value: bio.outlet, confidence: TEXT_CONFIDENCE['author-bio-outlet'], from: 'author-bio' },
  ];
}
