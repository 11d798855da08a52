import { findSimilar, textSignature } from '../../../shared/import';
import type { SimilarSource } from '../../../shared/contract';
import type { NotebookStore } from '../store/notebook-store';

type Signature = ReturnType<typeof textSignature>;

/**
 * Finds sources that look like the same article with small differences. Signatures are
 * computed once per text version and kept, so an import compares against the notebook
 * without re-reading every text.
 */
export class SimilarSources {
  private readonly byVersion = new Map<string, Signature>();

  constructor(private readonly store: NotebookStore) {}

  signatureOf(versionId: string, text: string): Signature {
    let signature = this.byVersion.get(versionId);
    if (!signature) {
      signature = textSignature(text);
      this.byVersion.set(versionId, signature);
    }
    return signature;
  }

  /** Sources whose current text is close to `text`, most similar first. */
  similarTo(text: string, exceptSourceId?: string): SimilarSource[] {
    const candidates = this.store
      .currentTexts()
      .filter(({ source }) => source.id !== exceptSourceId)
      .map(({ source, version }) => ({ id: source.id, title: source.title, signature: this.signatureOf(version.id, version.text) }));
    return findSimilar(textSignature(text), candidates);
  }
}
