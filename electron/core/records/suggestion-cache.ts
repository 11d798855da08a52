import type { TextVersion } from '../../../shared/model';
import { findNames, type FoundName } from './name-matching';

/** Enough for a session's worth of sources read again; each entry is a short list of names. */
const KEPT = 64;

/**
 * The names found in each source's current text version. Finding them is language analysis
 * of the whole text (half a second for a long article) and the reader asks again after every
 * annotation change; the names depend only on the text, so each version is analysed once.
 */
export class SuggestionCache {
  readonly #bySource = new Map<string, { versionId: string; names: FoundName[] }>();

  namesIn(sourceId: string, version: TextVersion): FoundName[] {
    const kept = this.#bySource.get(sourceId);
    // Deleted and re-inserted, so the map's order is least recently asked first.
    this.#bySource.delete(sourceId);
    const names = kept?.versionId === version.id ? kept.names : findNames(version.text);
    this.#bySource.set(sourceId, { versionId: version.id, names });
    if (this.#bySource.size > KEPT) this.#bySource.delete(this.#bySource.keys().next().value as string);
    return names;
  }
}
