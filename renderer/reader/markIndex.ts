import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey, type LexicalEditor } from 'lexical';

/**
 * Annotation id → keys of the MarkNodes that carry it, kept current by a mutation listener
 * so the reader can find, scroll to and paint an annotation's marks without walking the tree.
 */
export class MarkIndex {
  readonly #keysById = new Map<string, Set<string>>();
  readonly #idsByKey = new Map<string, string[]>();

  keysOf(id: string): string[] {
    return [...(this.#keysById.get(id) ?? [])];
  }

  idsOf(key: string): string[] {
    return this.#idsByKey.get(key) ?? [];
  }

  /** Every mark key the index knows, for repainting after records change. */
  keys(): string[] {
    return [...this.#idsByKey.keys()];
  }

  #forget(key: string): void {
    for (const id of this.#idsByKey.get(key) ?? []) this.#keysById.get(id)?.delete(key);
    this.#idsByKey.delete(key);
  }

  #learn(key: string, ids: string[]): void {
    this.#forget(key);
    this.#idsByKey.set(key, ids);
    for (const id of ids) {
      const keys = this.#keysById.get(id) ?? new Set<string>();
      keys.add(key);
      this.#keysById.set(id, keys);
    }
  }

  /** Starts listening; `changed` hears the keys created or updated, after the DOM exists. */
  register(editor: LexicalEditor, changed: (keys: string[]) => void): () => void {
    return editor.registerMutationListener(
      MarkNode,
      (mutations) => {
        const touched: string[] = [];
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
            if ($isMarkNode(node)) {
              this.#learn(key, node.getIDs());
              touched.push(key);
            } else {
              this.#forget(key);
            }
          }
        });
        changed(touched);
      },
      { skipInitialization: false },
    );
  }
}
