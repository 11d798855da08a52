import type { TextVersion } from '../../../shared/model';
import { splitWords, type Words } from './name-matching';

/**
 * The words of every source's current text, split once per text version and kept, with the
 * versions each distinct word occurs in. A text version never changes, so its words stay
 * right until the source gets a new version; versions no longer current are dropped when
 * the next scan starts. Asking an entity's page then scans only the texts that hold one of
 * its words instead of splitting all of them again.
 */
export class SourceWords {
  private readonly byVersion = new Map<string, Words>();
  private readonly versionsWith = new Map<string, Set<string>>();

  /** Brings the index up to the texts current now. */
  update(versions: readonly TextVersion[]): void {
    const current = new Set(versions.map((v) => v.id));
    for (const [id, words] of this.byVersion) {
      if (current.has(id)) continue;
      for (const word of new Set(words.folded)) this.versionsWith.get(word)?.delete(id);
      this.byVersion.delete(id);
    }
    for (const version of versions) if (!this.byVersion.has(version.id)) this.add(version);
  }

  /** The words of a version passed to the last `update`. */
  words(version: TextVersion): Words {
    return this.byVersion.get(version.id) ?? splitWords(version.text);
  }

  /** The versions holding any word that `wanted` accepts, each distinct word asked once. */
  versionsHolding(wanted: (word: string) => boolean): Set<string> {
    const found = new Set<string>();
    for (const [word, versions] of this.versionsWith) {
      if (versions.size > 0 && wanted(word)) for (const id of versions) found.add(id);
    }
    return found;
  }

  private add(version: TextVersion): void {
    const words = splitWords(version.text);
    // One string per distinct word: the index's key, not a slice keeping the text alive.
    const folded = words.folded.map((word) => this.canonical(word));
    for (const word of new Set(folded)) {
      let versions = this.versionsWith.get(word);
      if (!versions) this.versionsWith.set(word, (versions = new Set()));
      versions.add(version.id);
    }
    this.byVersion.set(version.id, { starts: words.starts, ends: words.ends, folded });
  }

  private readonly canonicalWords = new Map<string, string>();

  private canonical(word: string): string {
    const known = this.canonicalWords.get(word);
    if (known !== undefined) return known;
    this.canonicalWords.set(word, word);
    return word;
  }
}
